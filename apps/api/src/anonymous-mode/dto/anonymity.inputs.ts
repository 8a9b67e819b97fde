import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { UserModel } from '../../auth/user.model';

@InputType()
export class SetSeminarAnonymityInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'seminarId must be a UUID' })
  seminarId!: string;

  @Field({ description: 'On: members appear to each other under pseudonyms. Off is refused once anyone has posted.' })
  @IsBoolean()
  anonymous!: boolean;
}

@InputType()
export class SetDebateAnonymityInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'debateId must be a UUID' })
  debateId!: string;

  @Field({ description: 'On: claims and their replies show pseudonyms of this debate. Off is refused once it has claims.' })
  @IsBoolean()
  anonymous!: boolean;
}

@InputType()
export class RevealPseudonymInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'seminarId must be a UUID' })
  seminarId!: string;

  @Field(() => ID, { nullable: true, description: 'The anonymous debate the pseudonym belongs to; none for the seminar’s.' })
  @IsOptional()
  @IsUUID('all', { message: 'debateId must be a UUID' })
  debateId?: string | null;

  @Field(() => ID, { description: 'The opaque id peers see for the person (User.id as a peer sees it).' })
  @IsUUID('all', { message: 'pseudonymId must be a UUID' })
  pseudonymId!: string;

  @Field({ description: 'Why: every reveal is recorded in the audit log with its reason.' })
  @MinLength(3, { message: 'reason must be at least 3 characters' })
  @MaxLength(1000)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason!: string;
}

@ObjectType('RevealedPseudonym')
export class RevealedPseudonymModel {
  @Field() pseudonym!: string;
  @Field(() => UserModel, { description: 'The person behind it, by name.' }) user!: UserModel;
}
