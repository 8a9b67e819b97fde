import { Injectable } from '@nestjs/common';
import { codePointLength } from '@glossa/anchoring';
import { HighlightColor, Motivation, Visibility } from '../annotations/annotation-kinds';
import type { AnnotationEntity } from '../annotations/annotation.entity';
import { AnnotationCommands } from '../annotations/annotation-commands';
import { CreateAnnotationInput } from '../annotations/dto/annotation.inputs';
import type { UserEntity } from '../auth/user.entity';
import { Viewer, viewerFor } from '../auth/viewer';
import type { ClaimEntity } from '../debates/claim.entity';
import { ClaimCommandsService } from '../debates/claim-commands.service';
import { ClaimVotesService } from '../debates/claim-votes.service';
import type { DebateEntity } from '../debates/debate.entity';
import { DebatesService } from '../debates/debates.service';
import { ModerationMode, Stance } from '../debates/debate-status';
import { AddClaimInput, CreateDebateInput, VoteInput } from '../debates/dto/debate.inputs';
import { PostAction } from '../moderation/moderation-rules';
import { FlagInput, ModeratePostInput, ModerationSubject } from '../moderation/moderation.inputs';
import { FlagsService } from '../moderation/flags.service';
import { ModerationActionsService } from '../moderation/moderation-actions.service';
import { PostRateLimit } from '../rate-limits/post-rate-limit';
import { AddReadingInput, ReviseReadingInput } from '../readings/dto/reading.inputs';
import { ReadingFormat } from '../readings/reading-format';
import type { ReadingEntity } from '../readings/reading.entity';
import { ReadingsService } from '../readings/readings.service';
import { Role } from '../seminars/role';
import { ChangeMemberRoleInput, CreateSeminarInput } from '../seminars/dto/seminar.inputs';
import type { SeminarEntity } from '../seminars/seminar.entity';
import { SeminarsService } from '../seminars/seminars.service';
import type { CommentEntity } from '../threads/comment.entity';
import { ReplyInput } from '../threads/dto/thread.inputs';
import { ReactionKind } from '../threads/reaction-kind';
import { ReplyCommands } from '../threads/reply-commands.service';
import { DemoAnnotation, DemoPerson, DemoReaction } from './discussion/demo-discussion';

/** A demo account as the services see it: who acts. */
export interface DemoActor {
  key: DemoPerson;
  user: UserEntity;
}

const MENTION = /@(ruth|malik|ama|ben|oskar)\b/g;
const MOTIVATION = {
  highlight: Motivation.highlighting,
  comment: Motivation.commenting,
  question: Motivation.questioning,
};

/**
 * The one place where the seeder calls the services members use (so the demo obeys every rule:
 * anchoring in code points, rendered bodies, mentions, events, moderation). Each call names the
 * person acting; this class turns them into the services' `Viewer`, so a change in how services
 * learn who is calling touches only this file.
 *
 * The seeder is not a person posting: it gives back each post's rate-limit point at once, so a
 * member who signs in right after the first start has the whole allowance (POSTS_PER_MINUTE).
 */
@Injectable()
export class DemoActions {
  private people = new Map<DemoPerson, UserEntity>();

  constructor(
    private readonly seminars: SeminarsService,
    private readonly readings: ReadingsService,
    private readonly annotations: AnnotationCommands,
    private readonly threads: ReplyCommands,
    private readonly debates: DebatesService,
    private readonly claimCommands: ClaimCommandsService,
    private readonly claimVotes: ClaimVotesService,
    private readonly flags: FlagsService,
    private readonly moderationActions: ModerationActionsService,
    private readonly postRate: PostRateLimit,
  ) {}

  cast(actors: DemoActor[]): void {
    this.people = new Map(actors.map((a) => [a.key, a.user]));
  }

  /** A body with `@ama` and the like turned into mentions of those accounts. */
  withMentions(body: string): string {
    return body.replace(MENTION, (_, key: DemoPerson) => {
      const user = this.person(key);
      return `@[${user.displayName}](user:${user.id})`;
    });
  }

  createSeminar(by: DemoPerson, seminar: { name: string; description: string }): Promise<SeminarEntity> {
    return this.seminars.create(
      this.viewer(by),
      Object.assign(new CreateSeminarInput(), { ...seminar, clientId: 'demo-seminar' }),
    );
  }

  async join(by: DemoPerson, seminar: SeminarEntity, role: Role, owner: DemoPerson): Promise<void> {
    await this.seminars.join(this.viewer(by), seminar.inviteCode);
    if (role === Role.MEMBER) return;
    await this.seminars.changeRole(
      this.viewer(owner),
      Object.assign(new ChangeMemberRoleInput(), { seminarId: seminar.id, userId: this.person(by).id, role }),
    );
  }

  addReading(
    by: DemoPerson,
    seminarId: string,
    reading: { file: string; title: string; author: string; source: string; text: string },
  ): Promise<ReadingEntity> {
    return this.readings.add(
      this.viewer(by),
      Object.assign(new AddReadingInput(), {
        seminarId,
        title: reading.title,
        author: reading.author,
        source: reading.source,
        format: ReadingFormat.PLAIN,
        text: reading.text,
        clientId: clientId('reading', reading.file),
      }),
    );
  }

  revise(by: DemoPerson, readingId: string, text: string, note: string, key: string): Promise<ReadingEntity> {
    return this.readings.revise(
      this.viewer(by),
      Object.assign(new ReviseReadingInput(), {
        readingId,
        text,
        note,
        baseRevision: 1,
        clientId: clientId('rev', key),
      }),
    );
  }

  createDebate(
    by: DemoPerson,
    seminarId: string,
    debate: { motion: string; description: string; sides: [string, string]; moderation: 'OPEN' | 'PRE_MODERATED' },
    readingIds: string[],
    key: string,
  ): Promise<DebateEntity> {
    return this.debates.create(
      this.viewer(by),
      Object.assign(new CreateDebateInput(), {
        seminarId,
        motion: debate.motion,
        description: debate.description,
        proLabel: debate.sides[0],
        conLabel: debate.sides[1],
        readingIds,
        moderationMode: debate.moderation === 'PRE_MODERATED' ? ModerationMode.PRE_MODERATED : ModerationMode.OPEN,
        slowModeSeconds: 0,
        clientId: clientId('debate', key),
      }),
    );
  }

  /** Annotates `start` (in code points) of revision 1 of a reading. */
  async annotate(
    reading: ReadingEntity,
    start: number,
    a: Pick<DemoAnnotation, 'key' | 'by' | 'passage' | 'kind' | 'body' | 'tags' | 'color' | 'private'>,
  ): Promise<AnnotationEntity> {
    const annotation = await this.annotations.create(
      this.viewer(a.by),
      Object.assign(new CreateAnnotationInput(), {
        readingId: reading.id,
        revisionNumber: 1,
        target: { start, end: start + codePointLength(a.passage), exact: a.passage },
        motivation: MOTIVATION[a.kind],
        body: this.withMentions(a.body ?? ''),
        tags: a.tags ?? [],
        color: HighlightColor[a.color ?? 'yellow'],
        visibility: a.private ? Visibility.PRIVATE : Visibility.SEMINAR,
        clientId: clientId('a', a.key),
      }),
    );
    await this.postRate.refund(this.person(a.by).id);
    return annotation;
  }

  reply(
    by: DemoPerson,
    threadId: string,
    body: string,
    parentId: string | undefined,
    key: string,
  ): Promise<CommentEntity> {
    return this.threads.reply(
      this.viewer(by),
      Object.assign(new ReplyInput(), {
        threadId,
        parentId,
        body: this.withMentions(body),
        clientId: clientId('r', key),
      }),
    );
  }

  async reactToAnnotation(by: DemoPerson, annotationId: string, kind: DemoReaction): Promise<void> {
    await this.annotations.react(this.viewer(by), { subjectId: annotationId, kind: ReactionKind[kind], active: true });
  }

  async reactToReply(by: DemoPerson, replyId: string, kind: DemoReaction): Promise<void> {
    await this.threads.reactToReply(this.viewer(by), { subjectId: replyId, kind: ReactionKind[kind], active: true });
  }

  async claim(
    by: DemoPerson,
    debateId: string,
    claim: { key: string; stance: 'PRO' | 'CON'; body: string; parentId?: string; evidence: string[] },
  ): Promise<ClaimEntity> {
    const added = await this.claimCommands.add(
      this.viewer(by),
      Object.assign(new AddClaimInput(), {
        debateId,
        parentId: claim.parentId,
        stance: claim.stance === 'PRO' ? Stance.PRO : Stance.CON,
        body: this.withMentions(claim.body),
        evidenceAnnotationIds: claim.evidence,
        clientId: clientId('claim', claim.key),
      }),
    );
    await this.postRate.refund(this.person(by).id);
    return added;
  }

  async vote(by: DemoPerson, claimId: string, impact: number): Promise<void> {
    await this.claimVotes.vote(this.viewer(by), Object.assign(new VoteInput(), { claimId, impact }));
  }

  async flag(by: DemoPerson, subject: { type: 'ANNOTATION' | 'REPLY'; id: string }, reason: string): Promise<void> {
    await this.flags.flag(
      this.viewer(by),
      Object.assign(new FlagInput(), { subjectType: ModerationSubject[subject.type], subjectId: subject.id, reason }),
    );
  }

  async moderate(
    by: DemoPerson,
    action: 'PIN' | 'HIDE' | 'LOCK_THREAD',
    subject: { type: 'ANNOTATION' | 'REPLY'; id: string },
    reason: string,
  ): Promise<void> {
    await this.moderationActions.moderatePost(
      this.viewer(by),
      Object.assign(new ModeratePostInput(), {
        subjectType: ModerationSubject[subject.type],
        subjectId: subject.id,
        action: PostAction[action],
        reason,
      }),
    );
  }

  private person(key: DemoPerson): UserEntity {
    const user = this.people.get(key);
    if (!user) throw new Error(`No demo account "${key}"`);
    return user;
  }

  /** Each seeded action is its own unit of work, as a member’s request is (fresh loaders). */
  private viewer(key: DemoPerson): Viewer {
    const user = this.person(key);
    return viewerFor({ userId: user.id, sessionId: 'demo-seed', email: user.email, displayName: user.displayName });
  }
}

/** A deterministic clientId (8–64 letters, digits, _ or -) for a seeded post. */
function clientId(kind: string, key: string): string {
  return `demo-${kind}-${key}`.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 64);
}
