import { Inject, Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { APP_CONFIG, AppConfig } from '../config/app-config';

/**
 * argon2id with the configured cost (docs/accounts.md, "Passwords"): by default RFC 9106's second
 * recommended parameters, 64 MiB, three passes, four lanes. Each hash records its own parameters,
 * so changing the cost never locks anyone out: old hashes verify with the cost they were made with.
 */
@Injectable()
export class PasswordHasher {
  private readonly options: argon2.HashOptions & { raw?: false };

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'passwordHashing'>) {
    const { memoryKib, timeCost, parallelism } = config.passwordHashing;
    this.options = { type: argon2.argon2id, memoryCost: memoryKib, timeCost, parallelism };
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password, this.options);
  }

  verify(hash: string, password: string): Promise<boolean> {
    return argon2.verify(hash, password).catch(() => false);
  }
}
