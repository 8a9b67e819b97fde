import { Module } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DatabaseHost } from '../database/database.module';
import { JobsModule } from '../jobs/jobs.module';
import { MailModule } from '../mail/mail.module';
import { AuthGuard } from './auth.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { SessionActivity } from './session-activity';
import { PasswordResetResolver } from './password-reset.resolver';
import { PasswordHasher } from './password-hasher';
import { PasswordResetService } from './password-reset.service';
import { resolveSessionSecret } from './session-secret';
import { SignInThrottle } from './sign-in-throttle';
import { UsersService } from './users.service';

@Module({
  imports: [
    JobsModule,
    MailModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG, DatabaseHost],
      useFactory: async (config: AppConfig, host: DatabaseHost) => ({
        // A KeyObject: given a string, jsonwebtoken tries (and fails) to parse it as a public key on
        // every verification before treating it as a secret, which cost ~0.3 ms per request.
        secret: createSecretKey(Buffer.from(await resolveSessionSecret(config, host.embedded))),
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  providers: [
    AuthService,
    AuthResolver,
    PasswordResetService,
    PasswordResetResolver,
    SignInThrottle,
    UsersService,
    SessionActivity,
    PasswordHasher,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService, UsersService, SignInThrottle, PasswordHasher],
})
export class AuthModule {}
