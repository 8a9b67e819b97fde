import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

/** One signed-in browser or API client of the viewer's account, as its owner tells them apart. */
@ObjectType('AccountSession')
export class AccountSessionModel {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true, description: 'The browser or client it was last used from.' })
  userAgent!: string | null;
  @Field(() => String, { nullable: true, description: 'The network address it was last used from.' })
  address!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When it was last used (to the minute).' })
  lastSeenAt!: Date | null;
  @Field() expiresAt!: Date;
  @Field({ description: 'Whether this is the session asking.' }) current!: boolean;
}

/** The signed-in person's own account: what they may change about it. */
@ObjectType('Account')
export class AccountModel {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() displayName!: string;
  @Field(() => String, {
    nullable: true,
    description: 'An address asked for in place of `email`, not yet confirmed (so not yet used).',
  })
  pendingEmail!: string | null;
  @Field(() => Date, { nullable: true }) pendingEmailRequestedAt!: Date | null;
}

@ObjectType()
export class ChangePasswordPayload {
  @Field(() => Int, { description: 'How many other sessions were signed out; this one stays signed in.' })
  signedOutSessions!: number;
}
