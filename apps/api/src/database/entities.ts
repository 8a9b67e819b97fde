import { AnnotationEntity } from '../annotations/annotation.entity';
import { SessionEntity } from '../auth/session.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { CommentEntity } from '../threads/comment.entity';
import { ReactionEntity } from '../threads/reaction.entity';
import { ThreadEntity } from '../threads/thread.entity';
import { UserEntity } from '../auth/user.entity';
import { ClaimEntity } from '../debates/claim.entity';
import { DebateEntity } from '../debates/debate.entity';
import { ReadingRevisionEntity } from '../readings/reading-revision.entity';
import { ReadingEntity } from '../readings/reading.entity';
import { MembershipEntity } from '../seminars/membership.entity';
import { SeminarEntity } from '../seminars/seminar.entity';

/** Every persisted entity; listed by hand because the API is bundled (no glob at run time). */
export const entities = [
  UserEntity,
  SessionEntity,
  SeminarEntity,
  MembershipEntity,
  ReadingEntity,
  ReadingRevisionEntity,
  DebateEntity,
  ThreadEntity,
  AnnotationEntity,
  CommentEntity,
  ReactionEntity,
  NotificationEntity,
  ClaimEntity,
];
