/**
 * The change the benchmark makes through GraphQL, each of which writes exactly one event to the
 * reading room. `createAnnotation` is what the issue asks for; `reviseReading` (writes
 * `reading.revised`) measures the same path where annotations are not available. Pick with
 * `--change=<name>`; adding another change is adding an entry here.
 */
export type ChangeName = 'createAnnotation' | 'reviseReading';

export interface ChangeContext {
  gql: (query: string, variables: Record<string, unknown>, token: string) => Promise<GraphQLReply>;
  readingId: string;
  /** The reading's text (revision 1). */
  text: string;
  token: string;
}

export interface GraphQLReply {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string }>;
}

export const READING_TEXT =
  'Human security puts people first: freedom from fear, freedom from want, and freedom to live in dignity.';
const PASSAGE = 'freedom from fear';

const changes: Record<ChangeName, (context: ChangeContext, i: number) => Promise<GraphQLReply>> = {
  createAnnotation: ({ gql, readingId, text, token }, i) => {
    const index = text.indexOf(PASSAGE);
    const start = [...text.slice(0, index)].length;
    return gql(
      `mutation($input: CreateAnnotationInput!) { createAnnotation(input: $input) { id } }`,
      {
        input: {
          readingId,
          revisionNumber: 1,
          target: { exact: PASSAGE, start, end: start + [...PASSAGE].length },
          motivation: 'commenting',
          body: `Benchmark comment ${i}.`,
        },
      },
      token,
    );
  },
  reviseReading: ({ gql, readingId, text, token }, i) =>
    gql(
      `mutation($input: ReviseReadingInput!) { reviseReading(input: $input) { id } }`,
      { input: { readingId, text: `${text} (${i})`, note: `benchmark ${i}` } },
      token,
    ),
};

export function isChangeName(name: string): name is ChangeName {
  return Object.prototype.hasOwnProperty.call(changes, name);
}

/** Makes change number `i`; throws with the server's message when it is refused. */
export async function makeChange(name: ChangeName, context: ChangeContext, i: number): Promise<void> {
  const reply = await changes[name](context, i);
  if (reply.errors?.length) throw new Error(`${name} failed: ${reply.errors.map((e) => e.message).join('; ')}`);
}
