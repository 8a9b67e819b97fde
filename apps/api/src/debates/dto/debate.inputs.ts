import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
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
} from 'class-validator';
import { CLIENT_ID_PATTERN } from '../../posts/client-id';
import { ModerationMode, Stance } from '../debate-status';

export enum ClaimSort {
  IMPACT = 'IMPACT',
  NEWEST = 'NEWEST',
  MOST_DISCUSSED = 'MOST_DISCUSSED',
}
registerEnumType(ClaimSort, {
  name: 'ClaimSort',
  description: 'How sibling claims are ordered (pinned ones always come first).',
});

@InputType()
export class CreateDebateInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'seminarId must be a UUID' })
  seminarId!: string;

  @Field({ description: 'The motion, e.g. "Humanitarian intervention may override state sovereignty…".' })
  @MinLength(10, { message: 'motion must be at least 10 characters' })
  @MaxLength(500)
  motion!: string;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(4000)
  description = '';

  @Field({ description: 'The side for the motion, e.g. "Intervention".' })
  @MinLength(1)
  @MaxLength(40)
  @Matches(/\S/, { message: 'proLabel must not be blank' })
  proLabel!: string;

  @Field({ description: 'The side against the motion, e.g. "Sovereignty".' })
  @MinLength(1)
  @MaxLength(40)
  @Matches(/\S/, { message: 'conLabel must not be blank' })
  conLabel!: string;

  @Field(() => [ID], { defaultValue: [], description: 'Readings of the same seminar the debate draws on.' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'readingIds must be UUIDs' })
  readingIds: string[] = [];

  @Field(() => ModerationMode, { defaultValue: ModerationMode.OPEN })
  @IsEnum(ModerationMode)
  moderationMode: ModerationMode = ModerationMode.OPEN;

  @Field(() => Int, { defaultValue: 0, description: 'Seconds between one member’s claims (0: no slow mode).' })
  @IsInt()
  @Min(0)
  @Max(86_400)
  slowModeSeconds = 0;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(CLIENT_ID_PATTERN, { message: 'clientId must be 8–64 letters, digits, _ or -' })
  clientId?: string;
}

@InputType()
export class AddClaimInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'debateId must be a UUID' })
  debateId!: string;

  @Field(() => ID, { nullable: true, description: 'The claim this one answers; none to argue the motion itself.' })
  @IsOptional()
  @IsUUID('all', { message: 'parentId must be a UUID' })
  parentId?: string;

  @Field(() => Stance, { description: 'PRO supports its parent (or the motion), CON opposes it.' })
  @IsEnum(Stance)
  stance!: Stance;

  @Field({ description: 'Markdown, up to 2,000 characters.' })
  @IsString()
  body!: string;

  @Field(() => [ID], { defaultValue: [], description: 'Annotations (passages) the claim cites as evidence.' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'evidenceAnnotationIds must be UUIDs' })
  evidenceAnnotationIds: string[] = [];

  @Field({ nullable: true })
  @IsOptional()
  @Matches(CLIENT_ID_PATTERN, { message: 'clientId must be 8–64 letters, digits, _ or -' })
  clientId?: string;
}

@InputType()
export class EditClaimInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'claimId must be a UUID' })
  claimId!: string;

  @Field()
  @IsString()
  body!: string;
}

@InputType()
export class ClaimRefInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'claimId must be a UUID' })
  claimId!: string;
}

@InputType()
export class VoteInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'claimId must be a UUID' })
  claimId!: string;

  @Field(() => Int, { nullable: true, description: 'Impact from 0 (none) to 4 (decisive); null takes the vote back.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(4)
  impact?: number | null;
}

@InputType()
export class SetEvidenceInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'claimId must be a UUID' })
  claimId!: string;

  @Field(() => [ID])
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'annotationIds must be UUIDs' })
  annotationIds!: string[];
}
