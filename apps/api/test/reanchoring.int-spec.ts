import { readingRoom } from '@glossa/contracts';
import { EventLog } from '../src/events/event-log';
import { annotate, annotated, rangeOf } from './annotation-factories';
import { addReading, Cast, registerCast, seminarFor } from './factories';
import { outcome, startTestApp, TestApp } from './test-app';

const ORIGINAL =
  'The components of human security are not new. Victimization and impunity are as old as time, infectious diseases as old as the plague. ' +
  'Crime, drugs and terrorism are age-old phenomena. What is new is globalization, the extent to which our fates have become intertwined.';

const REVISE = `mutation($input: ReviseReadingInput!) { reviseReading(input: $input) { revisionNumber } }`;
const ANNOTATIONS = `query($id: ID!) { reading(id: $id) {
  annotations { edges { node { id anchorStatus anchorScore revisionNumber target { exact start end } } } }
  orphanedAnnotations { id anchorStatus revisionNumber target { exact } } } }`;

type Node = {
  id: string;
  anchorStatus: string;
  anchorScore: number;
  revisionNumber: number;
  target: { exact: string; start: number; end: number };
};

describe('re-anchoring annotations when a reading is revised', () => {
  let api: TestApp;
  let cast: Cast;
  let seminarId: string;

  beforeAll(async () => {
    api = await startTestApp();
    cast = await registerCast(api);
    seminarId = (await seminarFor(api, cast)).id;
  });
  afterAll(() => api.close());

  const annotations = async (readingId: string) => {
    const result = await api.gql<{
      reading: { annotations: { edges: Array<{ node: Node }> }; orphanedAnnotations: Node[] };
    }>(ANNOTATIONS, { id: readingId }, cast.OWNER.token);
    return {
      all: new Map(result.data!.reading.annotations.edges.map((e) => [e.node.id, e.node])),
      orphans: result.data!.reading.orphanedAnnotations,
    };
  };

  it('moves, repairs or orphans every annotation in the revision’s transaction, and says so in the event', async () => {
    const reading = { id: (await addReading(api, seminarId, cast.OWNER, ORIGINAL)).id, text: ORIGINAL };
    const moved = await annotated(api, cast.MEMBER, reading, 'infectious diseases as old as the plague');
    const typo = await annotated(api, cast.MEMBER, reading, 'Crime, drugs and terrorism are age-old phenomena');
    const doomed = await annotated(api, cast.MEMBER, reading, 'What is new is globalization', {
      visibility: 'PRIVATE',
    });

    const revised =
      'Introduction added by the editor. ' +
      ORIGINAL.replace('Crime, drugs and terrorism are age-old', 'Crime, drugs, and terrorism are age old').replace(
        ' What is new is globalization, the extent to which our fates have become intertwined.',
        '',
      );
    const result = await api.gql(
      REVISE,
      { input: { readingId: reading.id, text: revised, note: 'Edited' } },
      cast.OWNER.token,
    );
    expect(outcome(result)).toBe('OK');

    const { all, orphans } = await annotations(reading.id);
    expect(all.get(moved.id)).toMatchObject({
      anchorStatus: 'exact',
      revisionNumber: 2,
      target: {
        ...rangeOf(revised, 'infectious diseases as old as the plague'),
      },
    });
    expect(all.get(typo.id)).toMatchObject({
      anchorStatus: 'fuzzy',
      revisionNumber: 2,
      target: { exact: 'Crime, drugs, and terrorism are age old phenomena' },
    });
    expect(all.get(typo.id)!.anchorScore).toBeLessThan(1);
    // The private orphan is its author's to see, not the owner's.
    expect(orphans.map((o) => o.id)).not.toContain(doomed.id);
    const mine = await api.gql<{ reading: { orphanedAnnotations: Node[] } }>(
      ANNOTATIONS,
      { id: reading.id },
      cast.MEMBER.token,
    );
    expect(mine.data!.reading.orphanedAnnotations).toEqual([
      { id: doomed.id, anchorStatus: 'orphaned', revisionNumber: 1, target: { exact: 'What is new is globalization' } },
    ]);

    const events = await api.app.get(EventLog).since(readingRoom(reading.id), 0);
    const event = events.find((e) => e.type === 'reading.revised')!;
    expect(event.payload).toMatchObject({ revisionNumber: 2, reanchored: { exact: 1, fuzzy: 1, orphaned: 1 } });
  });

  it('re-anchors an annotation made against the previous revision to the current one', async () => {
    const reading = { id: (await addReading(api, seminarId, cast.OWNER, ORIGINAL)).id, text: ORIGINAL };
    await api.gql(
      REVISE,
      { input: { readingId: reading.id, text: 'A new opening sentence. ' + ORIGINAL } },
      cast.OWNER.token,
    );
    const late = await annotated(api, cast.MEMBER, reading, 'as old as time');
    expect(late).toMatchObject({
      revisionNumber: 2,
      anchorStatus: 'exact',
      target: { exact: 'as old as time', start: rangeOf(ORIGINAL, 'as old as time').start + 24 },
    });
  });

  it('refuses with CONFLICT an annotation on words the current revision no longer has', async () => {
    const reading = { id: (await addReading(api, seminarId, cast.OWNER, ORIGINAL)).id, text: ORIGINAL };
    await api.gql(
      REVISE,
      {
        input: {
          readingId: reading.id,
          text: ORIGINAL.replace('Crime, drugs and terrorism are age-old phenomena. ', ''),
        },
      },
      cast.OWNER.token,
    );
    const result = await annotate(api, cast.MEMBER, reading, 'Crime, drugs and terrorism are age-old phenomena');
    expect(outcome(result)).toBe('CONFLICT');
    expect(result.errors?.[0].extensions?.currentRevision).toBe(2);
  });

  it('finds an orphan again when a later revision restores its words', async () => {
    const reading = { id: (await addReading(api, seminarId, cast.OWNER, ORIGINAL)).id, text: ORIGINAL };
    const a = await annotated(api, cast.MEMBER, reading, 'Crime, drugs and terrorism are age-old phenomena');
    await api.gql(
      REVISE,
      {
        input: {
          readingId: reading.id,
          text: ORIGINAL.replace('Crime, drugs and terrorism are age-old phenomena. ', ''),
        },
      },
      cast.OWNER.token,
    );
    expect((await annotations(reading.id)).all.get(a.id)?.anchorStatus).toBe('orphaned');
    await api.gql(REVISE, { input: { readingId: reading.id, text: ORIGINAL } }, cast.OWNER.token);
    expect((await annotations(reading.id)).all.get(a.id)).toMatchObject({ anchorStatus: 'exact', revisionNumber: 3 });
  });
});
