import { readingRoom } from '@glossa/contracts';
import { DataSource } from 'typeorm';
import { EventLog } from '../src/events/event-log';
import { loadConfig } from '../src/config/app-config';
import { JobQueue } from '../src/jobs/job-queue';
import { annotated, rangeOf } from './annotation-factories';
import { makeReadingPdf, pageParagraphs } from './document-factories';
import { addReading, Cast, registerCast, seminarFor } from './factories';
import { outcome, startTestApp, TestApp } from './test-app';

const ORIGINAL =
  'The components of human security are not new. Victimization and impunity are as old as time, infectious diseases as old as the plague. ' +
  'Crime, drugs and terrorism are age-old phenomena. What is new is globalization, the extent to which our fates have become intertwined.';
const REVISED =
  'Introduction added by the editor. ' +
  ORIGINAL.replace('Crime, drugs and terrorism are age-old', 'Crime, drugs, and terrorism are age old').replace(
    ' What is new is globalization, the extent to which our fates have become intertwined.',
    '',
  );

const PREVIEW = `query($input: PreviewRevisionInput!) { previewReadingRevision(input: $input) {
  readingId baseRevision exact fuzzy orphaned unlisted
  changed { status newExact annotation { id target { exact } author { displayName } } } } }`;
const REVISE = `mutation($input: ReviseReadingInput!) { reviseReading(input: $input) { revisionNumber } }`;
const STATE = `query($id: ID!) { reading(id: $id) { revisionNumber
  annotations(first: 100) { edges { node { id anchorStatus revisionNumber orphanDismissed target { exact start end } } } }
  orphanedAnnotations { id orphanDismissed } } }`;
const REATTACH = `mutation($input: ReattachAnnotationInput!) { reattachAnnotation(input: $input) {
  id anchorStatus revisionNumber target { exact start end } } }`;
const DISMISS = `mutation($input: AnnotationRefInput!) { dismissOrphanedAnnotation(input: $input) { id orphanDismissed } }`;

interface Preview {
  readingId: string;
  baseRevision: number;
  exact: number;
  fuzzy: number;
  orphaned: number;
  unlisted: number;
  changed: Array<{
    status: string;
    newExact: string | null;
    annotation: { id: string; target: { exact: string }; author: { displayName: string } };
  }>;
}

interface State {
  reading: {
    revisionNumber: number;
    annotations: {
      edges: Array<{
        node: { id: string; anchorStatus: string; revisionNumber: number; target: { exact: string; start: number } };
      }>;
    };
    orphanedAnnotations: Array<{ id: string; orphanDismissed: boolean }>;
  };
}

describe('revising a reading with a preview, and reviewing its orphans', () => {
  let api: TestApp;
  let cast: Cast;
  let seminarId: string;

  beforeAll(async () => {
    // The tests work the queue themselves (JobQueue.drain), so they decide when conversions happen.
    api = await startTestApp({ documents: { ...loadConfig({}).documents, runJobs: false } });
    cast = await registerCast(api);
    seminarId = (await seminarFor(api, cast)).id;
  });
  afterAll(() => api.close());

  const state = async (readingId: string) =>
    (await api.gql<State>(STATE, { id: readingId }, cast.OWNER.token)).data!.reading;

  /** A reading with a fuzzy-to-be comment by the member, an orphan-to-be by the member and a private orphan-to-be. */
  async function annotatedReading() {
    const reading = { id: (await addReading(api, seminarId, cast.OWNER, ORIGINAL)).id, text: ORIGINAL };
    const kept = await annotated(api, cast.MEMBER, reading, 'infectious diseases as old as the plague');
    const typo = await annotated(api, cast.MEMBER, reading, 'Crime, drugs and terrorism are age-old phenomena');
    const doomed = await annotated(api, cast.MEMBER, reading, 'What is new is globalization');
    const secret = await annotated(api, cast.MEMBER, reading, 'our fates have become intertwined', {
      visibility: 'PRIVATE',
    });
    return { reading, kept, typo, doomed, secret };
  }

  it('previews what a revision would do, writes nothing, and the revision then does exactly that', async () => {
    const { reading, kept, typo, doomed, secret } = await annotatedReading();
    const before = await state(reading.id);
    const result = await api.gql<{ previewReadingRevision: Preview }>(
      PREVIEW,
      { input: { readingId: reading.id, text: REVISED } },
      cast.MODERATOR.token,
    );
    expect(outcome(result)).toBe('OK');
    const preview = result.data!.previewReadingRevision;
    expect(preview).toMatchObject({ readingId: reading.id, baseRevision: 1, exact: 1, fuzzy: 1, orphaned: 2 });
    // The member's private annotation is counted, never shown: no quote, no author.
    expect(preview.unlisted).toBe(1);
    expect(preview.changed.map((c) => [c.annotation.id, c.status])).toEqual([
      [doomed.id, 'orphaned'],
      [typo.id, 'fuzzy'],
    ]);
    expect(JSON.stringify(preview)).not.toContain(secret.id);
    expect(JSON.stringify(preview)).not.toContain('intertwined');
    expect(preview.changed[0].annotation).toMatchObject({
      target: { exact: 'What is new is globalization' },
      author: { displayName: 'Member' },
    });
    expect(preview.changed[1].newExact).toBe('Crime, drugs, and terrorism are age old phenomena');
    expect(await state(reading.id)).toEqual(before);

    const revised = await api.gql(
      REVISE,
      { input: { readingId: reading.id, text: REVISED, note: 'Edited', baseRevision: preview.baseRevision } },
      cast.MODERATOR.token,
    );
    expect(outcome(revised)).toBe('OK');
    const after = new Map((await state(reading.id)).annotations.edges.map((e) => [e.node.id, e.node.anchorStatus]));
    expect(after.get(kept.id)).toBe('exact');
    expect(after.get(typo.id)).toBe('fuzzy');
    expect(after.get(doomed.id)).toBe('orphaned');
    const events = await api.app.get(EventLog).since(readingRoom(reading.id), 0);
    expect(events.find((e) => e.type === 'reading.revised')!.payload).toMatchObject({
      reanchored: { exact: preview.exact, fuzzy: preview.fuzzy, orphaned: preview.orphaned },
    });
  });

  it('lists the reviser’s own private annotations, and refuses a preview to members and outsiders', async () => {
    const reading = { id: (await addReading(api, seminarId, cast.OWNER, ORIGINAL)).id, text: ORIGINAL };
    const mine = await annotated(api, cast.OWNER, reading, 'What is new is globalization', { visibility: 'PRIVATE' });
    const asOwner = await api.gql<{ previewReadingRevision: Preview }>(
      PREVIEW,
      { input: { readingId: reading.id, text: REVISED } },
      cast.OWNER.token,
    );
    expect(asOwner.data!.previewReadingRevision.changed.map((c) => c.annotation.id)).toEqual([mine.id]);
    expect(asOwner.data!.previewReadingRevision.unlisted).toBe(0);
    const asMember = await api.gql(PREVIEW, { input: { readingId: reading.id, text: REVISED } }, cast.MEMBER.token);
    expect(outcome(asMember)).toBe('FORBIDDEN');
    const asOutsider = await api.gql(PREVIEW, { input: { readingId: reading.id, text: REVISED } }, cast.NON_MEMBER.token);
    expect(outcome(asOutsider)).toBe('NOT_FOUND');
    const empty = await api.gql(PREVIEW, { input: { readingId: reading.id, text: '  ' } }, cast.OWNER.token);
    expect(outcome(empty)).toBe('BAD_USER_INPUT');
  });

  it('refuses to save a previewed text with CONFLICT when another revision came first', async () => {
    const reading = { id: (await addReading(api, seminarId, cast.OWNER, ORIGINAL)).id, text: ORIGINAL };
    const preview = await api.gql<{ previewReadingRevision: Preview }>(
      PREVIEW,
      { input: { readingId: reading.id, text: REVISED } },
      cast.OWNER.token,
    );
    const base = preview.data!.previewReadingRevision.baseRevision;
    await api.gql(REVISE, { input: { readingId: reading.id, text: `${ORIGINAL} Later.` } }, cast.MODERATOR.token);
    const stale = await api.gql(
      REVISE,
      { input: { readingId: reading.id, text: REVISED, baseRevision: base } },
      cast.OWNER.token,
    );
    expect(outcome(stale)).toBe('CONFLICT');
    expect((await state(reading.id)).revisionNumber).toBe(2);
  });

  it('lets the author re-attach an orphan to newly selected words, telling the reading’s room', async () => {
    const { reading, doomed } = await annotatedReading();
    await api.gql(REVISE, { input: { readingId: reading.id, text: REVISED } }, cast.OWNER.token);
    const target = rangeOf(REVISED, 'Introduction added by the editor');
    const asOtherMember = await api.gql(
      REATTACH,
      { input: { annotationId: doomed.id, revisionNumber: 2, target } },
      cast.OBSERVER.token,
    );
    expect(outcome(asOtherMember)).toBe('FORBIDDEN');
    const wrongWords = await api.gql(
      REATTACH,
      { input: { annotationId: doomed.id, revisionNumber: 2, target: { ...target, exact: 'Something else' } } },
      cast.MEMBER.token,
    );
    expect(outcome(wrongWords)).toBe('BAD_USER_INPUT');

    const result = await api.gql<{ reattachAnnotation: { anchorStatus: string; revisionNumber: number } }>(
      REATTACH,
      { input: { annotationId: doomed.id, revisionNumber: 2, target } },
      cast.MEMBER.token,
    );
    expect(outcome(result)).toBe('OK');
    expect(result.data!.reattachAnnotation).toMatchObject({
      anchorStatus: 'exact',
      revisionNumber: 2,
      target: { exact: 'Introduction added by the editor', start: target.start, end: target.end },
    });
    const now = await state(reading.id);
    expect(now.orphanedAnnotations.map((o) => o.id)).not.toContain(doomed.id);
    const events = await api.app.get(EventLog).since(readingRoom(reading.id), 0);
    const updated = events.filter((e) => e.type === 'annotation.updated').at(-1)!;
    expect(updated.payload).toMatchObject({
      annotation: { id: doomed.id, anchorStatus: 'exact', authorName: 'Member', target: { start: target.start } },
    });
    // Attached again: nothing left to review.
    const again = await api.gql(
      REATTACH,
      { input: { annotationId: doomed.id, revisionNumber: 2, target } },
      cast.MEMBER.token,
    );
    expect(outcome(again)).toBe('CONFLICT');
  });

  it('lets a moderator dismiss an orphan from the review list, recorded, and never reach a private one', async () => {
    const { reading, doomed, secret } = await annotatedReading();
    await api.gql(REVISE, { input: { readingId: reading.id, text: REVISED } }, cast.OWNER.token);
    const listed = (await state(reading.id)).orphanedAnnotations.map((o) => o.id);
    expect(listed).toContain(doomed.id);

    const dismissed = await api.gql<{ dismissOrphanedAnnotation: { orphanDismissed: boolean } }>(
      DISMISS,
      { input: { annotationId: doomed.id } },
      cast.MODERATOR.token,
    );
    expect(dismissed.data!.dismissOrphanedAnnotation.orphanDismissed).toBe(true);
    expect((await state(reading.id)).orphanedAnnotations.map((o) => o.id)).not.toContain(doomed.id);
    const rows: Array<{ by: string }> = await api.app
      .get(DataSource)
      .query(`SELECT orphan_dismissed_by AS by FROM annotations WHERE id = $1`, [doomed.id]);
    expect(rows[0].by).toBe(cast.MODERATOR.id);
    // Dismissing again changes nothing.
    expect(outcome(await api.gql(DISMISS, { input: { annotationId: doomed.id } }, cast.MODERATOR.token))).toBe('OK');

    expect(outcome(await api.gql(DISMISS, { input: { annotationId: secret.id } }, cast.MODERATOR.token))).toBe(
      'NOT_FOUND',
    );
    expect(outcome(await api.gql(DISMISS, { input: { annotationId: secret.id } }, cast.MEMBER.token))).toBe('OK');
  });

  describe('from an uploaded file', () => {
    const UPLOAD_STATUS = `query($id: ID!) { documentUpload(id: $id) { status } }`;
    const SAVE = `mutation($input: SaveUploadedReadingInput!) { saveUploadedReading(input: $input) { readingId } }`;
    const PREVIEW_UPLOAD = `query($input: PreviewUploadedRevisionInput!) { previewUploadedRevision(input: $input) {
      baseRevision exact fuzzy orphaned changed { status annotation { id } } } }`;
    const REVISE_UPLOAD = `mutation($input: ReviseReadingFromUploadInput!) { reviseReadingFromUpload(input: $input) {
      revisionNumber currentRevision { text pages { number label start end } } original { filename } } }`;
    const PAGE_OF = `query($id: ID!) { annotation(id: $id) { anchorStatus revisionNumber target { exact } page { number label } } }`;

    async function uploaded(bytes: Buffer, filename: string): Promise<string> {
      const response = await fetch(
        `${api.url}/documents/upload?seminarId=${seminarId}&filename=${encodeURIComponent(filename)}`,
        {
          method: 'POST',
          body: new Uint8Array(bytes),
          headers: { authorization: `Bearer ${cast.OWNER.token}`, 'content-type': 'application/octet-stream' },
        },
      );
      const { id } = (await response.json()) as { id: string };
      return id;
    }

    async function convertedUpload(bytes: Buffer, filename: string): Promise<string> {
      const id = await uploaded(bytes, filename);
      await api.app.get(JobQueue).drain();
      const seen = await api.gql<{ documentUpload: { status: string } }>(UPLOAD_STATUS, { id }, cast.OWNER.token);
      expect(seen.data!.documentUpload.status).toBe('CONVERTED');
      return id;
    }

    // Three PDFs go through the durable conversion job: at a load average of 22 a minute was not enough.
    it('previews and saves a revised PDF as the next revision; annotations follow their words and say their page', async () => {
      const first = await convertedUpload(await makeReadingPdf({ pages: 4, firstLabel: 11 }), 'slow.pdf');
      const saved = await api.gql<{ saveUploadedReading: { readingId: string } }>(
        SAVE,
        { input: { uploadId: first, title: 'Reading Slowly' } },
        cast.OWNER.token,
      );
      const readingId = saved.data!.saveUploadedReading.readingId;
      const text = (
        await api.gql<{ reading: { currentRevision: { text: string } } }>(
          `query($id: ID!) { reading(id: $id) { currentRevision { text } } }`,
          { id: readingId },
          cast.MEMBER.token,
        )
      ).data!.reading.currentRevision.text;
      const onThird = await annotated(api, cast.MEMBER, { id: readingId, text }, pageParagraphs(3)[0]);
      const onFourth = await annotated(api, cast.MEMBER, { id: readingId, text }, pageParagraphs(4)[0].split(' speaks')[0]);
      const before = await api.gql(PAGE_OF, { id: onThird.id }, cast.MEMBER.token);
      expect(before.data).toMatchObject({ annotation: { page: { number: 3, label: '13' } } });

      // The revised PDF starts at page 10 and lost its last page.
      const second = await convertedUpload(await makeReadingPdf({ pages: 3, firstLabel: 10 }), 'slow-2.pdf');
      const preview = await api.gql<{ previewUploadedRevision: { orphaned: number; exact: number } }>(
        PREVIEW_UPLOAD,
        { input: { uploadId: second, readingId } },
        cast.OWNER.token,
      );
      expect(outcome(preview)).toBe('OK');
      expect(preview.data!.previewUploadedRevision).toMatchObject({
        baseRevision: 1,
        exact: 1,
        orphaned: 1,
        changed: [{ status: 'orphaned', annotation: { id: onFourth.id } }],
      });
      expect(outcome(await api.gql(PREVIEW_UPLOAD, { input: { uploadId: second, readingId } }, cast.MEMBER.token))).toBe(
        'FORBIDDEN',
      );

      const input = { uploadId: second, readingId, note: 'Second printing', baseRevision: 1 };
      const revised = await api.gql<{
        reviseReadingFromUpload: { revisionNumber: number; currentRevision: { pages: Array<{ label: string }> } };
      }>(REVISE_UPLOAD, { input }, cast.OWNER.token);
      expect(outcome(revised)).toBe('OK');
      expect(revised.data!.reviseReadingFromUpload).toMatchObject({
        revisionNumber: 2,
        original: { filename: 'slow-2.pdf' },
      });
      expect(revised.data!.reviseReadingFromUpload.currentRevision.pages.map((p) => p.label)).toEqual(['10', '11', '12']);
      const after = await api.gql(PAGE_OF, { id: onThird.id }, cast.MEMBER.token);
      expect(after.data).toMatchObject({
        annotation: { anchorStatus: 'exact', revisionNumber: 2, page: { number: 3, label: '12' } },
      });
      // The W3C export carries the page as the original's PDF fragment, refined by the quote.
      const exported = await api.gql<{ exportAnnotations: { content: string } }>(
        `query($input: ExportAnnotationsInput!) { exportAnnotations(input: $input) { content } }`,
        { input: { readingId, format: 'WEB_ANNOTATION' } },
        cast.MEMBER.token,
      );
      const items = (
        JSON.parse(exported.data!.exportAnnotations.content) as {
          first: { items: Array<{ id: string; target: { selector: Array<Record<string, unknown>> } }> };
        }
      ).first.items;
      const onPage3 = items.find((i) => i.id.endsWith(onThird.id))!;
      expect(onPage3.target.selector).toContainEqual(
        expect.objectContaining({
          type: 'FragmentSelector',
          conformsTo: 'http://tools.ietf.org/rfc/rfc3778',
          value: 'page=3',
          refinedBy: expect.objectContaining({ type: 'TextQuoteSelector', exact: pageParagraphs(3)[0] }),
        }),
      );
      // The orphan keeps the page of the revision it was last found in.
      const orphan = await api.gql(PAGE_OF, { id: onFourth.id }, cast.MEMBER.token);
      expect(orphan.data).toMatchObject({ annotation: { anchorStatus: 'orphaned', page: { label: '14' } } });

      // A retry answers with the same revision; a stale base is a CONFLICT.
      const retry = await api.gql<{ reviseReadingFromUpload: { revisionNumber: number } }>(
        REVISE_UPLOAD,
        { input },
        cast.OWNER.token,
      );
      expect(retry.data!.reviseReadingFromUpload.revisionNumber).toBe(2);
      const third = await convertedUpload(await makeReadingPdf({ pages: 3, revised: true }), 'slow-3.pdf');
      const stale = await api.gql(
        REVISE_UPLOAD,
        { input: { uploadId: third, readingId, baseRevision: 1 } },
        cast.OWNER.token,
      );
      expect(outcome(stale)).toBe('CONFLICT');
    }, 150_000);

    it('refuses an upload still converting, and one already waiting to become a new reading', async () => {
      const readingId = (await addReading(api, seminarId, cast.OWNER, ORIGINAL)).id;
      const converting = await uploaded(Buffer.from('# New\n\nA new version of the text.\n'), 'new.md');
      const early = await api.gql(PREVIEW_UPLOAD, { input: { uploadId: converting, readingId } }, cast.OWNER.token);
      expect(outcome(early)).toBe('BAD_USER_INPUT');
      await api.gql(SAVE, { input: { uploadId: converting, title: 'Its own reading' } }, cast.OWNER.token);
      const taken = await api.gql(
        REVISE_UPLOAD,
        { input: { uploadId: converting, readingId } },
        cast.OWNER.token,
      );
      expect(outcome(taken)).toBe('CONFLICT');
      await api.app.get(JobQueue).drain();
    });
  });
});
