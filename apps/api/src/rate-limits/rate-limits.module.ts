import { Global, Module } from '@nestjs/common';
import { PostRateLimit } from './post-rate-limit';

@Global()
@Module({ providers: [PostRateLimit], exports: [PostRateLimit] })
export class RateLimitsModule {}
