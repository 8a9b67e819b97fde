import type { NestExpressApplication } from '@nestjs/platform-express';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/bootstrap';
import { loadConfig } from '../src/config/app-config';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/demo/demo-accounts';
import { DEMO_DEBATE_CLAIMS } from '../src/demo/demo-debate-claims';
import { embeddedDatabaseSuite } from './embedded-suite';
import { graphql, GraphQLResult } from './test-app';

/**
 * The path `npm start` takes on a fresh machine: no DATABASE_URL, so an embedded PGlite in a data
 * directory, migrated and seeded at start-up, behind a pool of exactly one connection.
 */
embeddedDatabaseSuite('the embedded PostgreSQL (PGlite)')('the embedded PostgreSQL (PGlite)', () => {
  let dataDir: string;
  let app: NestExpressApplication;
  let endpoint: string;

  const start = async () => {
    const config = { ...loadConfig({ NODE_ENV: 'test' }), dataDir, databaseUrl: null, seedDemo: 'auto' as const };
    app = await createApp(config, { logger: ['error'] });
    await app.listen(0, '127.0.0.1');
    endpoint = `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;
  };

  const signIn = async (email: string): Promise<string> => {
    const result = await graphql<{ signIn: { token: string } }>(
      endpoint,
      `
        mutation ($i: SignInInput!) {
          signIn(input: $i) {
            token
          }
        }
      `,
      { i: { email, password: DEMO_PASSWORD } },
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.signIn.token;
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'glossa-embedded-'));
    await start();
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('starts, migrates and seeds the demo seminar with its five readings and three motions', async () => {
    const token = await signIn('ama@glossa.demo');
    const result = await graphql<{
      seminars: {
        edges: Array<{
          node: { name: string; myRole: string; readings: { edges: unknown[] }; debates: { edges: unknown[] } };
        }>;
      };
    }>(
      endpoint,
      `
        {
          seminars {
            edges {
              node {
                name
                myRole
                readings {
                  edges {
                    node {
                      title
                    }
                  }
                }
                debates {
                  edges {
                    node {
                      motion
                    }
                  }
                }
              }
            }
          }
        }
      `,
      {},
      token,
    );
    const [seminar] = result.data!.seminars.edges.map((e) => e.node);
    expect(seminar.name).toBe('Human Security and the UN');
    expect(seminar.myRole).toBe('MEMBER');
    expect(seminar.readings.edges).toHaveLength(5);
    expect(seminar.debates.edges).toHaveLength(DEMO_DEBATE_CLAIMS.length);
  });

  it('opens every demo motion with claims that cite real passages, voted on by the members', async () => {
    const token = await signIn('ben@glossa.demo');
    const votesOn = new Map(DEMO_DEBATE_CLAIMS.flat().map((c) => [c.body, c.votes.length]));
    const seminars = await graphql<{
      seminars: { edges: Array<{ node: { debates: { edges: Array<{ node: { id: string } }> } } }> };
    }>(
      endpoint,
      `
        {
          seminars {
            edges {
              node {
                debates {
                  edges {
                    node {
                      id
                    }
                  }
                }
              }
            }
          }
        }
      `,
      {},
      token,
    );
    for (const { node } of seminars.data!.seminars.edges[0].node.debates.edges) {
      const debate = await graphql<{
        debate: {
          claims: Array<{
            body: string;
            stance: string;
            evidence: Array<{ anchorStatus: string; target: { exact: string } }>;
            votes: { count: number };
          }>;
        };
      }>(
        endpoint,
        `
          query ($id: ID!) {
            debate(id: $id) {
              claims {
                body
                stance
                evidence {
                  anchorStatus
                  target {
                    exact
                  }
                }
                votes {
                  count
                }
              }
            }
          }
        `,
        { id: node.id },
        token,
      );
      const claims = debate.data!.debate.claims;
      expect(claims.length).toBeGreaterThanOrEqual(3);
      expect(new Set(claims.map((c) => c.stance))).toEqual(new Set(['PRO', 'CON']));
      for (const claim of claims) {
        expect(claim.evidence).toHaveLength(1);
        expect(claim.evidence[0].anchorStatus).toBe('exact');
        expect(claim.votes.count).toBe(votesOn.get(claim.body));
      }
    }
  });

  it('answers 24 concurrent reads and writes correctly through its single connection', async () => {
    const tokens = await Promise.all(DEMO_ACCOUNTS.map((a) => signIn(a.email)));
    const owner = tokens[0];
    const seminarId = (
      await graphql<{ seminars: { edges: Array<{ node: { id: string } }> } }>(
        endpoint,
        `
          {
            seminars {
              edges {
                node {
                  id
                }
              }
            }
          }
        `,
        {},
        owner,
      )
    ).data!.seminars.edges[0].node.id;

    const writes = Array.from({ length: 12 }, (_, i) =>
      graphql<{ createSeminar: { name: string; myRole: string } }>(
        endpoint,
        `
          mutation ($i: CreateSeminarInput!) {
            createSeminar(input: $i) {
              name
              myRole
            }
          }
        `,
        { i: { name: `Parallel seminar ${i}` } },
        tokens[i % tokens.length],
      ),
    );
    const reads = Array.from({ length: 12 }, (_, i) =>
      graphql<{
        me: { email: string };
        seminar: { memberCount: number; readings: { edges: Array<{ node: { currentRevision: { text: string } } }> } };
      }>(
        endpoint,
        `
          query ($id: ID!) {
            me {
              email
            }
            seminar(id: $id) {
              memberCount
              readings {
                edges {
                  node {
                    currentRevision {
                      text
                    }
                  }
                }
              }
            }
          }
        `,
        { id: seminarId },
        tokens[i % tokens.length],
      ),
    );
    const [written, read] = await Promise.all([Promise.all(writes), Promise.all(reads)]);

    written.forEach((result: GraphQLResult<{ createSeminar: { name: string; myRole: string } }>, i) => {
      expect(result.data?.createSeminar).toEqual({ name: `Parallel seminar ${i}`, myRole: 'OWNER' });
    });
    read.forEach((result, i) => {
      expect(result.data?.me.email).toBe(DEMO_ACCOUNTS[i % DEMO_ACCOUNTS.length].email);
      expect(result.data?.seminar.memberCount).toBe(5);
      const lengths = result.data!.seminar.readings.edges.map((e) => e.node.currentRevision.text.length);
      expect(lengths).toHaveLength(5);
      expect(Math.max(...lengths)).toBeGreaterThan(50_000); // the Gilder reading
    });
  });

  it('keeps its data across a restart and does not seed twice', async () => {
    await app.close();
    await start();
    const token = await signIn('owner@glossa.demo');
    const result = await graphql<{ seminars: { edges: Array<{ node: { name: string } }> } }>(
      endpoint,
      `
        {
          seminars(first: 100) {
            edges {
              node {
                name
              }
            }
          }
        }
      `,
      {},
      token,
    );
    const names = result.data!.seminars.edges.map((e) => e.node.name);
    expect(names.filter((n) => n === 'Human Security and the UN')).toHaveLength(1);
    expect(names.filter((n) => n.startsWith('Parallel seminar')).length).toBeGreaterThan(0);
  });

  it('refuses to open a data directory another live process is using', async () => {
    const second = createApp({ ...loadConfig({ NODE_ENV: 'test' }), dataDir, databaseUrl: null }, { logger: false });
    await expect(second).rejects.toThrow(/is in use/);
  });
});
