import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { CLIENT_ID_PATTERN } from '../../posts/client-id';
import { Stance } from '../../debates/debate-status';

export enum LiveSubjectType {
  READING = 'READING',
  DEBATE = 'DEBATE',
}
registerEnumType(LiveSubjectType, { name: 'LiveSubjectType', description: 'What a live session is held on.' });

const CLIENT_ID_MESSAGE = 'clientId must be 8–64 letters, digits, _ or -';

@InputType()
export class StartLiveSessionInput {
  @Field(() => LiveSubjectType)
  @IsEnum(LiveSubjectType)
  subjectType!: LiveSubjectType;

  @Field(() => ID, { description: 'The reading or debate.' })
  @IsUUID('all', { message: 'subjectId must be a UUID' })
  subjectId!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(CLIENT_ID_PATTERN, { message: CLIENT_ID_MESSAGE })
  clientId?: string;
}

@InputType()
export class LiveSessionRefInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'sessionId must be a UUID' })
  sessionId!: string;
}

@InputType()
export class HandLiveFacilitatorInput extends LiveSessionRefInput {
  @Field(() => ID, { description: 'The member who leads from now on (not an observer).' })
  @IsUUID('all', { message: 'userId must be a UUID' })
  userId!: string;
}

@InputType()
export class CallOnHandInput extends LiveSessionRefInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'userId must be a UUID' })
  userId!: string;
}

@InputType({ description: 'A passage of the reading’s current revision, in code points.' })
export class PassageSelectionInput {
  @Field(() => Int)
  @IsInt()
  @Min(0)
  start!: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  end!: number;
}

@InputType({ description: 'Exactly one of selection, annotationId (reading sessions) or claimId (debate sessions).' })
export class SpotlightInput extends LiveSessionRefInput {
  @Field(() => PassageSelectionInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PassageSelectionInput)
  selection?: PassageSelectionInput;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'annotationId must be a UUID' })
  annotationId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'claimId must be a UUID' })
  claimId?: string;

  @Field(() => String, { defaultValue: '', description: 'A short note shown with the spotlight.' })
  @IsString()
  @MaxLength(280)
  note = '';

  @Field({ nullable: true })
  @IsOptional()
  @Matches(CLIENT_ID_PATTERN, { message: CLIENT_ID_MESSAGE })
  clientId?: string;
}

@InputType({ description: 'Exactly one of offset (reading sessions, in code points) or claimId (debate sessions).' })
export class MoveLivePositionInput extends LiveSessionRefInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  offset?: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'claimId must be a UUID' })
  claimId?: string;
}

@InputType({
  description:
    'A question with 2–6 options, or (with claimId) agree/disagree on a claim of the debate; anonymous tallies unless anonymous is false.',
})
export class OpenLivePollInput extends LiveSessionRefInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  question?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(6)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  options?: string[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'claimId must be a UUID' })
  claimId?: string;

  @Field(() => Boolean, { defaultValue: true })
  @IsBoolean()
  anonymous = true;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(CLIENT_ID_PATTERN, { message: CLIENT_ID_MESSAGE })
  clientId?: string;
}

@InputType()
export class LivePollRefInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'pollId must be a UUID' })
  pollId!: string;
}

@InputType()
export class AnswerLivePollInput extends LivePollRefInput {
  @Field(() => Int, { description: 'The chosen option, counted from 0. Answering again changes the answer.' })
  @IsInt()
  @Min(0)
  @Max(5)
  option!: number;
}

@InputType({ description: 'A timed round, e.g. "3 minutes: add a claim for Intervention".' })
export class StartLiveRoundInput extends LiveSessionRefInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @Matches(/\S/, { message: 'prompt must not be blank' })
  prompt!: string;

  @Field(() => Int, { description: 'How long the round runs, 10 to 3600 seconds.' })
  @IsInt()
  @Min(10)
  @Max(3600)
  seconds!: number;

  @Field(() => Stance, { nullable: true, description: 'The side claims are asked for (debate sessions).' })
  @IsOptional()
  @IsEnum(Stance)
  stance?: Stance;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(CLIENT_ID_PATTERN, { message: CLIENT_ID_MESSAGE })
  clientId?: string;
}

@InputType()
export class LiveRoundRefInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'roundId must be a UUID' })
  roundId!: string;
}
