import { Client } from 'pg';
import { renderMarkdown } from '../../apps/api/src/posts/markdown';
import { drawColor, drawTags, PassageDrawer } from './reading-fixture';
import { Rng } from './rng';

export interface SeedSize {
  annotations: number;
  replies: number;
  members: number;
  reactions: number;
}

export interface Seeded {
  /** Annotations the viewer may see (others' private ones excluded). */
  visibleAnnotations: number;
  /** The annotations every member may see (and cite). */
  sharedAnnotationIds: string[];
}

const KINDS = ['AGREE', 'DISAGREE', 'INSIGHTFUL', 'SAME_QUESTION'];

/**
 * Bulk-inserts a seminar's worth of discussion on one reading with SQL (as the API would have
 * written it: a thread per annotation, replies nested under replies, reactions): seeded, so every
 * run reads the same data. A few annotations are private to members other than the viewer.
 */
export async function seedReadingView(
  db: Client,
  ids: { seminarId: string; readingId: string; viewerId: string; text: string },
  size: SeedSize,
  rng: Rng,
): Promise<Seeded> {
  const drawer = new PassageDrawer(ids.text);
  const members = Array.from({ length: size.members }, () => rng.uuid());
  await insert(
    db,
    `INSERT INTO users (id, email, display_name, password_hash)
     SELECT id, email, display_name, 'not a hash' FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, email text, display_name text)`,
    members.map((id, i) => ({
      id,
      email: `member${i}.${id.slice(0, 8)}@bench.glossa`,
      display_name: `Member ${i + 1}`,
    })),
  );
  await insert(
    db,
    `INSERT INTO memberships (seminar_id, user_id, role) SELECT seminar_id, user_id, 'MEMBER'
       FROM jsonb_to_recordset($1::jsonb) AS r(seminar_id uuid, user_id uuid)`,
    members.map((id) => ({ seminar_id: ids.seminarId, user_id: id })),
  );
  const people = [ids.viewerId, ...members];
  const now = Date.now();
  const month = 30 * 24 * 3600 * 1000;

  const annotations = Array.from({ length: size.annotations }, () => {
    const passage = drawer.draw(rng);
    const roll = rng.next();
    const motivation = roll < 0.3 ? 'highlighting' : roll < 0.8 ? 'commenting' : 'questioning';
    const author = rng.next() < 0.1 ? ids.viewerId : rng.pick(members);
    const privacy = rng.next();
    return {
      id: rng.uuid(),
      thread_id: rng.uuid(),
      author_id: author,
      motivation,
      body: motivation === 'highlighting' ? '' : drawer.sentence(rng, rng.int(8, 60)),
      tags: drawTags(rng),
      color: drawColor(rng),
      visibility: privacy < 0.05 ? 'PRIVATE' : 'SEMINAR',
      quote_exact: passage.exact,
      quote_prefix: passage.prefix,
      quote_suffix: passage.suffix,
      position_start: passage.start,
      position_end: passage.end,
      created_at: new Date(now - month + rng.next() * month * 0.5).toISOString(),
    };
  });
  await insert(
    db,
    `INSERT INTO threads (id, seminar_id, subject_type, subject_id, room, private_to)
     SELECT thread_id, $2, 'annotation', id, CASE WHEN visibility = 'PRIVATE' THEN 'user:' || author_id ELSE 'reading:' || $3 END,
            CASE WHEN visibility = 'PRIVATE' THEN author_id END
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, thread_id uuid, author_id uuid, visibility text)`,
    annotations,
    [ids.seminarId, ids.readingId],
  );
  await insert(
    db,
    `INSERT INTO annotations (id, seminar_id, reading_id, thread_id, revision_number, author_id, motivation, body,
       body_html, tags, color, visibility, quote_exact, quote_prefix, quote_suffix, position_start, position_end,
       anchor_status, anchor_score, created_at, updated_at)
     SELECT id, $2, $3, thread_id, 1, author_id, motivation, body, body_html, tags, color, visibility, quote_exact,
            quote_prefix, quote_suffix, position_start, position_end, 'exact', 1, created_at, created_at
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, thread_id uuid, author_id uuid, motivation text, body text,
         body_html text, tags text[], color text, visibility text, quote_exact text, quote_prefix text, quote_suffix text,
         position_start int, position_end int, created_at timestamptz)`,
    annotations.map((a) => ({ ...a, body_html: renderMarkdown(a.body) })),
    [ids.seminarId, ids.readingId],
  );

  // Replies: most threads get a few, some get many (more than the first page of 20); a reply often
  // answers an earlier reply of its thread. Only the private thread's author talks in it.
  const hot = annotations.filter((a) => a.visibility === 'SEMINAR').slice(0, 100);
  const byThread = new Map<string, Array<{ id: string; depth: number; at: number }>>();
  const replies = Array.from({ length: size.replies }, () => {
    const annotation = rng.next() < 0.3 ? rng.pick(hot) : rng.pick(annotations);
    const siblings = byThread.get(annotation.thread_id) ?? [];
    const parent = siblings.length > 0 && rng.next() < 0.4 ? rng.pick(siblings) : null;
    const after = parent?.at ?? Date.parse(annotation.created_at);
    const at = after + rng.int(60_000, 3 * 24 * 3600 * 1000);
    const reply = {
      id: rng.uuid(),
      thread_id: annotation.thread_id,
      parent_id: parent?.id ?? null,
      depth: parent ? parent.depth + 1 : 0,
      author_id: annotation.visibility === 'PRIVATE' ? annotation.author_id : rng.pick(people),
      body: drawer.sentence(rng, rng.int(5, 40)),
      created_at: new Date(at).toISOString(),
      deleted_at: rng.next() < 0.02 ? new Date(at + 1000).toISOString() : null,
    };
    byThread.set(annotation.thread_id, [...siblings, { id: reply.id, depth: reply.depth, at }]);
    return reply;
  });
  // Parents first, so every parent_id refers to a row already inserted.
  replies.sort((a, b) => a.depth - b.depth);
  await insert(
    db,
    `INSERT INTO comments (id, thread_id, seminar_id, parent_id, depth, author_id, body, body_html, created_at,
       updated_at, deleted_at)
     SELECT id, thread_id, $2, parent_id, depth, author_id, body, body_html, created_at, created_at, deleted_at
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, thread_id uuid, parent_id uuid, depth int, author_id uuid,
         body text, body_html text, created_at timestamptz, deleted_at timestamptz)`,
    replies.map((r) => ({ ...r, body_html: renderMarkdown(r.body) })),
    [ids.seminarId],
  );

  const reactions = Array.from({ length: size.reactions }, () => {
    const onAnnotation = rng.next() < 0.5;
    return {
      subject_type: onAnnotation ? 'annotation' : 'comment',
      subject_id: onAnnotation ? rng.pick(annotations).id : rng.pick(replies).id,
      user_id: rng.pick(people),
      kind: rng.pick(KINDS),
    };
  });
  await insert(
    db,
    `INSERT INTO reactions (subject_type, subject_id, user_id, kind)
     SELECT subject_type, subject_id, user_id, kind
       FROM jsonb_to_recordset($1::jsonb) AS r(subject_type text, subject_id uuid, user_id uuid, kind text)
     ON CONFLICT DO NOTHING`,
    reactions,
  );
  await db.query('ANALYZE');
  return {
    visibleAnnotations: annotations.filter((a) => a.visibility === 'SEMINAR' || a.author_id === ids.viewerId).length,
    sharedAnnotationIds: annotations.filter((a) => a.visibility === 'SEMINAR').map((a) => a.id),
  };
}

/** Inserts rows in chunks of 2,000 (one JSON parameter each). */
async function insert(db: Client, sql: string, rows: readonly object[], extra: unknown[] = []): Promise<void> {
  for (let i = 0; i < rows.length; i += 2000) await db.query(sql, [JSON.stringify(rows.slice(i, i + 2000)), ...extra]);
}
