import { loadConfig } from '../config/app-config';
import { PasswordHasher } from './password-hasher';

describe('password hashing', () => {
  it('hashes with argon2id at RFC 9106’s recommended cost by default', async () => {
    const config = loadConfig({});
    expect(config.passwordHashing).toEqual({ memoryKib: 65_536, timeCost: 3, parallelism: 4 });
    const hash = await new PasswordHasher(config).hash('correct horse battery');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=65536,p=4,t=3\$/);
  });

  it('refuses a cost below OWASP’s floor outside the test suite', () => {
    expect(() => loadConfig({ PASSWORD_HASH_MEMORY_KIB: '1024' })).toThrow(/PASSWORD_HASH_MEMORY_KIB/);
    expect(() => loadConfig({ PASSWORD_HASH_TIME_COST: '1' })).toThrow(/PASSWORD_HASH_TIME_COST/);
    expect(loadConfig({ NODE_ENV: 'test', PASSWORD_HASH_MEMORY_KIB: '1024', PASSWORD_HASH_TIME_COST: '1' }).passwordHashing)
      .toEqual({ memoryKib: 1_024, timeCost: 1, parallelism: 4 });
  });

  it('still verifies passwords hashed at an earlier cost after the cost changes', async () => {
    const cheap = new PasswordHasher({ passwordHashing: { memoryKib: 1_024, timeCost: 1, parallelism: 1 } });
    const dear = new PasswordHasher({ passwordHashing: { memoryKib: 19_456, timeCost: 2, parallelism: 1 } });
    const old = await cheap.hash('correct horse battery');
    expect(await dear.verify(old, 'correct horse battery')).toBe(true);
    expect(await dear.verify(old, 'wrong horse battery')).toBe(false);
    expect(await dear.verify('not a hash', 'correct horse battery')).toBe(false);
  });
});
