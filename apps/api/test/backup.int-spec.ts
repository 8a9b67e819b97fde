import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { backupEmbedded, restoreEmbedded } from '../src/backups/embedded-backup';
import { annotated } from './annotation-factories';
import { addReading, createSeminar, registerUser, TEST_PASSWORD } from './factories';
import { embeddedDatabaseSuite } from './embedded-suite';
import { reportSkip } from './skip-report';
import { startTestApp, TestApp } from './test-app';

const TEXT = 'Human security means freedom from fear, freedom from want and freedom to live in dignity.';

/** Every seminar, annotation and event, as comparable rows. */
interface Contents {
  seminars: string[];
  annotations: string[];
  events: string[];
}

const CONTENTS_SQL = {
  seminars: `SELECT id || ' ' || name AS row FROM seminars ORDER BY id`,
  annotations: `SELECT id || ' ' || body || ' ' || quote_exact AS row FROM annotations ORDER BY id`,
  events: `SELECT room || ' ' || seq || ' ' || type || ' ' || payload::text AS row FROM events ORDER BY room, seq`,
};

async function contentsOf(query: (sql: string) => Promise<Array<{ row: string }>>): Promise<Contents> {
  const read = async (sql: string) => (await query(sql)).map((r) => r.row);
  return {
    seminars: await read(CONTENTS_SQL.seminars),
    annotations: await read(CONTENTS_SQL.annotations),
    events: await read(CONTENTS_SQL.events),
  };
}

const viaApp = (api: TestApp) => contentsOf((sql) => api.app.get(DataSource).query(sql));

/** Fills `api` with two seminars, readings and annotations (and so their events). */
async function fill(api: TestApp): Promise<{ email: string }> {
  const owner = await registerUser(api, 'Backed Up Owner');
  for (const name of ['Seminar kept in a backup', 'A second seminar']) {
    const seminar = await createSeminar(api, owner, name);
    const reading = await addReading(api, seminar.id, owner, TEXT);
    await annotated(api, owner, { id: reading.id, text: TEXT }, 'freedom from fear', { body: `On fear, in ${name}` });
    await annotated(api, owner, { id: reading.id, text: TEXT }, 'in dignity', { body: `On dignity, it's "quoted"` });
  }
  return { email: owner.email };
}

/** A database of its own on the test server, dropped afterwards. */
async function withFreshServerDatabase(work: (url: string) => Promise<void>): Promise<void> {
  const serverUrl = process.env.GLOSSA_TEST_DATABASE_URL!;
  const name = `glossa_restore_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    await work(url.toString());
  } finally {
    await admin.query(`DROP DATABASE ${name} WITH (FORCE)`).catch(() => admin.query(`DROP DATABASE ${name}`));
    await admin.end();
  }
}

async function serverContents(url: string): Promise<Contents> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await contentsOf(async (sql) => (await client.query<{ row: string }>(sql)).rows);
  } finally {
    await client.end();
  }
}

const onServer = process.env.GLOSSA_TEST_DATABASE_EMBEDDED !== 'true';
const hasPgTools =
  spawnSync('pg_dump', ['--version']).status === 0 && spawnSync('pg_restore', ['--version']).status === 0;

/** An embedded database of its own, filled and closed, and its backup. */
async function backedUpEmbedded(): Promise<{ original: Contents; email: string; backupFile: string }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'glossa-backed-up-'));
  const api = await startTestApp({ databaseUrl: null, dataDir });
  let original: Contents;
  let email: string;
  try {
    ({ email } = await fill(api));
    original = await viaApp(api);
  } finally {
    await api.close();
  }
  const backupFile = join(await mkdtemp(join(tmpdir(), 'glossa-backup-')), 'glossa.sql');
  await backupEmbedded(dataDir, backupFile);
  return { original, email, backupFile };
}

// These make their own embedded data directories whatever the pass, so they run on the embedded
// pass only; the server pass restores an embedded backup on the server (below).
embeddedDatabaseSuite('backups of the embedded database')('backups of the embedded database', () => {
  let original: Contents;
  let email: string;
  let backupFile: string;

  beforeAll(async () => {
    ({ original, email, backupFile } = await backedUpEmbedded());
  }, 180_000);

  it('writes a plain SQL dump with no owners, grants or PGlite-only statements', async () => {
    const sql = await readFile(backupFile, 'utf8');
    expect(sql).toContain('INSERT INTO public.seminars VALUES');
    expect(sql).not.toMatch(/OWNER TO|GRANT |pg_attver|transaction_timeout/);
    expect(original.seminars).toHaveLength(2);
    expect(original.annotations).toHaveLength(4);
    expect(original.events.length).toBeGreaterThanOrEqual(6);
  });

  it('restores into a new embedded data dir with every seminar, annotation and event, and Glossa runs on it', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'glossa-restored-'));
    await restoreEmbedded(dataDir, backupFile);
    const api = await startTestApp({ databaseUrl: null, dataDir });
    try {
      expect(await viaApp(api)).toEqual(original);
      const signedIn = await api.gql(`mutation($input: SignInInput!) { signIn(input: $input) { token } }`, {
        input: { email, password: TEST_PASSWORD },
      });
      expect(signedIn.errors).toBeUndefined();
    } finally {
      await api.close();
    }
  }, 180_000);

  it('refuses to restore over a data dir that holds a database', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'glossa-occupied-'));
    await restoreEmbedded(dataDir, backupFile);
    await expect(restoreEmbedded(dataDir, backupFile)).rejects.toThrow(/already holds a database/);
  }, 120_000);
});

if (!onServer)
  reportSkip('restoring an embedded backup on a PostgreSQL server', 'needs a PostgreSQL server: set TEST_DATABASE_URL');

(onServer ? describe : describe.skip)('an embedded backup restored on a PostgreSQL server', () => {
  it('restores on a PostgreSQL server with every seminar, annotation and event', async () => {
    const { original, backupFile } = await backedUpEmbedded();
    await withFreshServerDatabase(async (url) => {
      const client = new Client({ connectionString: url });
      await client.connect();
      try {
        // What `psql -v ON_ERROR_STOP=1 -f glossa.sql` does: run the file's statements in order.
        await client.query(await readFile(backupFile, 'utf8'));
      } finally {
        await client.end();
      }
      expect(await serverContents(url)).toEqual(original);
    });
  }, 180_000);
});

const serverSuite = onServer && hasPgTools ? describe : describe.skip;
if (!onServer)
  reportSkip('pg_dump/pg_restore of a PostgreSQL server', 'needs a PostgreSQL server: set TEST_DATABASE_URL');
else if (!hasPgTools)
  reportSkip(
    'pg_dump/pg_restore of a PostgreSQL server',
    'pg_dump and pg_restore are not installed (apt-get install postgresql-client)',
  );

serverSuite('backups of a PostgreSQL server (docs/operations.md)', () => {
  it('restores a pg_dump of the database into a fresh one with every seminar, annotation and event', async () => {
    const api = await startTestApp();
    let original: Contents;
    try {
      await fill(api);
      original = await viaApp(api);
    } finally {
      await api.close();
    }
    const file = join(await mkdtemp(join(tmpdir(), 'glossa-pgdump-')), 'glossa.dump');
    const source = process.env.GLOSSA_TEST_DATABASE_URL!;
    const dumped = spawnSync('pg_dump', ['--format=custom', '--no-owner', '--file', file, source], {
      encoding: 'utf8',
    });
    expect(dumped.stderr).toBe('');
    expect(dumped.status).toBe(0);
    await withFreshServerDatabase(async (url) => {
      const restored = spawnSync('pg_restore', ['--no-owner', '--exit-on-error', '--dbname', url, file], {
        encoding: 'utf8',
      });
      expect(restored.stderr).toBe('');
      expect(restored.status).toBe(0);
      const copy = await serverContents(url);
      expect(copy.seminars).toEqual(expect.arrayContaining(original.seminars));
      expect(copy).toEqual(await serverContents(source));
    });
  }, 120_000);
});
