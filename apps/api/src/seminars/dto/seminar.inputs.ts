import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { CLIENT_ID_PATTERN } from '../../posts/client-id';
import { Role } from '../role';


@InputType()
export class CreateSeminarInput {
  @Field()
  @MinLength(1)
  @MaxLength(120)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(2000)
  description = '';

  @Field({
    nullable: true,
    description:
      'Any unique string of 8–64 letters, digits, _ or -; a retry with the same one returns the first result.',
  })
  @IsOptional()
  @Matches(CLIENT_ID_PATTERN, { message: 'clientId must be 8–64 letters, digits, _ or -' })
  clientId?: string;
}

@InputType()
export class JoinSeminarInput {
  @Field()
  @MinLength(4)
  @MaxLength(32)
  inviteCode!: string;
}

@InputType()
export class SeminarRefInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'seminarId must be a UUID' })
  seminarId!: string;
}

@InputType()
export class ChangeMemberRoleInput extends SeminarRefInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'userId must be a UUID' })
  userId!: string;

  @Field(() => Role)
  @IsEnum(Role)
  role!: Role;
}

@InputType()
export class RemoveMemberInput extends SeminarRefInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'userId must be a UUID' })
  userId!: string;
}

@InputType({ description: 'Changes a seminar’s name or description (owners); a field left out stays as it is.' })
export class UpdateSeminarInput extends SeminarRefInput {
  @Field({ nullable: true })
  @IsOptional()
  @MinLength(1)
  @MaxLength(120)
  @Matches(/\S/, { message: 'name must not be blank' })
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;
}
