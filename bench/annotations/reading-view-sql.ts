import { Pool } from 'pg';

const KINDS = ['AGREE', 'DISAGREE', 'INSIGHTFUL', 'SAME_QUESTION'] as const;
const FIRST_REPLIES = 20;

type Reactions = Array<{ kind: string; count: number; mine: boolean }>;

interface AnnotationRow {
  id: string;
  reading_id: string;
  thread_id: string;
  revision_number: number;
  motivation: string;
  body: string;
  body_html: string;
  tags: string[];
  color: string;
  visibility: string;
  quote_exact: string;
  quote_prefix: string;
  quote_suffix: string;
  position_start: number;
  position_end: number;
  anchor_status: string;
  anchor_score: number;
  created_at: Date;
  edited_at: Date | null;
  deleted_at: Date | null;
  moderation: string;
  author_id: string;
  author_name: string;
  reply_count: number;
  locked: boolean;
  reactions: Reactions | null;
}

interface ReplyRow {
  id: string;
  thread_id: string;
  parent_id: string | null;
  depth: number;
  body: string;
  body_html: string;
  created_at: Date;
  edited_at: Date | null;
  deleted_at: Date | null;
  moderation: string;
  author_id: string;
  author_name: string;
  reactions: Reactions | null;
}

interface CitationRow {
  annotation_id: string;
  id: string;
  stance: string;
}

/** How many statements `fetchReadingView` sends. */
export const RAW_STATEMENTS = 6;

/** The privacy and moderation rules of the API (annotation-audience.ts, moderation-state.ts), by hand. */
const MODERATION_VISIBLE = (alias: string) =>
  `(${alias}.moderation IN ('VISIBLE', 'REMOVED') OR ${alias}.author_id = $2 OR ${alias}.seminar_id IN
     (SELECT m.seminar_id FROM memberships m WHERE m.user_id = $2 AND m.role IN ('OWNER', 'MODERATOR')))`;

/**
 * The reading view fetched by hand with raw `pg`, the baseline of bench:reading-view: the same rows
 * and joins the GraphQL query needs (session, reading and membership, current text, annotations
 * the viewer may see with authors, reply counts and reactions, the first 20 replies of each thread
 * with authors and reactions, the claims citing each passage) in six statements. `assemble` builds the same nested document.
 */
export async function fetchReadingView(pool: Pool, readingId: string, sessionId: string) {
  const client = await pool.connect();
  try {
    const [viewer] = (
      await client.query(
        `SELECT u.id, u.display_name FROM sessions s JOIN users u ON u.id = s.user_id
          WHERE s.id = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`,
        [sessionId],
      )
    ).rows as Array<{ id: string }>;
    const [reading] = (
      await client.query(
        `SELECT r.id, r.title, r.current_revision_number, m.role FROM readings r
           JOIN memberships m ON m.seminar_id = r.seminar_id AND m.user_id = $2 WHERE r.id = $1`,
        [readingId, viewer.id],
      )
    ).rows as Array<{ id: string; title: string; current_revision_number: number }>;
    const [revision] = (
      await client.query('SELECT id, number, text FROM reading_revisions WHERE reading_id = $1 AND number = $2', [
        readingId,
        reading.current_revision_number,
      ])
    ).rows as Array<{ id: string; number: number; text: string }>;
    const annotations = (
      await client.query(
        `SELECT a.*, u.display_name AS author_name,
                (SELECT count(*)::int FROM comments c
                  WHERE c.thread_id = a.thread_id AND c.deleted_at IS NULL AND c.moderation = 'VISIBLE') AS reply_count,
                (SELECT t.locked_at IS NOT NULL FROM threads t WHERE t.id = a.thread_id) AS locked,
                (SELECT json_agg(json_build_object('kind', r.kind, 'count', r.count, 'mine', r.mine))
                   FROM (SELECT kind, count(*)::int AS count, bool_or(user_id = $2) AS mine FROM reactions
                          WHERE subject_type = 'annotation' AND subject_id = a.id GROUP BY kind) r) AS reactions
           FROM annotations a JOIN users u ON u.id = a.author_id
          WHERE a.reading_id = $1 AND (a.visibility = 'SEMINAR' OR a.author_id = $2) AND ${MODERATION_VISIBLE('a')}
            AND (a.deleted_at IS NULL OR EXISTS (SELECT 1 FROM comments c WHERE c.thread_id = a.thread_id AND c.deleted_at IS NULL))
          ORDER BY a.position_start, a.id LIMIT 5001`,
        [readingId, viewer.id],
      )
    ).rows as AnnotationRow[];
    const replies = (
      await client.query(
        `SELECT c.*, u.display_name AS author_name,
                (SELECT json_agg(json_build_object('kind', r.kind, 'count', r.count, 'mine', r.mine))
                   FROM (SELECT kind, count(*)::int AS count, bool_or(user_id = $2) AS mine FROM reactions
                          WHERE subject_type = 'comment' AND subject_id = c.id GROUP BY kind) r) AS reactions
           FROM (SELECT x.*, row_number() OVER (PARTITION BY x.thread_id ORDER BY x.created_at, x.id) AS n
                   FROM comments x WHERE x.thread_id = ANY($1::uuid[]) AND ${MODERATION_VISIBLE('x')}) c
           JOIN users u ON u.id = c.author_id
          WHERE c.n <= ${FIRST_REPLIES + 1}
          ORDER BY c.created_at, c.id`,
        [annotations.map((a) => a.thread_id), viewer.id],
      )
    ).rows as ReplyRow[];
    const citations = (
      await client.query(
        `SELECT e.annotation_id, c.id, c.stance FROM claim_evidence e JOIN claims c ON c.id = e.claim_id
          WHERE e.annotation_id = ANY($1::uuid[]) AND c.deleted_at IS NULL AND ${MODERATION_VISIBLE('c')}
          ORDER BY c.created_at, c.id`,
        [annotations.map((a) => a.id), viewer.id],
      )
    ).rows as CitationRow[];
    return { viewer, reading, revision, annotations, replies, citations };
  } finally {
    client.release();
  }
}

/** The nested document the GraphQL query answers, built from the rows (as a hand-written endpoint would). */
export function assemble(fetched: Awaited<ReturnType<typeof fetchReadingView>>) {
  const { reading, revision } = fetched;
  const byThread = new Map<string, ReplyRow[]>();
  for (const reply of fetched.replies) byThread.set(reply.thread_id, [...(byThread.get(reply.thread_id) ?? []), reply]);
  const citedBy = new Map<string, Array<{ id: string; stance: string }>>();
  for (const c of fetched.citations)
    citedBy.set(c.annotation_id, [...(citedBy.get(c.annotation_id) ?? []), { id: c.id, stance: c.stance }]);
  const rows = fetched.annotations.slice(0, 5000);
  return {
    reading: {
      id: reading.id,
      title: reading.title,
      revisionNumber: reading.current_revision_number,
      currentRevision: { id: revision.id, number: revision.number, text: revision.text },
      annotations: {
        edges: rows.map((a) => {
          const thread = byThread.get(a.thread_id) ?? [];
          const page = thread.slice(0, FIRST_REPLIES);
          const silenced = a.deleted_at !== null || a.moderation === 'REMOVED';
          return {
            node: {
              id: a.id,
              readingId: a.reading_id,
              threadId: a.thread_id,
              revisionNumber: a.revision_number,
              motivation: a.motivation,
              body: silenced ? '' : a.body,
              bodyHtml: silenced ? '' : a.body_html,
              tags: silenced ? [] : a.tags,
              color: a.color,
              visibility: a.visibility,
              target: {
                exact: a.quote_exact,
                prefix: a.quote_prefix,
                suffix: a.quote_suffix,
                start: a.position_start,
                end: a.position_end,
              },
              anchorStatus: a.anchor_status,
              anchorScore: a.anchor_score,
              createdAt: a.created_at.toISOString(),
              editedAt: a.edited_at?.toISOString() ?? null,
              deleted: a.deleted_at !== null,
              author: { id: a.author_id, displayName: a.author_name },
              replyCount: a.reply_count,
              locked: a.locked,
              reactions: givenKinds(a.reactions),
              citedBy: citedBy.get(a.id) ?? [],
              replies: {
                edges: page.map((r) => ({
                  node: {
                    id: r.id,
                    threadId: r.thread_id,
                    parentId: r.parent_id,
                    depth: r.depth,
                    body: r.deleted_at !== null || r.moderation === 'REMOVED' ? '' : r.body,
                    bodyHtml: r.deleted_at !== null || r.moderation === 'REMOVED' ? '' : r.body_html,
                    createdAt: r.created_at.toISOString(),
                    editedAt: r.edited_at?.toISOString() ?? null,
                    deleted: r.deleted_at !== null,
                    author: { id: r.author_id, displayName: r.author_name },
                    reactions: givenKinds(r.reactions),
                  },
                })),
                pageInfo: { hasNextPage: thread.length > FIRST_REPLIES, endCursor: page.at(-1)?.id ?? null },
              },
            },
          };
        }),
        pageInfo: { hasNextPage: fetched.annotations.length > 5000, endCursor: rows.at(-1)?.id ?? null },
      },
    },
  };
}

/** The kinds someone gave, in the API's order (agree, disagree, insightful, same question). */
function givenKinds(found: Reactions | null): Reactions {
  return KINDS.flatMap((kind) => found?.filter((r) => r.kind === kind) ?? []);
}
