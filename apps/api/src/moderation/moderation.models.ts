import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../pagination/connection.model';
import { Moderation } from '../posts/moderation-state';
import { ModerationSubject } from './moderation.inputs';

@ObjectType('Flag')
export class FlagModel {
  @Field(() => ID) id!: string;
  @Field(() => ModerationSubject) subjectType!: ModerationSubject;
  @Field(() => ID) subjectId!: string;
  @Field() reason!: string;
  @Field({ description: 'OPEN, RESOLVED or DISMISSED.' }) status!: string;
  @Field() createdAt!: Date;
  @Field() reporterName!: string;
}

/** One entry of the moderation queue: a post awaiting approval, or an open flag, with its context. */
@ObjectType('ModerationQueueItem')
export class ModerationQueueItemModel {
  @Field({ description: 'PENDING_POST or FLAG.' }) kind!: string;
  @Field(() => ModerationSubject) subjectType!: ModerationSubject;
  @Field(() => ID) subjectId!: string;
  @Field({ description: 'The post’s text (its start).' }) excerpt!: string;
  @Field() authorName!: string;
  @Field(() => Moderation) moderation!: Moderation;
  @Field() createdAt!: Date;
  @Field(() => FlagModel, { nullable: true }) flag!: FlagModel | null;
  @Field(() => ID, { nullable: true, description: 'Where to see it in context.' }) debateId!: string | null;
  @Field(() => ID, { nullable: true }) readingId!: string | null;
  @Field(() => String, { nullable: true, description: 'The annotated words, for an annotation.' }) quote!:
    string | null;
}

/** An entry of the append-only audit log. */
@ObjectType('ModerationAction')
export class ModerationActionModel {
  @Field(() => ID) id!: string;
  @Field() action!: string;
  @Field({ description: 'annotation, comment, claim, debate or flag.' }) subjectType!: string;
  @Field(() => ID) subjectId!: string;
  @Field() reason!: string;
  @Field() moderatorName!: string;
  @Field({ description: 'JSON: what changed.' }) details!: string;
  @Field() createdAt!: Date;
}

@ObjectType()
export class ModerationActionConnection extends ConnectionType(ModerationActionModel) {}
