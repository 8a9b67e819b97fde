import { DataSource } from 'typeorm';
import { annotated } from './annotation-factories';
import { Cast, registerCast, seminarFor, TestUser } from './factories';
import { GraphQLResult, outcome, startTestApp, TestApp } from './test-app';

const TEXT =
  'Human security puts people first. Victimization and impunity are as old as time. ' +
  'The Security Council must weigh sovereignty against intervention.';
/** The same reading after a revision that cut a sentence: an annotation on it becomes an orphan. */
const CUT = TEXT.replace('Victimization and impunity are as old as time. ', '');

const FIGURES = `orphaned { sourceId quote } attributedToImporter { sourceId originalAuthor }
  authorsMatched { userId displayName posts } unmatchedReadings { iri title annotations } skipped { sourceId reason }`;
const PREVIEW = `query($input: PreviewAnnotationImportInput!) {
  previewAnnotationImport(input: $input) { format annotationsToImport repliesToImport duplicatesToSkip ${FIGURES} }
}`;
const IMPORT = `mutation($input: ImportAnnotationsInput!) {
  importAnnotations(input: $input) { format annotationsImported repliesImported duplicatesSkipped ${FIGURES} }
}`;

interface Figures {
  format: string;
  orphaned: unknown[];
  attributedToImporter: unknown[];
  authorsMatched: Array<{ userId: string; displayName: string; posts: number }>;
  unmatchedReadings: unknown[];
  skipped: unknown[];
}
type Preview = Figures & { annotationsToImport: number; repliesToImport: number; duplicatesToSkip: number };
type Report = Figures & { annotationsImported: number; repliesImported: number; duplicatesSkipped: number };

describe('previewing an import', () => {
  let api: TestApp;
  let cast: Cast;
  let file: string;

  const data = <T>(result: GraphQLResult<T>): T => {
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };
  const preview = async (user: TestUser, input: Record<string, unknown>) =>
    data(await api.gql<{ previewAnnotationImport: Preview }>(PREVIEW, { input }, user.token)).previewAnnotationImport;
  const importFile = async (user: TestUser, input: Record<string, unknown>, clientId: string) =>
    data(await api.gql<{ importAnnotations: Report }>(IMPORT, { input: { ...input, clientId } }, user.token))
      .importAnnotations;
  /** A seminar of the same cast holding the reading, cut by one sentence. */
  const destination = async () => {
    const seminar = await seminarFor(api, cast);
    const added = data(
      await api.gql<{ addReading: { id: string } }>(
        `mutation($input: AddReadingInput!) { addReading(input: $input) { id } }`,
        { input: { seminarId: seminar.id, title: 'Human Security', text: CUT } },
        cast.OWNER.token,
      ),
    );
    return { seminarId: seminar.id, readingId: added.addReading.id };
  };
  /** Rows that any import into this seminar would have written. */
  const written = async (seminarId: string) => {
    const db = api.app.get(DataSource);
    const [row]: Array<{ imports: number; annotations: number; posts: number }> = await db.query(
      `SELECT (SELECT count(*)::int FROM annotation_imports WHERE seminar_id = $1) AS imports,
              (SELECT count(*)::int FROM annotations WHERE seminar_id = $1) AS annotations,
              (SELECT count(*)::int FROM imported_posts WHERE seminar_id = $1) AS posts`,
      [seminarId],
    );
    return row;
  };

  beforeAll(async () => {
    api = await startTestApp();
    cast = await registerCast(api);
    const home = await seminarFor(api, cast);
    const added = data(
      await api.gql<{ addReading: { id: string } }>(
        `mutation($input: AddReadingInput!) { addReading(input: $input) { id } }`,
        { input: { seminarId: home.id, title: 'Human Security', text: TEXT } },
        cast.OWNER.token,
      ),
    );
    const reading = { id: added.addReading.id, text: TEXT };
    const comment = await annotated(api, cast.MEMBER, reading, 'Human security puts people first');
    await annotated(api, cast.MODERATOR, reading, 'as old as time', { body: 'Older still.' });
    await annotated(api, cast.OWNER, reading, 'weigh sovereignty', { motivation: 'questioning', body: 'Who weighs?' });
    data(
      await api.gql(
        `mutation($i: ReplyInput!) { reply(input: $i) { id } }`,
        { i: { threadId: comment.threadId, body: 'And communities.' } },
        cast.MODERATOR.token,
      ),
    );
    file = data(
      await api.gql<{ exportAnnotations: { content: string } }>(
        `query($input: ExportAnnotationsInput!) { exportAnnotations(input: $input) { content } }`,
        { input: { readingId: reading.id, format: 'WEB_ANNOTATION' } },
        cast.OWNER.token,
      ),
    ).exportAnnotations.content;
  });
  afterAll(() => api.close());

  it('writes nothing, and its figures are those the import then reports', async () => {
    const into = await destination();
    const input = { seminarId: into.seminarId, document: file };
    const before = await preview(cast.OWNER, input);
    expect(await written(into.seminarId)).toEqual({ imports: 0, annotations: 0, posts: 0 });
    expect(before).toMatchObject({ format: 'WEB_ANNOTATION', annotationsToImport: 3, repliesToImport: 1 });
    expect(before.orphaned).toEqual([expect.objectContaining({ quote: 'as old as time' })]);
    expect(before.authorsMatched.map((a) => [a.displayName, a.posts]).sort()).toEqual([
      ['Member', 1],
      ['Moderator', 2],
      ['Owner', 1],
    ]);

    const report = await importFile(cast.OWNER, input, 'preview-then-import-1');
    const { annotationsToImport, repliesToImport, duplicatesToSkip, ...figures } = before;
    expect(report).toEqual({
      ...figures,
      annotationsImported: annotationsToImport,
      repliesImported: repliesToImport,
      duplicatesSkipped: duplicatesToSkip,
    });
    // Previewed again, everything is already there.
    expect(await preview(cast.OWNER, input)).toMatchObject({
      annotationsToImport: 0,
      repliesToImport: 0,
      duplicatesToSkip: 4,
    });
  });

  it('shows a member that what others wrote will be theirs, with the original authors noted', async () => {
    const into = await destination();
    const input = { seminarId: into.seminarId, document: file };
    const before = await preview(cast.MEMBER, input);
    expect(before.authorsMatched).toEqual([{ userId: cast.MEMBER.id, displayName: 'Member', posts: 1 }]);
    expect(before.attributedToImporter).toHaveLength(3);
    const report = await importFile(cast.MEMBER, input, 'preview-then-import-2');
    expect(report.attributedToImporter).toEqual(before.attributedToImporter);
    expect(report.authorsMatched).toEqual(before.authorsMatched);
  });

  it('refuses a file that is not an export, and observers, as the import does', async () => {
    const into = await destination();
    const bad = await api.gql(PREVIEW, { input: { seminarId: into.seminarId, document: 'not json' } }, cast.OWNER.token);
    expect(outcome(bad)).toBe('BAD_USER_INPUT');
    const observer = await api.gql(
      PREVIEW,
      { input: { seminarId: into.seminarId, document: file } },
      cast.OBSERVER.token,
    );
    expect(outcome(observer)).toBe('FORBIDDEN');
    expect(await written(into.seminarId)).toEqual({ imports: 0, annotations: 0, posts: 0 });
  });
});
