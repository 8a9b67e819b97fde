import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { LivePollPayload } from '@glossa/contracts';
import { UserModel } from '../auth/user.model';
import { Stance } from '../debates/debate-status';
import { LiveSubjectType } from './dto/live.inputs';
import { HandRow, RoundRow, SessionRow, SpotlightRow } from './live-rows';

export enum LiveSpotlightKind {
  SELECTION = 'SELECTION',
  ANNOTATION = 'ANNOTATION',
  CLAIM = 'CLAIM',
}
registerEnumType(LiveSpotlightKind, { name: 'LiveSpotlightKind' });

export enum LivePollKind {
  CHOICE = 'CHOICE',
  AGREEMENT = 'AGREEMENT',
}
registerEnumType(LivePollKind, {
  name: 'LivePollKind',
  description: 'A question with options, or agree/disagree on a claim.',
});

@ObjectType('LivePosition', { description: 'Where the facilitator is: an offset in the reading, or a claim.' })
export class LivePositionModel {
  @Field(() => Int, { nullable: true, description: 'Code points into the reading’s current revision.' })
  offset!: number | null;
  @Field(() => ID, { nullable: true }) claimId!: string | null;
}

@ObjectType('LiveSession', { description: 'A live seminar session on a reading or a debate.' })
export class LiveSessionModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) seminarId!: string;
  @Field(() => LiveSubjectType) subjectType!: LiveSubjectType;
  @Field(() => ID, { description: 'The reading or debate.' }) subjectId!: string;
  @Field({ description: 'The reading’s title or the debate’s motion when the session started.' }) title!: string;
  /** Shown through `LivePeople` (a pseudonym in an anonymous discussion): the `facilitator` field. */
  facilitatorId!: string;
  facilitatorName!: string;
  @Field() startedAt!: Date;
  @Field(() => Date, { nullable: true }) endedAt!: Date | null;
  @Field({ description: 'Still running.' }) live!: boolean;
  @Field(() => LivePositionModel, { nullable: true, description: 'The following position (null: none yet).' })
  position!: LivePositionModel | null;
  @Field(() => String, { nullable: true, description: 'The Markdown summary, once the session has ended.' })
  summaryMarkdown!: string | null;

  static from(row: SessionRow): LiveSessionModel {
    const hasPosition = row.position_offset !== null || row.position_claim_id !== null;
    return Object.assign(new LiveSessionModel(), {
      id: row.id,
      seminarId: row.seminar_id,
      subjectType: row.subject_type as LiveSubjectType,
      subjectId: row.subject_id,
      title: row.title,
      facilitatorId: row.facilitator_id,
      facilitatorName: row.facilitator_name,
      startedAt: new Date(row.started_at),
      endedAt: row.ended_at ? new Date(row.ended_at) : null,
      live: row.ended_at === null,
      position: hasPosition ? { offset: row.position_offset, claimId: row.position_claim_id } : null,
      summaryMarkdown: row.summary_markdown,
    });
  }
}

@ObjectType('LiveSpotlight', { description: 'A spotlighted passage (selection or annotation) or claim.' })
export class LiveSpotlightModel {
  @Field(() => ID) id!: string;
  @Field(() => LiveSpotlightKind) kind!: LiveSpotlightKind;
  @Field(() => ID, { nullable: true }) annotationId!: string | null;
  @Field(() => ID, { nullable: true }) claimId!: string | null;
  @Field(() => Int, { nullable: true, description: 'Code points, for passages.' }) start!: number | null;
  @Field(() => Int, { nullable: true }) end!: number | null;
  @Field({ description: 'The passage’s text, or the claim’s.' }) exact!: string;
  @Field() note!: string;
  @Field() createdAt!: Date;

  static from(row: SpotlightRow): LiveSpotlightModel {
    return Object.assign(new LiveSpotlightModel(), {
      id: row.id,
      kind: row.kind as LiveSpotlightKind,
      annotationId: row.annotation_id,
      claimId: row.claim_id,
      start: row.position_start,
      end: row.position_end,
      exact: row.exact,
      note: row.note,
      createdAt: new Date(row.created_at),
    });
  }
}

@ObjectType('LivePollVoter')
export class LivePollVoterModel {
  @Field(() => ID) userId!: string;
  @Field() displayName!: string;
  @Field(() => Int) option!: number;
}

@ObjectType('LivePoll')
export class LivePollModel {
  @Field(() => ID) id!: string;
  @Field(() => LivePollKind) kind!: LivePollKind;
  @Field() question!: string;
  @Field(() => [String]) options!: string[];
  @Field(() => ID, { nullable: true }) claimId!: string | null;
  @Field() anonymous!: boolean;
  @Field() open!: boolean;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field(() => [Int], { description: 'Answers per option, in option order.' }) counts!: number[];
  @Field(() => Int) total!: number;
  @Field(() => [LivePollVoterModel], { nullable: true, description: 'Who chose what; null for anonymous polls.' })
  voters!: LivePollVoterModel[] | null;

  static from(poll: LivePollPayload): LivePollModel {
    return Object.assign(new LivePollModel(), {
      ...poll,
      kind: poll.kind as LivePollKind,
      closedAt: poll.closedAt ? new Date(poll.closedAt) : null,
    });
  }
}

@ObjectType('LiveRound', { description: 'A timed round, e.g. "3 minutes: add a claim for Intervention".' })
export class LiveRoundModel {
  @Field(() => ID) id!: string;
  @Field() prompt!: string;
  @Field(() => Stance, { nullable: true }) stance!: Stance | null;
  @Field(() => Int) seconds!: number;
  @Field() startedAt!: Date;
  @Field() endsAt!: Date;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field({ description: 'Still taking claims.' }) open!: boolean;
  @Field(() => Int, { description: 'Seconds left now by the server’s clock (0 once over): count down from this.' })
  secondsLeft!: number;

  static from(row: RoundRow, now = new Date()): LiveRoundModel {
    const endsAt = new Date(row.ends_at);
    const open = row.closed_at === null && endsAt > now;
    return Object.assign(new LiveRoundModel(), {
      id: row.id,
      prompt: row.prompt,
      stance: row.stance as Stance | null,
      seconds: row.seconds,
      startedAt: new Date(row.started_at),
      endsAt,
      closedAt: row.closed_at ? new Date(row.closed_at) : null,
      open,
      secondsLeft: open ? Math.ceil((endsAt.getTime() - now.getTime()) / 1000) : 0,
    });
  }
}

@ObjectType('RaisedHand')
export class RaisedHandModel {
  @Field(() => UserModel) user!: UserModel;
  @Field() raisedAt!: Date;

  /** `user`: the person as the viewer may see them (`LivePeople.hands`). */
  static from(row: HandRow, user: UserModel): RaisedHandModel {
    return Object.assign(new RaisedHandModel(), {
      user,
      raisedAt: new Date(row.raised_at),
    });
  }
}
