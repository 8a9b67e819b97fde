import { Injectable } from '@nestjs/common';
import { liveSessionRoom } from '@glossa/contracts';
import type { Transaction } from '../database/transaction-runner';
import type { ClaimEntity } from '../debates/claim.entity';
import { EventLog } from '../events/event-log';
import { AuthorMasks } from '../anonymity/author-masks';
import { pollPayload, returned, roundEnd, roundPayload, SessionRow, spotlightPayload } from './live-rows';
import { LiveStateService } from './live-state.service';
import { summaryMarkdown } from './live-summary';

/** What ending a session does to its open parts, and the summary it leaves behind. */
@Injectable()
export class LiveSummaryService {
  constructor(
    private readonly state: LiveStateService,
    private readonly events: EventLog,
    private readonly masks: AuthorMasks,
  ) {}

  /** Closes the open poll (freezing its tally) and the running round, with their events. */
  async closeOpenParts(tx: Transaction, session: SessionRow, actorId: string): Promise<void> {
    const room = liveSessionRoom(session.id);
    const polls = returned<{ id: string }>(
      await tx.manager.query(
        'UPDATE live_polls SET closed_at = clock_timestamp() WHERE session_id = $1 AND closed_at IS NULL RETURNING id',
        [session.id],
      ),
    );
    for (const { id } of polls) {
      const poll = await this.state.poll(id, tx.manager);
      const answers = await this.state.answers([id], tx.manager);
      if (poll)
        await this.events.append(
          tx,
          room,
          'live.poll_changed',
          { sessionId: session.id, poll: pollPayload(poll, answers) },
          actorId,
        );
    }
    const rounds = returned<{ id: string }>(
      await tx.manager.query(
        `UPDATE live_rounds SET closed_at = clock_timestamp()
          WHERE session_id = $1 AND closed_at IS NULL AND ends_at > clock_timestamp() RETURNING id`,
        [session.id],
      ),
    );
    for (const { id } of rounds) {
      const round = await this.state.round(id, tx.manager);
      if (round)
        await this.events.append(
          tx,
          room,
          'live.round_changed',
          { sessionId: session.id, round: roundPayload(round) },
          actorId,
        );
    }
  }

  /** The session's Markdown summary; `claims` are the debate's claims as the one ending it sees them. */
  async build(tx: Transaction, session: SessionRow, claims: ClaimEntity[]): Promise<string> {
    const [spotlights, polls, rounds] = await Promise.all([
      this.state.spotlights(session.id, tx.manager),
      this.state.polls(session.id, tx.manager),
      this.state.rounds(session.id, tx.manager),
    ]);
    const answers = await this.state.answers(
      polls.map((p) => p.id),
      tx.manager,
    );
    const endedAt = session.ended_at ?? new Date();
    // One summary for the whole seminar: in an anonymous discussion it names everyone by pseudonym.
    const people = await this.masks.forRoom(
      liveSessionRoom(session.id),
      [{ id: session.facilitator_id, displayName: session.facilitator_name }, ...(await this.people(tx, claims))],
      tx.manager,
    );
    const [facilitator, ...named] = people;
    const authors = new Map(named.map((p, i) => [claims.map((c) => c.authorId).filter(unique)[i], p.displayName]));
    return summaryMarkdown({
      title: session.title,
      subjectType: session.subject_type,
      startedAt: new Date(session.started_at).toISOString(),
      endedAt: new Date(endedAt).toISOString(),
      facilitatorName: facilitator.displayName,
      spotlights: spotlights.map(spotlightPayload),
      polls: polls.map((poll) =>
        pollPayload(
          poll,
          answers.filter((a) => a.poll_id === poll.id),
        ),
      ),
      rounds: rounds.map((round) => {
        const end = roundEnd(round, new Date(endedAt)) ?? new Date(endedAt);
        const during = claims
          .filter((c) => c.moderation === 'VISIBLE' && !c.deletedAt)
          .filter((c) => c.createdAt >= new Date(round.started_at) && c.createdAt <= end)
          .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
        return {
          round: roundPayload(round),
          claims: during.map((c) => ({ stance: c.stance, body: c.body, authorName: authors.get(c.authorId) ?? '' })),
        };
      }),
    });
  }

  /** The claims' authors, once each in order of first appearance. */
  private async people(tx: Transaction, claims: ClaimEntity[]): Promise<Array<{ id: string; displayName: string }>> {
    const ids = claims.map((c) => c.authorId).filter(unique);
    if (ids.length === 0) return [];
    const rows: Array<{ id: string; display_name: string }> = await tx.manager.query(
      'SELECT id, display_name FROM users WHERE id = ANY($1)',
      [ids],
    );
    const names = new Map(rows.map((r) => [r.id, r.display_name]));
    return ids.map((id) => ({ id, displayName: names.get(id) ?? '' }));
  }
}

function unique<T>(value: T, index: number, all: T[]): boolean {
  return all.indexOf(value) === index;
}
