import { Injectable } from '@nestjs/common';
import { liveSessionRoom } from '@glossa/contracts';
import { DataSource } from 'typeorm';
import { AnnotationReadModel } from '../annotations/annotation-read-model';
import type { Viewer } from '../auth/viewer';
import { isUniqueViolation, TransactionRunner } from '../database/transaction-runner';
import { ClaimReadsService } from '../debates/claim-reads.service';
import { BadUserInputError } from '../errors/glossa-error';
import { EventLog } from '../events/event-log';
import { ReadingsService } from '../readings/readings.service';
import { LiveAction } from './live-policy';
import { positionPayload, SessionRow, spotlightPayload, SpotlightRow } from './live-rows';
import { LiveSessionsService } from './live-sessions.service';
import { MoveLivePositionInput, PassageSelectionInput, SpotlightInput } from './dto/live.inputs';

/** The longest passage a selection may spotlight, in code points. */
export const MAX_SPOTLIGHT_LENGTH = 2000;

interface Target {
  kind: SpotlightRow['kind'];
  annotationId: string | null;
  claimId: string | null;
  start: number | null;
  end: number | null;
  exact: string;
}

/** Spotlights (kept as the session's history) and the facilitator's following position. */
@Injectable()
export class LiveSpotlightsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly sessions: LiveSessionsService,
    private readonly readings: ReadingsService,
    private readonly annotations: AnnotationReadModel,
    private readonly claims: ClaimReadsService,
    private readonly events: EventLog,
  ) {}

  /**
   * Spotlights a passage or claim: everyone's view scrolls to it and marks it. It also becomes the
   * following position, so followers end up where the spotlight is.
   */
  async spotlight(viewer: Viewer, input: SpotlightInput): Promise<SpotlightRow> {
    const previous = input.clientId ? await this.byClientId(viewer.userId, input.clientId) : null;
    if (previous) return previous;
    const session = await this.sessions.get(viewer, input.sessionId);
    const target = await this.target(viewer, session, input);
    try {
      return await this.transactions.run(async (tx) => {
        await this.sessions.lock(tx, viewer, input.sessionId, LiveAction.FACILITATE);
        const [row]: SpotlightRow[] = await tx.manager.query(
          `INSERT INTO live_spotlights (session_id, kind, annotation_id, claim_id, position_start, position_end, exact, note, created_by, client_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
           RETURNING id, session_id, kind, annotation_id, claim_id, position_start, position_end, exact, note, created_at`,
          [
            input.sessionId,
            target.kind,
            target.annotationId,
            target.claimId,
            target.start,
            target.end,
            target.exact,
            input.note.trim(),
            viewer.userId,
            input.clientId ?? null,
          ],
        );
        await tx.manager.query('UPDATE live_sessions SET position_offset = $2, position_claim_id = $3 WHERE id = $1', [
          input.sessionId,
          target.start,
          target.claimId,
        ]);
        await this.events.append(
          tx,
          liveSessionRoom(input.sessionId),
          'live.spotlighted',
          { sessionId: input.sessionId, spotlight: spotlightPayload(row) },
          viewer.userId,
        );
        return row;
      });
    } catch (error) {
      if (input.clientId && isUniqueViolation(error, 'live_spotlights_client_id_key')) {
        const first = await this.byClientId(viewer.userId, input.clientId);
        if (first) return first;
      }
      throw error;
    }
  }

  /** Moves the position followers follow; no event when it did not change. */
  async move(viewer: Viewer, input: MoveLivePositionInput): Promise<SessionRow> {
    const hasOffset = input.offset !== undefined && input.offset !== null;
    const hasClaim = input.claimId !== undefined && input.claimId !== null;
    if (hasOffset === hasClaim) throw new BadUserInputError('Give exactly one of offset or claimId.');
    const session = await this.sessions.get(viewer, input.sessionId);
    if (hasOffset && session.subject_type !== 'READING') {
      throw new BadUserInputError('An offset is a position in a reading: this session is on a debate.');
    }
    if (hasClaim) await this.claimOf(viewer, session, input.claimId as string);
    return this.transactions.run(async (tx) => {
      const { session: locked } = await this.sessions.lock(tx, viewer, input.sessionId, LiveAction.FACILITATE);
      const position = {
        position_offset: hasOffset ? (input.offset as number) : null,
        position_claim_id: input.claimId ?? null,
      };
      if (
        locked.position_offset === position.position_offset &&
        locked.position_claim_id === position.position_claim_id
      ) {
        return locked;
      }
      await tx.manager.query('UPDATE live_sessions SET position_offset = $2, position_claim_id = $3 WHERE id = $1', [
        input.sessionId,
        position.position_offset,
        position.position_claim_id,
      ]);
      await this.events.append(
        tx,
        liveSessionRoom(input.sessionId),
        'live.position_moved',
        { sessionId: input.sessionId, position: positionPayload(position) },
        viewer.userId,
      );
      return { ...locked, ...position };
    });
  }

  private async target(viewer: Viewer, session: SessionRow, input: SpotlightInput): Promise<Target> {
    const given = [input.selection, input.annotationId, input.claimId].filter((v) => v !== undefined && v !== null);
    if (given.length !== 1) throw new BadUserInputError('Spotlight exactly one of selection, annotationId or claimId.');
    if (input.claimId) {
      const claim = await this.claimOf(viewer, session, input.claimId);
      return { kind: 'CLAIM', annotationId: null, claimId: claim.id, start: null, end: null, exact: claim.body };
    }
    if (session.subject_type !== 'READING') {
      throw new BadUserInputError('This session is on a debate: spotlight one of its claims.');
    }
    if (input.annotationId) {
      const annotation = await this.annotations.get(viewer, input.annotationId);
      const shown =
        annotation.readingId === session.subject_id &&
        annotation.visibility === 'SEMINAR' &&
        annotation.moderation === 'VISIBLE' &&
        !annotation.deletedAt &&
        annotation.anchorStatus !== 'orphaned';
      if (!shown) {
        throw new BadUserInputError('Spotlight a visible, anchored seminar annotation of this session’s reading.');
      }
      return {
        kind: 'ANNOTATION',
        annotationId: annotation.id,
        claimId: null,
        start: annotation.positionStart,
        end: annotation.positionEnd,
        exact: annotation.quoteExact,
      };
    }
    const { start, end } = input.selection as PassageSelectionInput;
    if (end <= start || end - start > MAX_SPOTLIGHT_LENGTH) {
      throw new BadUserInputError(
        `A spotlighted selection has 1 to ${MAX_SPOTLIGHT_LENGTH} characters (end after start).`,
      );
    }
    const reading = await this.readings.get(viewer, session.subject_id);
    const text = await this.readings.preparedText(reading.id, reading.currentRevisionNumber);
    const length = text ? text.codePoints.codePointLength : 0;
    if (!text || end > length)
      throw new BadUserInputError(`The selection runs past the end of the reading (${length}).`);
    const exact = text.text.slice(text.codePoints.toUtf16(start), text.codePoints.toUtf16(end));
    return { kind: 'SELECTION', annotationId: null, claimId: null, start, end, exact };
  }

  private async claimOf(viewer: Viewer, session: SessionRow, claimId: string) {
    if (session.subject_type !== 'DEBATE') throw new BadUserInputError('This session is on a reading, not a debate.');
    const claim = await this.claims.get(viewer, claimId);
    if (claim.debateId !== session.subject_id || claim.moderation !== 'VISIBLE' || claim.deletedAt) {
      throw new BadUserInputError('Spotlight a visible claim of this session’s debate.');
    }
    return claim;
  }

  private async byClientId(userId: string, clientId: string): Promise<SpotlightRow | null> {
    const rows: SpotlightRow[] = await this.dataSource.query(
      `SELECT id, session_id, kind, annotation_id, claim_id, position_start, position_end, exact, note, created_at
         FROM live_spotlights WHERE created_by = $1 AND client_id = $2`,
      [userId, clientId],
    );
    return rows[0] ?? null;
  }
}
