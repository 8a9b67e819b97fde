import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { AppConfig } from '../config/app-config';

/**
 * The key that signs session tokens. Configured with SESSION_SECRET; on the embedded database a
 * random key is kept beside the data so sign-ins survive a restart; otherwise (a development server)
 * a random key per process, with a warning, because other instances could not verify its tokens.
 */
export async function resolveSessionSecret(config: AppConfig, embedded: boolean): Promise<string> {
  if (config.sessionSecret) return config.sessionSecret;
  if (embedded) {
    const file = join(config.dataDir, 'session-secret');
    const existing = await readFile(file, 'utf8').catch(() => '');
    if (existing.length >= 32) return existing;
    const secret = randomBytes(48).toString('base64url');
    await mkdir(config.dataDir, { recursive: true });
    await writeFile(file, secret, { mode: 0o600 });
    return secret;
  }
  new Logger('Auth').warn('SESSION_SECRET is not set: using a random key, so sign-ins end when this process stops.');
  return randomBytes(48).toString('base64url');
}
