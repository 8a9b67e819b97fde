import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Moderation } from '../posts/moderation-state';
import { ClaimEntity } from './claim.entity';
import { ConnectionType } from '../pagination/connection.model';
import { DebateStatus, ModerationMode, Stance } from './debate-status';
import { DebateEntity } from './debate.entity';

registerEnumType(DebateStatus, { name: 'DebateStatus' });
registerEnumType(ModerationMode, { name: 'ModerationMode' });
registerEnumType(Stance, { name: 'Stance' });

@ObjectType('Debate')
export class DebateModel {
  @Field(() => ID) id!: string;
  @Field() motion!: string;
  @Field() description!: string;
  @Field({ description: 'The name of the side for the motion, e.g. "Intervention".' }) proLabel!: string;
  @Field({ description: 'The name of the side against the motion, e.g. "Sovereignty".' }) conLabel!: string;
  @Field(() => DebateStatus) status!: DebateStatus;
  @Field(() => ModerationMode) moderationMode!: ModerationMode;
  @Field(() => Int, { description: 'Seconds between one member’s claims (0: off).' }) slowModeSeconds!: number;
  @Field(() => ID) seminarId!: string;
  @Field() createdAt!: Date;

  static from(entity: DebateEntity): DebateModel {
    return Object.assign(new DebateModel(), {
      id: entity.id,
      motion: entity.motion,
      description: entity.description,
      proLabel: entity.proLabel,
      conLabel: entity.conLabel,
      status: entity.status,
      moderationMode: entity.moderationMode,
      slowModeSeconds: entity.slowModeSeconds,
      seminarId: entity.seminarId,
      createdAt: entity.createdAt,
    });
  }
}

@ObjectType()
export class DebateConnection extends ConnectionType(DebateModel) {}

@ObjectType('VoteSummary')
export class VoteSummaryModel {
  @Field(() => [Int], { description: 'How many members rated the impact 0, 1, 2, 3 and 4.' }) distribution!: number[];
  @Field(() => Float, { nullable: true }) mean!: number | null;
  @Field(() => Int) count!: number;
  @Field(() => Int, { nullable: true, description: 'My own rating, if any.' }) mine!: number | null;
}

/** A claim for (PRO) or against (CON) its parent claim, or the motion when it has no parent. */
@ObjectType('Claim')
export class ClaimModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) debateId!: string;
  @Field(() => ID, { nullable: true }) parentId!: string | null;
  @Field(() => Stance) stance!: Stance;
  @Field({ description: 'Markdown; empty when deleted or removed.' }) body!: string;
  @Field({
    description: 'The body rendered to safe HTML (no scripts, handlers or javascript: links); written with the body.',
  })
  bodyHtml!: string;
  @Field(() => ID) threadId!: string;
  @Field(() => Moderation) moderation!: Moderation;
  @Field() pinned!: boolean;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) editedAt!: Date | null;
  @Field() deleted!: boolean;
  authorId!: string;
  seminarId!: string;

  static from(entity: ClaimEntity): ClaimModel {
    const silenced = entity.deletedAt !== null || entity.moderation === Moderation.REMOVED;
    return Object.assign(new ClaimModel(), {
      id: entity.id,
      debateId: entity.debateId,
      parentId: entity.parentId,
      stance: entity.stance,
      body: silenced ? '' : entity.body,
      bodyHtml: silenced ? '' : entity.bodyHtml,
      threadId: entity.threadId,
      moderation: entity.moderation,
      pinned: entity.pinnedAt !== null,
      createdAt: entity.createdAt,
      editedAt: entity.editedAt,
      deleted: entity.deletedAt !== null,
      authorId: entity.authorId,
      seminarId: entity.seminarId,
    });
  }
}
