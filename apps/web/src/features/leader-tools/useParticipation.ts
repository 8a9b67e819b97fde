import { useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { ParticipationFiguresFieldsFragment } from '../../gql/graphql';
import { errorMessage, hasErrorCode } from '../../graphql/graphql-error';
import type { ParticipationRow } from './participation-columns';

const ParticipationSeminarDocument = graphql(`
  query ParticipationSeminar($id: ID!) {
    seminar(id: $id) {
      id
      name
      myRole
      readings(first: 100) {
        edges {
          node {
            id
            title
          }
        }
      }
    }
  }
`);

export const ParticipationFiguresFields = graphql(`
  fragment ParticipationFiguresFields on ParticipationFigures {
    member {
      id
      displayName
    }
    role
    annotations
    questions
    repliesGiven
    repliesReceived
    reactionsReceived
    claims
    evidenceCited
    votes
  }
`);

const EveryonesParticipationDocument = graphql(`
  query EveryonesParticipation($seminarId: ID!, $readingId: ID) {
    participation(seminarId: $seminarId, readingId: $readingId) {
      ...ParticipationFiguresFields
    }
  }
`);

const MyParticipationDocument = graphql(`
  query MyParticipation($seminarId: ID!, $readingId: ID) {
    myParticipation(seminarId: $seminarId, readingId: $readingId) {
      ...ParticipationFiguresFields
    }
  }
`);

type Figures = ParticipationFiguresFieldsFragment;

function toRow(f: Figures): ParticipationRow {
  const { member, ...counts } = f;
  return { memberId: member.id, name: member.displayName, ...counts };
}

export type ParticipationState =
  | { status: 'loading' }
  | { status: 'not-found' }
  | { status: 'error'; message: string }
  | {
      status: 'ready';
      seminar: { id: string; name: string; readings: Array<{ id: string; title: string }> };
      /** Everyone's figures for owners and moderators; the viewer's own for anyone else. */
      scope: 'everyone' | 'mine';
      rows: ParticipationRow[];
      refreshing: boolean;
    };

/** A seminar's participation figures as the viewer may see them: everyone's, or their own. */
export function useParticipation(seminarId: string, readingId: string | null): ParticipationState {
  const [seminarResult] = useQuery({ query: ParticipationSeminarDocument, variables: { id: seminarId } });
  const seminar = seminarResult.data?.seminar ?? null;
  const leads = seminar?.myRole === 'OWNER' || seminar?.myRole === 'MODERATOR';
  const variables = { seminarId, readingId };
  const context = useMemo(() => ({ requestPolicy: 'network-only' as const }), []);
  const [everyone] = useQuery({ query: EveryonesParticipationDocument, variables, pause: !seminar || !leads, context });
  const [mine] = useQuery({ query: MyParticipationDocument, variables, pause: !seminar || leads, context });
  const figures = leads ? everyone : mine;

  if (seminarResult.error && !seminar) {
    if (hasErrorCode(seminarResult.error, 'NOT_FOUND')) return { status: 'not-found' };
    return { status: 'error', message: errorMessage(seminarResult.error) };
  }
  if (!seminar) return { status: 'loading' };
  if (figures.error) return { status: 'error', message: errorMessage(figures.error) };
  const list: Figures[] | undefined = leads
    ? everyone.data?.participation
    : mine.data?.myParticipation
      ? [mine.data.myParticipation]
      : undefined;
  if (!list) return { status: 'loading' };
  return {
    status: 'ready',
    seminar: { id: seminar.id, name: seminar.name, readings: seminar.readings.edges.map((e) => e.node) },
    scope: leads ? 'everyone' : 'mine',
    rows: list.map(toRow),
    refreshing: figures.fetching,
  };
}
