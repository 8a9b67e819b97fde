import { useQuery } from 'urql';
import { graphql } from '../../gql';
import styles from './Groups.module.css';

const MyGroupDocument = graphql(`
  query MyGroup($seminarId: ID!) {
    myGroup(seminarId: $seminarId) {
      id
      name
      memberCount
    }
  }
`);

export function useMyGroup(seminarId: string) {
  const [result] = useQuery({ query: MyGroupDocument, variables: { seminarId }, requestPolicy: 'cache-and-network' });
  return { group: result.data?.myGroup ?? null, ready: result.data !== undefined };
}

const people = (n: number) => (n === 1 ? '1 member' : `${n} members`);

/** On the seminar page, for members: the group they are in, or that they are in none. */
export function MyGroupLine({ seminarId }: { seminarId: string }) {
  const { group, ready } = useMyGroup(seminarId);
  if (!ready) return null;
  return (
    <p className={styles.myGroup}>
      {group
        ? `Your group: ${group.name} (${people(group.memberCount)}).`
        : 'You are in no group: on readings set in groups you see only the leaders’ posts and your own.'}
    </p>
  );
}

/** Beside an assignment set in groups: whose posts the viewer sees on its reading. */
export function InGroupsNote({ seminarId, leads }: { seminarId: string; leads: boolean }) {
  const { group, ready } = useMyGroup(seminarId);
  if (leads) return <> · in groups (you see every group)</>;
  if (!ready) return <> · in groups</>;
  return group ? (
    <> · in groups: you see {group.name}’s posts</>
  ) : (
    <> · in groups: you are in none, so you see the leaders’ posts</>
  );
}
