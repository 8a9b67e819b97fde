import { DataSource } from 'typeorm';
import { RenderedBodies1763900500000 } from '../src/database/migrations/1763900500000-rendered-bodies';
import { renderMarkdown } from '../src/posts/markdown';
import { annotated } from './annotation-factories';
import { addClaim, createDebate } from './debate-factories';
import { addReading, createSeminar, registerUser, TestUser } from './factories';
import { startTestApp, TestApp } from './test-app';
import { createTestDatabase, TestDatabase } from './test-database';

const TEXT = 'Human security puts people first, not states.';
const FIRST = 'Read **this** <script>alert(1)</script> with [care](javascript:alert(2)).';
const EDITED = 'Now _emphasis_ and a [link](https://example.org "Example").';

/** The stored HTML of every post of each kind, by id. */
async function storedBodies(db: DataSource): Promise<Map<string, { body: string; html: string }>> {
  const rows: Array<{ id: string; body: string; body_html: string }> = await db.query(
    `SELECT id, body, body_html FROM annotations UNION ALL SELECT id, body, body_html FROM comments
     UNION ALL SELECT id, body, body_html FROM claims`,
  );
  return new Map(rows.map((r) => [r.id, { body: r.body, html: r.body_html }]));
}

describe('rendered bodies', () => {
  let database: TestDatabase;
  let api: TestApp;
  let db: DataSource;
  let owner: TestUser;
  let ids: { annotation: string; reply: string; claim: string };

  beforeAll(async () => {
    // A database of its own: the migration is taken down and up again here.
    database = await createTestDatabase();
    api = await startTestApp({ databaseUrl: database.url, databasePoolSize: database.embedded ? 1 : 3 });
    owner = await registerUser(api, 'Owner');
    const seminar = await createSeminar(api, owner);
    const reading = await addReading(api, seminar.id, owner, TEXT);
    const annotation = await annotated(api, owner, { id: reading.id, text: TEXT }, 'people first', { body: FIRST });
    const reply = await api.gql<{ reply: { id: string } }>(
      `mutation($input: ReplyInput!) { reply(input: $input) { id } }`,
      { input: { threadId: annotation.threadId, body: FIRST } },
      owner.token,
    );
    const debate = await createDebate(api, owner, seminar.id);
    const claim = await addClaim(api, owner, debate.id, { body: FIRST });
    ids = { annotation: annotation.id, reply: reply.data!.reply.id, claim: claim.id };
    db = api.app.get(DataSource);
  });
  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('stores each post rendered and sanitised when it is written, and serves that HTML', async () => {
    const stored = await storedBodies(db);
    for (const id of Object.values(ids)) {
      expect(stored.get(id)?.html).toBe(renderMarkdown(FIRST));
      expect(stored.get(id)?.html).toContain('<strong>this</strong>');
      expect(stored.get(id)?.html).not.toMatch(/<script|javascript:/);
    }
    const served = await api.gql<{ annotation: { bodyHtml: string } }>(
      `query($id: ID!) { annotation(id: $id) { bodyHtml } }`,
      { id: ids.annotation },
      owner.token,
    );
    expect(served.data?.annotation.bodyHtml).toBe(renderMarkdown(FIRST));
  });

  it('renders the body again when it is edited', async () => {
    const edits = await Promise.all([
      api.gql(
        `mutation($input: UpdateAnnotationInput!) { updateAnnotation(input: $input) { bodyHtml } }`,
        { input: { annotationId: ids.annotation, body: EDITED } },
        owner.token,
      ),
      api.gql(
        `mutation($input: EditReplyInput!) { editReply(input: $input) { bodyHtml } }`,
        { input: { replyId: ids.reply, body: EDITED } },
        owner.token,
      ),
      api.gql(
        `mutation($input: EditClaimInput!) { editClaim(input: $input) { bodyHtml } }`,
        { input: { claimId: ids.claim, body: EDITED } },
        owner.token,
      ),
    ]);
    for (const edit of edits) expect(edit.errors).toBeUndefined();
    expect(edits.map((e) => Object.values(e.data ?? {})[0])).toEqual(
      Array(3).fill({ bodyHtml: renderMarkdown(EDITED) }),
    );
    const stored = await storedBodies(db);
    for (const id of Object.values(ids)) expect(stored.get(id)?.html).toBe(renderMarkdown(EDITED));
  });

  it('renders the posts written before body_html existed when the migration runs', async () => {
    // Through the app's own connection: the embedded database serves exactly one, so a second
    // DataSource would be refused (docs/architecture.md, "Embedded mode").
    const migration = new RenderedBodies1763900500000();
    const queryRunner = db.createQueryRunner();
    try {
      await migration.down(queryRunner);
      await migration.up(queryRunner);
    } finally {
      await queryRunner.release();
    }
    const stored = await storedBodies(db);
    expect(stored.size).toBeGreaterThanOrEqual(3);
    for (const [, post] of stored) expect(post.html).toBe(renderMarkdown(post.body));
    expect(stored.get(ids.claim)?.html).toContain('<em>emphasis</em>');
  });
});
