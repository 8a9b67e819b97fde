import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDate,
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

@InputType()
export class CreateAssignmentInput {
  @Field(() => ID) @IsUUID('all', { message: 'seminarId must be a UUID' }) seminarId!: string;

  @Field(() => ID, { nullable: true, description: 'The reading to work on (or give debateId).' })
  @IsOptional()
  @IsUUID('all', { message: 'readingId must be a UUID' })
  readingId?: string;

  @Field(() => ID, { nullable: true, description: 'The debate to work on (or give readingId).' })
  @IsOptional()
  @IsUUID('all', { message: 'debateId must be a UUID' })
  debateId?: string;

  @Field(() => Int, { nullable: true, description: 'Only this range of the reading (code points), with rangeEnd.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  rangeStart?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  rangeEnd?: number;

  @Field() @IsString() @MinLength(1) @MaxLength(200) title!: string;

  @Field({ nullable: true, defaultValue: '' }) @IsOptional() @IsString() @MaxLength(5000) instructions?: string;

  @Field(() => Date, { nullable: true, description: 'When members see it; now if left out.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  opensAt?: Date;

  @Field(() => Date) @Type(() => Date) @IsDate() dueAt!: Date;

  @Field({ nullable: true, defaultValue: false }) @IsOptional() @IsBoolean() hideUntilPosted?: boolean;

  @Field({
    nullable: true,
    defaultValue: false,
    description: 'Members see on the reading only their group’s posts, the leaders’ and their own.',
  })
  @IsOptional()
  @IsBoolean()
  inGroups?: boolean;

  @Field(() => Int, { nullable: true, defaultValue: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  requiredPosts?: number;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(CLIENT_ID_PATTERN, { message: 'clientId must be 8–64 letters, digits, _ or -' })
  clientId?: string;
}

@InputType()
export class UpdateAssignmentInput {
  @Field(() => ID) @IsUUID('all', { message: 'assignmentId must be a UUID' }) assignmentId!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MinLength(1) @MaxLength(200) title?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) instructions?: string;
  @Field(() => Date, { nullable: true }) @IsOptional() @Type(() => Date) @IsDate() opensAt?: Date;
  @Field(() => Date, { nullable: true }) @IsOptional() @Type(() => Date) @IsDate() dueAt?: Date;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() hideUntilPosted?: boolean;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() inGroups?: boolean;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(100) requiredPosts?: number;
}

@InputType()
export class DeleteAssignmentInput {
  @Field(() => ID) @IsUUID('all', { message: 'assignmentId must be a UUID' }) assignmentId!: string;
}

@InputType()
export class SetAssignmentExtensionInput {
  @Field(() => ID) @IsUUID('all', { message: 'assignmentId must be a UUID' }) assignmentId!: string;
  @Field(() => ID) @IsUUID('all', { message: 'userId must be a UUID' }) userId!: string;
  @Field(() => Date, { nullable: true, description: 'Their later due date; null takes the extension back.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  dueAt?: Date | null;
}
