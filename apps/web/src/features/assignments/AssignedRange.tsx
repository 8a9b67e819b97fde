import { useQuery } from 'urql';
import { rangeLabel, readingPassages } from './assignment-passages';
import { AssignmentPassagesDocument } from './PassageRangeField';

/** Which passages an assignment on part of a reading covers, as the leader picked them. */
export function AssignedRange({ readingId, start, end }: { readingId: string; start: number; end: number }) {
  const [result] = useQuery({ query: AssignmentPassagesDocument, variables: { id: readingId } });
  const revision = result.data?.reading?.currentRevision;
  const label = revision
    ? rangeLabel(readingPassages(revision.text, revision.blocks), start, end)
    : 'Part of the reading';
  return <span data-assigned-range="">{label}</span>;
}
