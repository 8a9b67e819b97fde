import { viewerFor } from '../auth/viewer';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { passwordHasher } from '../auth/password-hasher';
import { UserEntity } from '../auth/user.entity';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DatabaseHost } from '../database/database.module';
import { TransactionRunner } from '../database/transaction-runner';
import { DebateEntity } from '../debates/debate.entity';
import { ReadingFormat } from '../readings/reading-format';
import { ReadingRevisionEntity } from '../readings/reading-revision.entity';
import { acceptReadingText } from '../readings/reading-text';
import { ReadingEntity } from '../readings/reading.entity';
import { newInviteCode } from '../seminars/invite-code';
import { MembershipEntity } from '../seminars/membership.entity';
import { SeminarEntity } from '../seminars/seminar.entity';
import { codePointLength } from '@glossa/anchoring';
import { HighlightColor, Motivation, Visibility } from '../annotations/annotation-kinds';
import { AnnotationsService } from '../annotations/annotations.service';
import { CreateAnnotationInput } from '../annotations/dto/annotation.inputs';
import { ClaimsService } from '../debates/claims.service';
import { DebatesService } from '../debates/debates.service';
import { DebateStatus, ModerationMode, Stance } from '../debates/debate-status';
import { AddClaimInput, VoteInput } from '../debates/dto/debate.inputs';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import { DEMO_DEBATE_CLAIMS } from './demo-debate-claims';
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
    private readonly annotations: AnnotationsService,
    private readonly claims: ClaimsService,
    private readonly debates: DebatesService,
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
    const readingIds = new Map<string, { id: string; text: string }>();
    const debateIds: string[] = [];
    const people = await this.transactions.run(async ({ manager }) => {
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
        const reading: ReadingEntity = await manager.save(
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
        readingIds.set(r.file, { id: reading.id, text: acceptReadingText(r.text) });
      }
      for (const d of content.debates) {
        const inserted = await manager.insert(DebateEntity, {
          seminarId: seminar.id,
          motion: d.motion,
          description: '',
          proLabel: d.sides[0],
          conLabel: d.sides[1],
          status: DebateStatus.OPEN,
          moderationMode: ModerationMode.OPEN,
          slowModeSeconds: 0,
          createdBy: owner.id,
          clientId: null,
        });
        debateIds.push(inserted.identifiers[0].id as string);
      }
      return people;
    });
    await this.seedArgument(people, readingIds, debateIds);
    this.logger.log(
      `Seeded the demo seminar "${content.seminar.name}" (sign in as ${DEMO_ACCOUNTS[2].email} / ${DEMO_PASSWORD}).`,
    );
  }

  /**
   * Opens both motions with claims that cite real passages, through the same services members use,
   * so the demo data obeys every rule (anchoring in code points, evidence checks, events).
   */
  private async seedArgument(
    people: UserEntity[],
    readings: Map<string, { id: string; text: string }>,
    debateIds: string[],
  ): Promise<void> {
    const viewers = people.map((p) =>
      viewerFor({ userId: p.id, sessionId: 'demo-seed', email: p.email, displayName: p.displayName }),
    );
    for (const [d, claims] of DEMO_DEBATE_CLAIMS.entries()) {
      const created: string[] = [];
      const linked = new Set<string>();
      for (const claim of claims) {
        const reading = readings.get(claim.cites.reading);
        const index = reading?.text.indexOf(claim.cites.passage) ?? -1;
        if (!reading || index < 0) throw new Error(`Demo passage not found: "${claim.cites.passage}"`);
        const start = codePointLength(reading.text.slice(0, index));
        const annotation = await this.annotations.create(
          viewers[claim.by],
          Object.assign(new CreateAnnotationInput(), {
            readingId: reading.id,
            revisionNumber: 1,
            target: { start, end: start + codePointLength(claim.cites.passage), exact: claim.cites.passage },
            motivation: Motivation.highlighting,
            body: '',
            tags: claim.cites.tags,
            color: claim.stance === 'PRO' ? HighlightColor.green : HighlightColor.orange,
            visibility: Visibility.SEMINAR,
          }),
        );
        const added = await this.claims.add(
          viewers[claim.by],
          Object.assign(new AddClaimInput(), {
            debateId: debateIds[d],
            parentId: claim.answers === undefined ? undefined : created[claim.answers],
            stance: claim.stance === 'PRO' ? Stance.PRO : Stance.CON,
            body: claim.body,
            evidenceAnnotationIds: [annotation.id],
          }),
        );
        created.push(added.id);
        linked.add(reading.id);
      }
      await this.debates.linkReadings(debateIds[d], [...linked]);
      // A few impact votes, so the bars are not empty.
      for (const [i, claimId] of created.entries()) {
        await this.claims.vote(viewers[0], Object.assign(new VoteInput(), { claimId, impact: 2 + (i % 3) }));
      }
    }
  }
}
