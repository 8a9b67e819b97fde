import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { CLIENT_ID_PATTERN } from '../../posts/client-id';

@InputType()
export class CreateSeminarGroupInput {
  @Field(() => ID) @IsUUID('all', { message: 'seminarId must be a UUID' }) seminarId!: string;
  @Field({ description: '1–80 characters.' }) @IsString() @MaxLength(80) name!: string;
  @Field({ nullable: true })
  @IsOptional()
  @Matches(CLIENT_ID_PATTERN, { message: 'clientId must be 8–64 letters, digits, _ or -' })
  clientId?: string;
}

@InputType()
export class RenameSeminarGroupInput {
  @Field(() => ID) @IsUUID('all', { message: 'groupId must be a UUID' }) groupId!: string;
  @Field() @IsString() @MaxLength(80) name!: string;
}

@InputType()
export class DeleteSeminarGroupInput {
  @Field(() => ID) @IsUUID('all', { message: 'groupId must be a UUID' }) groupId!: string;
}

@InputType()
export class MoveGroupMemberInput {
  @Field(() => ID) @IsUUID('all', { message: 'seminarId must be a UUID' }) seminarId!: string;
  @Field(() => ID) @IsUUID('all', { message: 'userId must be a UUID' }) userId!: string;
  @Field(() => ID, { nullable: true, description: 'The group to move them to; null takes them out of any group.' })
  @IsOptional()
  @IsUUID('all', { message: 'groupId must be a UUID' })
  groupId?: string | null;
}

@InputType()
export class SplitIntoGroupsInput {
  @Field(() => ID) @IsUUID('all', { message: 'seminarId must be a UUID' }) seminarId!: string;
  @Field(() => Int, { description: 'Members per group (1–500); sizes are balanced, so some have one fewer.' })
  @IsInt()
  @Min(1, { message: 'A group has at least one member.' })
  @Max(500)
  size!: number;
}
