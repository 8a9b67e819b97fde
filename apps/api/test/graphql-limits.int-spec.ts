import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLObjectType, GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { NEST_PROPERTY_RESOLVER, withPropertyReadsInlined } from '../src/graphql/compiled-query-gateway';
import { registerUser } from './factories';
import { outcome, startTestApp, TestApp } from './test-app';

describe('the GraphQL endpoint', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('serves exactly the committed schema.gql (UPDATE_SCHEMA=1 rewrites it)', async () => {
    const printed = printSchema(lexicographicSortSchema(api.app.get(GraphQLSchemaHost).schema)) + '\n';
    const file = join(__dirname, '..', 'schema.gql');
    if (process.env.UPDATE_SCHEMA === '1') await writeFile(file, printed);
    expect(printed).toBe(await readFile(file, 'utf8'));
  });

  it('compiles queries with plain fields read inline and field resolvers kept', () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const annotation = (type: GraphQLSchema) => type.getType('Annotation') as GraphQLObjectType;
    // NestJS's own property resolver is on the served schema (if it is renamed, this says so)…
    expect(annotation(schema).getFields().body.resolve?.name).toBe(NEST_PROPERTY_RESOLVER);
    const compiled = withPropertyReadsInlined(schema);
    // …and gone from the compiled one, where Glossa's field resolvers stay.
    expect(annotation(compiled).getFields().body.resolve).toBeUndefined();
    expect(annotation(compiled).getFields().author.resolve).toBeInstanceOf(Function);
    expect(annotation(compiled).getFields().replies.resolve).toBeInstanceOf(Function);
  });

  it('refuses a query nested deeper than the limit', async () => {
    const user = await registerUser(api);
    // Today's schema has no cycles, so the nesting itself is what the limit must catch.
    let selection = 'id';
    for (let i = 0; i < 5; i++) selection = `seminars { edges { node { ${selection} } } }`;
    const result = await api.gql(`{ ${selection} }`, {}, user.token);
    expect(outcome(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.map((e) => e.message).join('\n')).toMatch(/exceeds maximum operation depth/);
  });

  it('refuses a query whose estimated cost is too high', async () => {
    const user = await registerUser(api);
    const result = await api.gql(
      `{ seminars(first: 100) { edges { node { readings(first: 100) { edges { node { annotations(first: 5000) { edges { node { id } } } } } } } } } }`,
      {},
      user.token,
    );
    expect(outcome(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(/too expensive/);
  });

  it('refuses a cross-site "simple" request that would carry the session cookie (CSRF)', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    expect(response.status).toBe(400);
    await expect(response.text()).resolves.toMatch(/CSRF/i);
  });

  it('answers a malformed query with BAD_USER_INPUT', async () => {
    expect(outcome(await api.gql(`{ seminars { `))).toBe('BAD_USER_INPUT');
  });

  it('reports the database on /health', async () => {
    const response = await fetch(`${api.url}/health`);
    expect(response.status).toBe(200);
    await expect(response.json()).resolves.toMatchObject({ status: 'ok', database: { status: 'up' } });
  });
});
