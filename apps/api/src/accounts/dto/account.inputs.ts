import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';

@InputType()
export class ChangeDisplayNameInput {
  @Field()
  @MinLength(1, { message: 'displayName must not be empty' })
  @MaxLength(80)
  @Matches(/\S/, { message: 'displayName must not be blank' })
  displayName!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @MinLength(1)
  @MaxLength(200)
  currentPassword!: string;

  @Field()
  @MinLength(10, { message: 'newPassword must be at least 10 characters' })
  @MaxLength(200)
  newPassword!: string;
}

@InputType()
export class EndSessionInput {
  @Field(() => ID)
  @IsUUID()
  sessionId!: string;
}

@InputType()
export class DeleteAccountInput {
  @Field({ description: 'The account’s password, so an unattended browser cannot close it.' })
  @MinLength(1)
  @MaxLength(200)
  password!: string;
}

@InputType()
export class RequestEmailChangeInput {
  @Field()
  @IsEmail({}, { message: 'newEmail must be a valid email address' })
  @MaxLength(254)
  newEmail!: string;

  @Field()
  @MinLength(1)
  @MaxLength(200)
  password!: string;
}

@InputType()
export class ConfirmEmailChangeInput {
  @Field({ description: 'The token from the link emailed to the new address.' })
  @Matches(/^[A-Za-z0-9_-]{20,100}$/, { message: 'token is not a confirmation token' })
  token!: string;
}
