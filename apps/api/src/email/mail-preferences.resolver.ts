import { Args, Field, InputType, Mutation, ObjectType, Query, registerEnumType, Resolver } from '@nestjs/graphql';
import { IsIn } from 'class-validator';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { MAIL_FREQUENCIES, MailFrequency, MailPreferencesService } from './mail-preferences.service';

const MailFrequencyEnum = { IMMEDIATE: 'IMMEDIATE', DAILY: 'DAILY', OFF: 'OFF' } as const;
registerEnumType(MailFrequencyEnum, {
  name: 'MailFrequency',
  description: 'How a member hears of mentions and replies by email: at once, in a daily digest, or not at all.',
});

@ObjectType('MailPreference')
export class MailPreferenceModel {
  @Field(() => MailFrequencyEnum) frequency!: MailFrequency;
}

@InputType()
export class SetMailFrequencyInput {
  @Field(() => MailFrequencyEnum)
  @IsIn(MAIL_FREQUENCIES)
  frequency!: MailFrequency;
}

@Resolver()
export class MailPreferencesResolver {
  constructor(private readonly preferences: MailPreferencesService) {}

  @Query(() => MailPreferenceModel, {
    description: 'How I hear of mentions and replies by email (DAILY until I choose).',
  })
  async myMailPreference(@CurrentViewer() viewer: Viewer): Promise<MailPreferenceModel> {
    const { frequency } = await this.preferences.of(viewer.userId);
    return { frequency };
  }

  @Mutation(() => MailPreferenceModel)
  async setMailFrequency(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SetMailFrequencyInput,
  ): Promise<MailPreferenceModel> {
    const { frequency } = await this.preferences.set(viewer.userId, input.frequency);
    return { frequency };
  }
}
