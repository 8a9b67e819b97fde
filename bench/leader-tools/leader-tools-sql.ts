import type { Pool } from 'pg';

/**
 * The same figures as the discussion map and participation queries, written by hand against the
 * tables with raw `pg` — the baseline of bench:leader-tools. Written apart from the API's SQL (per
 * measure GROUP BYs joined together, passages as ranges), with the same rule: a post counts for the
 * viewer ($me) when it is not deleted or removed, and is theirs if private, else VISIBLE or theirs.
 */
const counted = (post: string, privateTo: string, me: string) =>
  `${post}.deleted_at IS NULL AND ${post}.moderation <> 'REMOVED'
   AND (${privateTo} = ${me} OR (${privateTo} IS NULL AND (${post}.moderation = 'VISIBLE' OR ${post}.author_id = ${me})))`;

const ANNOTATION_PRIVATE_TO = (a: string) => `(CASE WHEN ${a}.visibility = 'PRIVATE' THEN ${a}.author_id END)`;

export const MAP_SQL = `
  WITH p AS (SELECT (i - 1)::int AS passage, s AS start, lead(s) OVER (ORDER BY i) AS next
               FROM unnest($2::int[]) WITH ORDINALITY AS x(s, i)),
  a AS (SELECT a.id, a.thread_id, a.motivation, p.passage FROM annotations a
          JOIN p ON a.position_start >= p.start AND (p.next IS NULL OR a.position_start < p.next)
         WHERE a.reading_id = $1 AND a.revision_number = $4 AND a.anchor_status <> 'orphaned'
           AND ${counted('a', ANNOTATION_PRIVATE_TO('a'), '$3')}),
  r AS (SELECT a.passage, c.id FROM a JOIN comments c ON c.thread_id = a.thread_id JOIN threads t ON t.id = c.thread_id
         WHERE ${counted('c', 't.private_to', '$3')}),
  ann AS (SELECT passage, count(*)::int AS annotations, (count(*) FILTER (WHERE motivation = 'questioning'))::int AS questions FROM a GROUP BY passage),
  rep AS (SELECT passage, count(*)::int AS replies FROM r GROUP BY passage),
  dis AS (SELECT passage, count(*)::int AS n FROM (
            SELECT a.passage FROM a JOIN reactions x ON x.subject_type = 'annotation' AND x.subject_id = a.id WHERE x.kind = 'DISAGREE'
            UNION ALL
            SELECT r.passage FROM r JOIN reactions x ON x.subject_type = 'comment' AND x.subject_id = r.id WHERE x.kind = 'DISAGREE') d
          GROUP BY passage),
  cl AS (SELECT passage, (count(*) FILTER (WHERE stance = 'PRO'))::int AS pro, (count(*) FILTER (WHERE stance = 'CON'))::int AS con
           FROM (SELECT DISTINCT a.passage, k.id, k.stance FROM a JOIN claim_evidence e ON e.annotation_id = a.id
                   JOIN claims k ON k.id = e.claim_id WHERE ${counted('k', 'NULL::uuid', '$3')}) c GROUP BY passage)
  SELECT p.passage, coalesce(ann.annotations, 0) AS annotations, coalesce(ann.questions, 0) AS questions,
         coalesce(rep.replies, 0) AS replies, coalesce(dis.n, 0) AS disagree_reactions,
         coalesce(cl.pro, 0) AS pro_claims, coalesce(cl.con, 0) AS con_claims
    FROM p LEFT JOIN ann USING (passage) LEFT JOIN rep USING (passage) LEFT JOIN dis USING (passage) LEFT JOIN cl USING (passage)
   ORDER BY p.passage`;

export const PARTICIPATION_SQL = `
  WITH a AS (SELECT a.* FROM annotations a WHERE a.seminar_id = $1 AND ${counted('a', ANNOTATION_PRIVATE_TO('a'), '$2')}),
  k AS (SELECT k.* FROM claims k WHERE k.seminar_id = $1 AND ${counted('k', 'NULL::uuid', '$2')}),
  subject AS (SELECT thread_id, author_id FROM a UNION ALL SELECT thread_id, author_id FROM k),
  r AS (SELECT c.id, c.author_id, s.author_id AS subject_author FROM subject s JOIN comments c ON c.thread_id = s.thread_id
          JOIN threads t ON t.id = c.thread_id WHERE ${counted('c', 't.private_to', '$2')}),
  ann AS (SELECT author_id, count(*)::int AS n, (count(*) FILTER (WHERE motivation = 'questioning'))::int AS q FROM a GROUP BY author_id),
  given AS (SELECT author_id, count(*)::int AS n FROM r GROUP BY author_id),
  received AS (SELECT subject_author, count(*)::int AS n FROM r WHERE author_id <> subject_author GROUP BY subject_author),
  reacted AS (SELECT owner, count(*)::int AS n FROM (
                SELECT a.author_id AS owner, x.user_id FROM a JOIN reactions x ON x.subject_type = 'annotation' AND x.subject_id = a.id
                UNION ALL SELECT k.author_id, x.user_id FROM k JOIN reactions x ON x.subject_type = 'claim' AND x.subject_id = k.id
                UNION ALL SELECT r.author_id, x.user_id FROM r JOIN reactions x ON x.subject_type = 'comment' AND x.subject_id = r.id) g
              WHERE user_id <> owner GROUP BY owner),
  claimed AS (SELECT author_id, count(*)::int AS n FROM k GROUP BY author_id),
  cited AS (SELECT e.created_by, count(*)::int AS n FROM claim_evidence e JOIN k ON k.id = e.claim_id JOIN a ON a.id = e.annotation_id GROUP BY e.created_by),
  voted AS (SELECT v.user_id, count(*)::int AS n FROM votes v JOIN k ON k.id = v.claim_id GROUP BY v.user_id)
  SELECT m.user_id, u.display_name, m.role, coalesce(ann.n, 0) AS annotations, coalesce(ann.q, 0) AS questions,
         coalesce(given.n, 0) AS replies_given, coalesce(received.n, 0) AS replies_received,
         coalesce(reacted.n, 0) AS reactions_received, coalesce(claimed.n, 0) AS claims,
         coalesce(cited.n, 0) AS evidence_cited, coalesce(voted.n, 0) AS votes
    FROM memberships m JOIN users u ON u.id = m.user_id
    LEFT JOIN ann ON ann.author_id = m.user_id LEFT JOIN given ON given.author_id = m.user_id
    LEFT JOIN received ON received.subject_author = m.user_id LEFT JOIN reacted ON reacted.owner = m.user_id
    LEFT JOIN claimed ON claimed.author_id = m.user_id LEFT JOIN cited ON cited.created_by = m.user_id
    LEFT JOIN voted ON voted.user_id = m.user_id
   WHERE m.seminar_id = $1
   ORDER BY lower(u.display_name), m.user_id`;

export async function rawMap(pool: Pool, readingId: string, starts: number[], viewerId: string, revision: number) {
  return (await pool.query(MAP_SQL, [readingId, starts, viewerId, revision])).rows;
}

export async function rawParticipation(pool: Pool, seminarId: string, viewerId: string) {
  return (await pool.query(PARTICIPATION_SQL, [seminarId, viewerId])).rows;
}
