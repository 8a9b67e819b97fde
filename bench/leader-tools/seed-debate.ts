import { Client } from 'pg';
import { Rng } from '../annotations/rng';

export interface DebateSeed {
  claims: number;
  evidence: number;
  votes: number;
  hiddenAnnotations: number;
  hiddenReplies: number;
}

/**
 * What the reading-view seed does not write and the leader tools count: a debate's claims (PRO and
 * CON, some answering others) citing shared passages, impact votes by members, and moderation — a
 * few annotations and replies hidden, so the visibility rule has something to leave out.
 */
export async function seedDebateAndModeration(
  db: Client,
  ids: { seminarId: string; readingId: string; debateId: string },
  counts: { claims: number },
  rng: Rng,
): Promise<DebateSeed> {
  const people: string[] = (
    await db.query<{ user_id: string }>('SELECT user_id FROM memberships WHERE seminar_id = $1 ORDER BY user_id', [
      ids.seminarId,
    ])
  ).rows.map((r) => r.user_id);
  const shared: string[] = (
    await db.query<{ id: string }>(
      `SELECT id FROM annotations WHERE reading_id = $1 AND visibility = 'SEMINAR' ORDER BY id`,
      [ids.readingId],
    )
  ).rows.map((r) => r.id);
  const claims = Array.from({ length: counts.claims }, (_, i) => ({
    id: rng.uuid(),
    thread_id: rng.uuid(),
    author_id: rng.pick(people),
    stance: rng.next() < 0.5 ? 'PRO' : 'CON',
    body: `Claim ${i + 1}: the passage shows it.`,
  }));
  await db.query(
    `WITH c AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, thread_id uuid, author_id uuid, stance text, body text)),
     t AS (INSERT INTO threads (id, seminar_id, subject_type, subject_id, room)
           SELECT thread_id, $2::uuid, 'claim', id, 'debate:' || $3::text FROM c)
     INSERT INTO claims (id, debate_id, seminar_id, stance, author_id, body, body_html, thread_id)
     SELECT id, $3::uuid, $2::uuid, stance, author_id, body, '<p>' || body || '</p>', thread_id FROM c`,
    [JSON.stringify(claims), ids.seminarId, ids.debateId],
  );
  const evidence = new Map<string, { claim_id: string; annotation_id: string; created_by: string }>();
  for (const claim of claims)
    for (let n = rng.int(1, 3); n > 0; n -= 1) {
      const annotation = rng.pick(shared);
      evidence.set(`${claim.id}:${annotation}`, {
        claim_id: claim.id,
        annotation_id: annotation,
        created_by: claim.author_id,
      });
    }
  await db.query(
    `INSERT INTO claim_evidence (claim_id, annotation_id, created_by)
     SELECT claim_id, annotation_id, created_by FROM jsonb_to_recordset($1::jsonb) AS r(claim_id uuid, annotation_id uuid, created_by uuid)`,
    [JSON.stringify([...evidence.values()])],
  );
  const votes = new Map<string, { claim_id: string; user_id: string; impact: number }>();
  for (let i = 0; i < counts.claims * 10; i += 1) {
    const vote = { claim_id: rng.pick(claims).id, user_id: rng.pick(people), impact: rng.int(0, 4) };
    votes.set(`${vote.claim_id}:${vote.user_id}`, vote);
  }
  await db.query(
    `INSERT INTO votes (claim_id, user_id, impact)
     SELECT claim_id, user_id, impact FROM jsonb_to_recordset($1::jsonb) AS r(claim_id uuid, user_id uuid, impact int)`,
    [JSON.stringify([...votes.values()])],
  );
  const hiddenAnnotations =
    (
      await db.query(
        `UPDATE annotations SET moderation = 'HIDDEN' WHERE reading_id = $1 AND visibility = 'SEMINAR' AND abs(hashtext(id::text)) % 33 = 0`,
        [ids.readingId],
      )
    ).rowCount ?? 0;
  const hiddenReplies =
    (
      await db.query(
        `UPDATE comments SET moderation = 'HIDDEN' WHERE seminar_id = $1 AND abs(hashtext(id::text)) % 50 = 0`,
        [ids.seminarId],
      )
    ).rowCount ?? 0;
  await db.query('ANALYZE');
  return { claims: claims.length, evidence: evidence.size, votes: votes.size, hiddenAnnotations, hiddenReplies };
}
