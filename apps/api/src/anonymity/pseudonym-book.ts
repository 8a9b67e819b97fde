import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AnonymityScope, opaqueAuthorId, pseudonymCandidate } from './pseudonym';
import { Queryable, rows } from './queryable';

export interface Pseudonym {
  userId: string;
  name: string;
  /** The id peers see instead of the user id. */
  opaqueId: string;
}

/** Enough attempts to get past every word pair more than once; a scope never has that many members. */
const MAX_ATTEMPTS = 10_000;

/**
 * Each member's pseudonym per anonymous discussion, given out on first need and kept: stable
 * because it is stored (not only computed), collision-free because `(scope, name)` is unique — a
 * name already taken in the scope moves the newcomer to their next candidate.
 */
@Injectable()
export class PseudonymBook {
  private key: Promise<string> | null = null;

  /** The pseudonyms of `userIds` in `scope`, giving out the missing ones (people no longer there get none). */
  async ensure(db: Queryable, scope: AnonymityScope, userIds: readonly string[]): Promise<Map<string, Pseudonym>> {
    const found = new Map<string, Pseudonym>();
    const wanted = [...new Set(userIds)];
    if (wanted.length === 0) return found;
    const read = async (ids: string[]) => {
      for (const row of await rows<{ user_id: string; name: string; opaque_id: string }>(
        db,
        'SELECT user_id, name, opaque_id FROM pseudonyms WHERE scope = $1 AND user_id = ANY($2::uuid[])',
        [scope, ids],
      ))
        found.set(row.user_id, { userId: row.user_id, name: row.name, opaqueId: row.opaque_id });
    };
    await read(wanted);
    let missing = wanted.filter((id) => !found.has(id));
    if (missing.length === 0) return found;
    const present = await rows<{ id: string }>(db, 'SELECT id FROM users WHERE id = ANY($1::uuid[])', [missing]);
    missing = present.map((row) => row.id);
    const key = await this.secret(db);
    for (let attempt = 0; missing.length > 0 && attempt < MAX_ATTEMPTS; attempt++) {
      await db.query(
        `INSERT INTO pseudonyms (scope, user_id, name, opaque_id)
         SELECT $1, t.user_id, t.name, t.opaque_id FROM unnest($2::uuid[], $3::text[], $4::uuid[]) AS t(user_id, name, opaque_id)
         ON CONFLICT DO NOTHING`,
        [
          scope,
          missing,
          missing.map((id) => pseudonymCandidate(key, scope, id, attempt)),
          missing.map((id) => opaqueAuthorId(key, scope, id)),
        ],
      );
      await read(missing);
      missing = missing.filter((id) => !found.has(id));
    }
    return found;
  }

  /** Who is behind `opaqueId` in `scope`, if anyone. */
  async whoIs(db: Queryable, scope: AnonymityScope, opaqueId: string): Promise<Pseudonym | null> {
    const [row] = await rows<{ user_id: string; name: string; opaque_id: string }>(
      db,
      'SELECT user_id, name, opaque_id FROM pseudonyms WHERE scope = $1 AND opaque_id = $2::uuid',
      [scope, opaqueId],
    );
    return row ? { userId: row.user_id, name: row.name, opaqueId: row.opaque_id } : null;
  }

  /** The user ids behind the opaque ids of `scope` (ids that are none of its pseudonyms map to nothing). */
  async usersBehind(db: Queryable, scope: AnonymityScope, opaqueIds: readonly string[]): Promise<string[]> {
    if (opaqueIds.length === 0) return [];
    const found = await rows<{ user_id: string }>(
      db,
      'SELECT user_id FROM pseudonyms WHERE scope = $1 AND opaque_id = ANY($2::uuid[])',
      [scope, [...opaqueIds]],
    );
    return found.map((row) => row.user_id);
  }

  /**
   * The server's key for pseudonyms: random, made once and kept in the database, so every instance
   * proposes the same names and nobody outside can compute them from a user id.
   */
  private secret(db: Queryable): Promise<string> {
    this.key ??= (async () => {
      await db.query('INSERT INTO anonymity_keys (id, key) VALUES (1, $1) ON CONFLICT (id) DO NOTHING', [
        randomBytes(32).toString('base64url'),
      ]);
      const [row] = await rows<{ key: string }>(db, 'SELECT key FROM anonymity_keys WHERE id = 1');
      return row.key;
    })().catch((error: unknown) => {
      this.key = null;
      throw error;
    });
    return this.key;
  }
}
