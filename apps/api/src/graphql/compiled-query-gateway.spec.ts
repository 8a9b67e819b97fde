import { buildSchema, GraphQLError, OperationDefinitionNode, parse } from 'graphql';
import { compiledQueryGateway } from './compiled-query-gateway';

const schema = buildSchema(`
  enum Colour { YELLOW BLUE }
  input NoteInput { title: String!, body: String! = "", colour: Colour! = YELLOW, tags: [String!]! = [], note: String }
  type Note { title: String!, body: String!, colour: Colour!, tags: [String!]!, noteGiven: Boolean!, noteIsNull: Boolean! }
  type Query { page(first: Int! = 20): Int!, failing: Int!, plain: Int }
  type Mutation { addNote(input: NoteInput!): Note! }
`);

const resolvers: Record<string, (args: Record<string, unknown>) => unknown> = {
  page: ({ first }) => first,
  failing: () => {
    throw new Error('no extensions here');
  },
  plain: () => 1,
  addNote: ({ input }) => {
    const note = input as Record<string, unknown>;
    return { ...note, noteGiven: 'note' in note, noteIsNull: note.note === null };
  },
};
for (const type of [schema.getQueryType(), schema.getMutationType()]) {
  for (const field of Object.values(type?.getFields() ?? {})) {
    field.resolve = (_root, args) => resolvers[field.name](args);
  }
}

async function run(query: string, variables: Record<string, unknown> = {}) {
  const gateway = compiledQueryGateway(schema);
  const { executor } = await gateway.load({ apollo: { graphRef: undefined, key: undefined, keyHash: undefined } });
  const document = parse(query);
  const operation = document.definitions[0] as OperationDefinitionNode;
  const context = { document, operation, operationName: null, context: {}, request: { variables } };
  return executor?.(context as unknown as Parameters<NonNullable<typeof executor>>[0]);
}

describe('compiledQueryGateway', () => {
  it('gives omitted non-null input fields their defaults, as graphql-js does', async () => {
    const result = await run(
      'mutation($input: NoteInput!) { addNote(input: $input) { title body colour tags noteGiven noteIsNull } }',
      { input: { title: 'Sovereignty' } },
    );
    expect(result?.errors).toBeUndefined();
    expect(result?.data).toEqual({
      addNote: { title: 'Sovereignty', body: '', colour: 'YELLOW', tags: [], noteGiven: false, noteIsNull: false },
    });
  });

  it('keeps an omitted nullable field omitted and an explicit null null', async () => {
    const result = await run('mutation($input: NoteInput!) { addNote(input: $input) { noteGiven noteIsNull } }', {
      input: { title: 'R2P', note: null },
    });
    expect(result?.data).toEqual({ addNote: { noteGiven: true, noteIsNull: true } });
  });

  it('uses the default of a non-null variable that was not sent', async () => {
    const result = await run('query($first: Int! = 7) { page(first: $first) }');
    expect(result?.data).toEqual({ page: 7 });
  });

  it('refuses a bad variable with the graphql-js error Apollo reports as BAD_USER_INPUT', async () => {
    const result = await run('mutation($input: NoteInput!) { addNote(input: $input) { title } }', {
      input: { title: 'Veto', colour: 'PURPLE' },
    });
    expect(result?.data).toBeUndefined();
    expect(result?.errors?.[0]).toBeInstanceOf(GraphQLError);
    expect(result?.errors?.[0].message).toMatch(/PURPLE/);
    expect(result?.errors?.[0].nodes?.[0].kind).toBe('VariableDefinition');
  });

  it('gives resolver errors an extensions object, with the thrown error as originalError', async () => {
    const result = await run('{ plain failing }');
    const [error] = result?.errors ?? [];
    expect(error.extensions).toEqual({});
    expect(error.originalError?.message).toBe('no extensions here');
    expect(error.path).toEqual(['failing']);
    expect(error.locations).toEqual([{ line: 1, column: 9 }]);
  });
});
