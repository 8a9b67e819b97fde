import { Foundation1763900000000 } from './1763900000000-foundation';
import { EventLog1763900100000 } from './1763900100000-event-log';
import { Annotations1763900200000 } from './1763900200000-annotations';
import { DebatesAndModeration1763900300000 } from './1763900300000-debates-and-moderation';
import { Interchange1763900400000 } from './1763900400000-interchange';
import { RenderedBodies1763900500000 } from './1763900500000-rendered-bodies';
import { LiveSessions1764800000000 } from './1764800000000-live-sessions';
import { SeminarVisits1764600000000 } from './1764600000000-seminar-visits';
import { Documents1764900000000 } from './1764900000000-documents';
import { Accounts1765000000000 } from './1765000000000-accounts';
import { Mail1765200000000 } from './1765200000000-mail';
import { ReplyNotifications1765300000000 } from './1765300000000-reply-notifications';
import { DocumentUrls1765310000000 } from './1765310000000-document-urls';
import { EmailChanges1765320000000 } from './1765320000000-email-changes';
import { OrphanReview1765330000000 } from './1765330000000-orphan-review';
import { AnonymousMode1765400000000 } from './1765400000000-anonymous-mode';
import { Assignments1765410000000 } from './1765410000000-assignments';
import { SmallGroups1765420000000 } from './1765420000000-small-groups';

/** Every migration in order. Listed by hand because the API is bundled (no glob at run time). */
export const migrations = [
  Foundation1763900000000,
  EventLog1763900100000,
  Annotations1763900200000,
  DebatesAndModeration1763900300000,
  Interchange1763900400000,
  RenderedBodies1763900500000,
  LiveSessions1764800000000,
  SeminarVisits1764600000000,
  Documents1764900000000,
  Accounts1765000000000,
  Mail1765200000000,
  ReplyNotifications1765300000000,
  DocumentUrls1765310000000,
  EmailChanges1765320000000,
  OrphanReview1765330000000,
  AnonymousMode1765400000000,
  Assignments1765410000000,
  SmallGroups1765420000000,
];
