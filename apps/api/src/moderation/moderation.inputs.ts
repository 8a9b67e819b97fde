import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ModerationMode } from '../debates/debate-status';
import { PostAction } from './moderation-rules';

export enum ModerationSubject {
  ANNOTATION = 'ANNOTATION',
  REPLY = 'REPLY',
  CLAIM = 'CLAIM',
}

export enum DebateAction {
  LOCK = 'LOCK',
  UNLOCK = 'UNLOCK',
  ARCHIVE = 'ARCHIVE',
  SET_SLOW_MODE = 'SET_SLOW_MODE',
  SET_MODERATION_MODE = 'SET_MODERATION_MODE',
}

export enum FlagResolution {
  RESOLVED = 'RESOLVED',
  DISMISSED = 'DISMISSED',
}

registerEnumType(ModerationSubject, { name: 'ModerationSubject' });
registerEnumType(PostAction, { name: 'PostAction' });
registerEnumType(DebateAction, { name: 'DebateAction' });
registerEnumType(FlagResolution, { name: 'FlagResolution' });

/** The table-level name of each subject kind (as stored in flags and the audit log). */
export const SUBJECT_TYPE: Record<ModerationSubject, 'annotation' | 'comment' | 'claim'> = {
  ANNOTATION: 'annotation',
  REPLY: 'comment',
  CLAIM: 'claim',
};

const REASON = { min: 3, max: 1000 };

/** A moderation reason: required, 3–1,000 characters, not blank; it goes to the audit log. */
function ReasonField(): PropertyDecorator {
  return applyDecorators(
    Field({ description: 'Why: every moderation action and flag states its reason.' }),
    MinLength(REASON.min, { message: `reason must be at least ${REASON.min} characters` }),
    MaxLength(REASON.max),
    Matches(/\S/, { message: 'reason must not be blank' }),
  ) as PropertyDecorator;
}

/** A post (annotation, reply or claim) that a flag or a moderation action is about, and why. */
@InputType({ isAbstract: true })
abstract class PostReasonInput {
  @Field(() => ModerationSubject)
  @IsEnum(ModerationSubject)
  subjectType!: ModerationSubject;

  @Field(() => ID)
  @IsUUID('all', { message: 'subjectId must be a UUID' })
  subjectId!: string;

  @ReasonField()
  reason!: string;
}

@InputType()
export class FlagInput extends PostReasonInput {}

@InputType()
export class ModeratePostInput extends PostReasonInput {
  @Field(() => PostAction)
  @IsEnum(PostAction)
  action!: PostAction;
}

@InputType()
export class ModerateDebateInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'debateId must be a UUID' })
  debateId!: string;

  @Field(() => DebateAction)
  @IsEnum(DebateAction)
  action!: DebateAction;

  @Field(() => Int, {
    nullable: true,
    description: 'For SET_SLOW_MODE: seconds between one member’s claims (0 turns it off).',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(86_400)
  slowModeSeconds?: number;

  @Field(() => ModerationMode, { nullable: true, description: 'For SET_MODERATION_MODE.' })
  @IsOptional()
  @IsEnum(ModerationMode)
  moderationMode?: ModerationMode;

  @ReasonField()
  reason!: string;
}

@InputType()
export class CloseFlagInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'flagId must be a UUID' })
  flagId!: string;

  @Field(() => FlagResolution)
  @IsEnum(FlagResolution)
  resolution!: FlagResolution;

  @ReasonField()
  reason!: string;
}
