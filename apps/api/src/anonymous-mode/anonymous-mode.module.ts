import { Module } from '@nestjs/common';
import { DebatesModule } from '../debates/debates.module';
import { ModerationModule } from '../moderation/moderation.module';
import { SeminarsModule } from '../seminars/seminars.module';
import { AnonymitySettingsService } from './anonymity-settings.service';
import { AnonymousModeResolver, DebateAnonymityResolver, SeminarAnonymityResolver } from './anonymous-mode.resolver';
import { PseudonymRevealService } from './pseudonym-reveal.service';

/** Switching anonymous mode and revealing pseudonyms; the masking itself is `anonymity/`. */
@Module({
  imports: [SeminarsModule, DebatesModule, ModerationModule],
  providers: [AnonymitySettingsService, PseudonymRevealService, AnonymousModeResolver, SeminarAnonymityResolver, DebateAnonymityResolver],
})
export class AnonymousModeModule {}
