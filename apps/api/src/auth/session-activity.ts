import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** How often one session's "last seen" is written at most: a list of sessions needs minutes, not milliseconds. */
const TOUCH_EVERY_MS = 60_000;
/** Beyond this many sessions remembered, the memory of recent touches starts afresh. */
const MAX_REMEMBERED = 10_000;

/** Where a request came from, as a person would recognise their device in their list of sessions. */
export interface SessionDevice {
  userAgent: string | null;
  address: string | null;
}

/**
 * Records which device a session is used from and when it was last seen (docs/accounts.md). Written
 * at most once a minute per session and instance, so the requests of a busy reader cost no writes.
 */
@Injectable()
export class SessionActivity {
  private readonly touched = new Map<string, number>();

  constructor(private readonly dataSource: DataSource) {}

  async touch(sessionId: string, device: SessionDevice): Promise<void> {
    const now = Date.now();
    const last = this.touched.get(sessionId);
    if (last !== undefined && now - last < TOUCH_EVERY_MS) return;
    if (this.touched.size >= MAX_REMEMBERED) this.touched.clear();
    this.touched.set(sessionId, now);
    await this.dataSource.query(
      `UPDATE sessions SET last_seen_at = now(), user_agent = coalesce($2, user_agent), address = coalesce($3, address)
        WHERE id = $1`,
      [sessionId, device.userAgent?.slice(0, 400) ?? null, device.address],
    );
  }
}

/** The device of an HTTP request. */
export function deviceOf(req: { headers: Record<string, unknown>; ip?: string }): SessionDevice {
  const agent = req.headers['user-agent'];
  return { userAgent: typeof agent === 'string' && agent ? agent : null, address: req.ip ?? null };
}
