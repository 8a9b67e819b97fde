import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { PasswordHasher } from '../auth/password-hasher';
import { UsersService } from '../auth/users.service';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DatabaseHost } from '../database/database.module';
import { acceptReadingText } from '../readings/reading-text';
import type { ReadingEntity } from '../readings/reading.entity';
import { Role } from '../seminars/role';
import { DemoActions } from './demo-actions';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import { loadDemoContent } from './demo-content';
import { DemoSeedRun } from './demo-seed-run';
import { DEMO_DISCUSSIONS } from './discussion/demo-discussions';

/**
 * Seeds the demo seminar "Human Security and the UN" on an empty embedded database, or whenever
 * SEED_DEMO=true (once: it does nothing if the demo owner exists). Never on its own initiative on
 * an external database, which may be someone's production data.
 *
 * Everything after the accounts goes through the services members use (DemoActions), in a fixed
 * order, so the seminar looks like one after a busy week and every run makes the same one.
 */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeeder');

  constructor(
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DatabaseHost) private readonly host: DatabaseHost,
    private readonly act: DemoActions,
    private readonly passwords: PasswordHasher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (await this.shouldSeed()) await this.seed();
  }

  private async shouldSeed(): Promise<boolean> {
    if (this.config.seedDemo === 'never') return false;
    if (this.config.seedDemo === 'always') return !(await this.users.exists(DEMO_ACCOUNTS[0].email));
    return this.host.embedded && !(await this.users.anyone());
  }

  async seed(): Promise<void> {
    const started = Date.now();
    const content = await loadDemoContent();
    const owner = DEMO_ACCOUNTS[0].key;

    // Accounts are made directly: there is no sign-up to go through, and one hash serves all five.
    const passwordHash = await this.passwords.hash(DEMO_PASSWORD);
    const users = await this.users.createDirectly(DEMO_ACCOUNTS, passwordHash);
    this.act.cast(DEMO_ACCOUNTS.map((a, i) => ({ key: a.key, user: users[i] })));

    const seminar = await this.act.createSeminar(owner, content.seminar);
    for (const a of DEMO_ACCOUNTS) if (a.role !== Role.OWNER) await this.act.join(a.key, seminar, a.role, owner);

    const readings = new Map<string, ReadingEntity & { text: string }>();
    for (const r of content.readings) {
      const reading = await this.act.addReading(owner, seminar.id, r);
      readings.set(r.file, Object.assign(reading, { text: acceptReadingText(r.text) }));
    }

    const run = new DemoSeedRun(this.act, seminar, readings);
    await run.discuss(DEMO_DISCUSSIONS);
    await run.argue(content, owner);
    await run.moderate();
    await run.revise(DEMO_DISCUSSIONS);
    // Assignments, participation and the discussion map do not exist yet: when they do, seed them
    // here, after the revision (so they see the seminar as members find it), through DemoActions.

    this.logger.log(
      `Seeded the demo seminar "${content.seminar.name}" in ${Date.now() - started} ms (sign in as ${DEMO_ACCOUNTS[2].email} / ${DEMO_PASSWORD}).`,
    );
  }
}
