import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, Matches, MaxLength, MinLength } from 'class-validator';

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token from the emailed link.' })
  @Matches(/^[A-Za-z0-9_-]{20,100}$/, { message: 'token is not a reset token' })
  token!: string;

  @Field()
  @MinLength(10, { message: 'password must be at least 10 characters' })
  @MaxLength(200)
  newPassword!: string;
}
