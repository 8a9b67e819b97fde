import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Where a request came from, as a person would recognise their device in their list of sessions. */
export interface SessionDevice {
  userAgent: string | null;
  address: string | null;
}

/** The longest user agent kept: enough to name any browser, too short to store abuse. */
const MAX_USER_AGENT = 400;

/**
 * Records which device a session was opened on (docs/accounts.md, "Sessions"). Later requests note
 * it too, in the session check itself (AuthService.authenticate), at most once a minute.
 */
@Injectable()
export class SessionActivity {
  constructor(private readonly dataSource: DataSource) {}

  async opened(sessionId: string, device: SessionDevice): Promise<void> {
    await this.dataSource.query(
      `UPDATE sessions SET last_seen_at = now(), user_agent = $2, address = $3 WHERE id = $1`,
      [sessionId, device.userAgent, device.address],
    );
  }
}

/** The device of an HTTP request. */
export function deviceOf(req: { headers: Record<string, unknown>; ip?: string }): SessionDevice {
  const agent = req.headers['user-agent'];
  return {
    userAgent: typeof agent === 'string' && agent ? agent.slice(0, MAX_USER_AGENT) : null,
    address: req.ip ?? null,
  };
}
