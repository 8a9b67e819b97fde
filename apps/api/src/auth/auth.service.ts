import { userRoom } from '@glossa/contracts';
import { EventLog } from '../events/event-log';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { isUniqueViolation, TransactionRunner } from '../database/transaction-runner';
import { ConflictError, UnauthenticatedError } from '../errors/glossa-error';
import type { SessionDevice } from './session-activity';
import type { SessionIdentity } from './viewer';
import { RegisterInput } from './dto/register.input';
import { SignInInput } from './dto/sign-in.input';
import { PasswordHasher } from './password-hasher';
import { RecentSessions } from './recent-sessions';
import { SessionEntity } from './session.entity';
import { SignInThrottle } from './sign-in-throttle';
import { UserEntity } from './user.entity';

export interface IssuedSession {
  viewer: SessionIdentity;
  token: string;
  expiresAt: Date;
}

interface SessionClaims {
  sub: string;
  sid: string;
}

@Injectable()
export class AuthService {
  private readonly recentSessions: RecentSessions;
  /** Spent on unknown emails too, so response time does not reveal which accounts exist. */
  private readonly decoyHash: Promise<string>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly jwt: JwtService,
    private readonly throttle: SignInThrottle,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: EventLog,
    private readonly passwords: PasswordHasher,
  ) {
    this.recentSessions = new RecentSessions(config.sessionRecheckSeconds * 1000);
    this.decoyHash = passwords.hash('decoy password that matches nothing');
  }

  async register(input: RegisterInput): Promise<IssuedSession> {
    const email = input.email.trim().toLowerCase();
    const passwordHash = await this.passwords.hash(input.password);
    try {
      return await this.transactions.run(async ({ manager }) => {
        const user = await manager.save(
          manager.create(UserEntity, { email, displayName: input.displayName.trim(), passwordHash }),
        );
        return this.openSession(user, manager);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_key'))
        throw new ConflictError('An account with this email already exists.');
      throw error;
    }
  }

  async signIn(input: SignInInput, address: string): Promise<IssuedSession> {
    const email = input.email.trim().toLowerCase();
    // Only here, after validation: input refused before a password is checked never counts.
    const attempt = await this.throttle.begin(email, address);
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('lower(u.email) = :email', { email })
      .getOne();
    const valid = user
      ? await this.passwords.verify(user.passwordHash, input.password)
      : await this.passwords.verify(await this.decoyHash, input.password).then(() => false);
    if (!user || !valid) {
      await this.throttle.failed(attempt);
      throw new UnauthenticatedError('The email or password is not right.');
    }
    await this.throttle.succeeded(attempt);
    return this.transactions.run(({ manager }) => this.openSession(user, manager));
  }

  async signOut(viewer: SessionIdentity): Promise<void> {
    await this.transactions.run(async (tx) => {
      await tx.manager.update(SessionEntity, { id: viewer.sessionId }, { revokedAt: () => 'now()' });
      await this.events.append(
        tx,
        userRoom(viewer.userId),
        'session.ended',
        { sessionId: viewer.sessionId },
        viewer.userId,
      );
    });
    this.forgetSession(viewer.sessionId);
  }

  /** Takes an ended session out of the recent ones (here at sign-out; on other instances when told). */
  forgetSession(sessionId: string): void {
    this.recentSessions.forget(sessionId);
  }

  /** The viewer a token belongs to, or null when it is forged, expired, or its session was ended. */
  async authenticate(token: string, device?: SessionDevice): Promise<SessionIdentity | null> {
    let claims: SessionClaims;
    try {
      claims = await this.jwt.verifyAsync<SessionClaims>(token);
    } catch {
      return null;
    }
    const recent = this.recentSessions.get(claims.sid, claims.sub);
    if (recent) return recent;
    // Plain SQL: this runs for most requests, and the query builder cost more than the query. The
    // same statement notes, at most once a minute, that the session was seen and from where
    // (docs/accounts.md, "Sessions"), so its owner's list of sessions costs requests nothing more.
    const rows: Array<SessionIdentity & { expiresAt: Date }> = await this.dataSource.query(
      `WITH found AS (
         SELECT u.id AS "userId", u.email, u.display_name AS "displayName", s.id AS "sessionId",
                s.expires_at AS "expiresAt", s.last_seen_at
           FROM sessions s JOIN users u ON u.id = s.user_id
          WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now()),
       seen AS (
         UPDATE sessions SET last_seen_at = now(), user_agent = coalesce($3, user_agent), address = coalesce($4, address)
          WHERE id IN (SELECT "sessionId" FROM found WHERE last_seen_at IS NULL OR last_seen_at < now() - interval '1 minute'))
       SELECT "userId", email, "displayName", "sessionId", "expiresAt" FROM found`,
      [claims.sid, claims.sub, device?.userAgent ?? null, device?.address ?? null],
    );
    if (!rows[0]) return null;
    const { expiresAt, ...viewer } = rows[0];
    this.recentSessions.remember(viewer, expiresAt);
    return viewer;
  }

  private async openSession(user: UserEntity, manager: import('typeorm').EntityManager): Promise<IssuedSession> {
    const expiresAt = new Date(Date.now() + this.config.sessionTtlSeconds * 1000);
    const session = await manager.save(manager.create(SessionEntity, { userId: user.id, expiresAt, revokedAt: null }));
    const token = await this.jwt.signAsync({ sub: user.id, sid: session.id } satisfies SessionClaims, {
      expiresIn: this.config.sessionTtlSeconds,
    });
    return {
      viewer: { userId: user.id, sessionId: session.id, email: user.email, displayName: user.displayName },
      token,
      expiresAt,
    };
  }
}
