import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { passwordHasher } from '../auth/password-hasher';
import { UserEntity } from '../auth/user.entity';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DatabaseHost } from '../database/database.module';
import { TransactionRunner } from '../database/transaction-runner';
import { DebateEntity } from '../debates/debate.entity';
import { DebateStatus } from '../debates/debate-status';
import { ReadingFormat } from '../readings/reading-format';
import { ReadingRevisionEntity } from '../readings/reading-revision.entity';
import { acceptReadingText } from '../readings/reading-text';
import { ReadingEntity } from '../readings/reading.entity';
import { newInviteCode } from '../seminars/invite-code';
import { MembershipEntity } from '../seminars/membership.entity';
import { SeminarEntity } from '../seminars/seminar.entity';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import { loadDemoContent } from './demo-content';

/**
 * Seeds the demo seminar "Human Security and the UN" on an empty embedded database, or whenever
 * SEED_DEMO=true (once: it does nothing if the demo owner exists). Never on its own initiative on
 * an external database, which may be someone's production data.
 */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeeder');

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DatabaseHost) private readonly host: DatabaseHost,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (await this.shouldSeed()) await this.seed();
  }

  private async shouldSeed(): Promise<boolean> {
    if (this.config.seedDemo === 'never') return false;
    const users = this.dataSource.getRepository(UserEntity);
    if (this.config.seedDemo === 'always') return !(await users.existsBy({ email: DEMO_ACCOUNTS[0].email }));
    return this.host.embedded && (await users.count()) === 0;
  }

  async seed(): Promise<void> {
    const content = await loadDemoContent();
    const passwordHash = await passwordHasher.hash(DEMO_PASSWORD);
    await this.transactions.run(async ({ manager }) => {
      const people = await manager.save(
        DEMO_ACCOUNTS.map((a) =>
          manager.create(UserEntity, { email: a.email, displayName: a.displayName, passwordHash }),
        ),
      );
      const owner = people[0];
      const seminar = await manager.save(
        manager.create(SeminarEntity, {
          ...content.seminar,
          inviteCode: newInviteCode(),
          createdBy: owner.id,
          clientId: null,
        }),
      );
      await manager.insert(
        MembershipEntity,
        DEMO_ACCOUNTS.map((a, i) => ({ seminarId: seminar.id, userId: people[i].id, role: a.role })),
      );
      for (const r of content.readings) {
        const reading = await manager.save(
          manager.create(ReadingEntity, {
            seminarId: seminar.id,
            title: r.title,
            author: r.author,
            source: r.source,
            format: ReadingFormat.PLAIN,
            currentRevisionNumber: 1,
            createdBy: owner.id,
            clientId: null,
          }),
        );
        await manager.insert(ReadingRevisionEntity, {
          readingId: reading.id,
          number: 1,
          text: acceptReadingText(r.text),
          note: 'Original text',
          createdBy: owner.id,
        });
      }
      for (const d of content.debates) {
        await manager.insert(DebateEntity, {
          seminarId: seminar.id,
          motion: d.motion,
          description: '',
          proLabel: d.sides[0],
          conLabel: d.sides[1],
          status: DebateStatus.OPEN,
          createdBy: owner.id,
        });
      }
    });
    this.logger.log(
      `Seeded the demo seminar "${content.seminar.name}" (sign in as ${DEMO_ACCOUNTS[2].email} / ${DEMO_PASSWORD}).`,
    );
  }
}
