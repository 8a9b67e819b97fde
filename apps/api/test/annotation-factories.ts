import { TestUser } from './factories';
import { GraphQLResult, TestApp } from './test-app';

export const CREATE_ANNOTATION = `mutation($input: CreateAnnotationInput!) {
  createAnnotation(input: $input) { id threadId revisionNumber motivation body tags color visibility anchorStatus anchorScore target { exact prefix suffix start end } }
}`;

export interface CreatedAnnotation {
  id: string;
  threadId: string;
  revisionNumber: number;
  target: { exact: string; prefix: string; suffix: string; start: number; end: number };
  anchorStatus: string;
}

/** The code-point range of the first `phrase` in `text` (W3C positions count code points). */
export function rangeOf(text: string, phrase: string, occurrence = 1): { start: number; end: number; exact: string } {
  let index = -1;
  for (let i = 0; i < occurrence; i++) index = text.indexOf(phrase, index + 1);
  if (index < 0) throw new Error(`"${phrase}" not in text`);
  const start = [...text.slice(0, index)].length;
  return { start, end: start + [...phrase].length, exact: phrase };
}

export async function annotate(
  api: TestApp,
  user: TestUser,
  reading: { id: string; text: string },
  phrase: string,
  extra: Record<string, unknown> = {},
): Promise<GraphQLResult<{ createAnnotation: CreatedAnnotation }>> {
  return api.gql<{ createAnnotation: CreatedAnnotation }>(
    CREATE_ANNOTATION,
    {
      input: {
        readingId: reading.id,
        revisionNumber: 1,
        target: rangeOf(reading.text, phrase),
        motivation: 'commenting',
        body: 'A comment.',
        ...extra,
      },
    },
    user.token,
  );
}

export async function annotated(
  api: TestApp,
  user: TestUser,
  reading: { id: string; text: string },
  phrase: string,
  extra: Record<string, unknown> = {},
): Promise<CreatedAnnotation> {
  const result = await annotate(api, user, reading, phrase, extra);
  if (!result.data) throw new Error(`createAnnotation failed: ${JSON.stringify(result.errors)}`);
  return result.data.createAnnotation;
}
