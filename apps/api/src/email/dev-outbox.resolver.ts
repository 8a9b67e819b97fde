import { Args, ArgsType, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Max, Min } from 'class-validator';
import { Public } from '../auth/public.decorator';
import { DevOutbox } from '../mail/dev-outbox';

@ObjectType('OutboxMessage', { description: 'A message a server without SMTP_URL kept instead of sending.' })
export class OutboxMessageModel {
  @Field(() => ID) id!: string;
  @Field() to!: string;
  @Field() subject!: string;
  @Field({ description: 'The plain-text part.' }) text!: string;
  @Field({ description: 'The HTML part.' }) html!: string;
  @Field(() => String, { description: 'The List-Unsubscribe header, when the message has one.', nullable: true })
  listUnsubscribe!: string | null;
  @Field() createdAt!: Date;
}

@ArgsType()
class OutboxArgs {
  @Field(() => Int, { defaultValue: 20 })
  @Min(1)
  @Max(100)
  first = 20;
}

/** The development outbox (docs/email.md): open only without SMTP_URL and outside production. */
@Resolver()
export class DevOutboxResolver {
  constructor(private readonly outbox: DevOutbox) {}

  @Public()
  @Query(() => Boolean, { description: 'Whether this server keeps its mail in a development outbox.' })
  devOutboxOpen(): boolean {
    return this.outbox.open;
  }

  @Public()
  @Query(() => [OutboxMessageModel], {
    description: 'The newest messages in the development outbox; NOT_FOUND where it is closed.',
  })
  async devOutbox(@Args() args: OutboxArgs): Promise<OutboxMessageModel[]> {
    const messages = await this.outbox.latest(args.first);
    return messages.map((m) =>
      Object.assign(new OutboxMessageModel(), { ...m, listUnsubscribe: m.headers['List-Unsubscribe'] ?? null }),
    );
  }
}
