import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { PostRateLimit } from './post-rate-limit';
import { RateLimitStore } from './rate-limit-store';

@Global()
@Module({
  providers: [
    {
      provide: RateLimitStore,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => RateLimitStore.open(config.redisUrl),
    },
    PostRateLimit,
  ],
  exports: [RateLimitStore, PostRateLimit],
})
export class RateLimitsModule {}
