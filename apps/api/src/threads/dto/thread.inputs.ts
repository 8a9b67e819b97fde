import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, Matches } from 'class-validator';
import { CLIENT_ID_PATTERN } from '../../posts/client-id';
import { ReactionKind } from '../reaction-kind';

@InputType()
export class ReplyInput {
  @Field(() => ID, { description: 'The thread (an annotation’s `threadId`).' })
  @IsUUID('all', { message: 'threadId must be a UUID' })
  threadId!: string;

  @Field(() => ID, { nullable: true, description: 'The reply answered, or none to answer the thread’s subject.' })
  @IsOptional()
  @IsUUID('all', { message: 'parentId must be a UUID' })
  parentId?: string;

  @Field({ description: 'Markdown; mention a member with @[Name](user:<id>).' })
  @IsString()
  body!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(CLIENT_ID_PATTERN, { message: 'clientId must be 8–64 letters, digits, _ or -' })
  clientId?: string;
}

@InputType()
export class EditReplyInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'replyId must be a UUID' })
  replyId!: string;

  @Field()
  @IsString()
  body!: string;
}

@InputType()
export class ReplyRefInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'replyId must be a UUID' })
  replyId!: string;
}

@InputType()
export class ReactInput {
  @Field(() => ID, { description: 'An annotation or a reply.' })
  @IsUUID('all', { message: 'subjectId must be a UUID' })
  subjectId!: string;

  @Field(() => ReactionKind)
  @IsEnum(ReactionKind)
  kind!: ReactionKind;

  @Field({ description: 'true to add the reaction, false to take it back (both idempotent).' })
  @IsBoolean()
  active!: boolean;
}
