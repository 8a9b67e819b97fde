import { Injectable } from '@nestjs/common';
import type { RoomRef } from '@glossa/contracts';
import { RevealGate } from '../assignment-rules/reveal-gate';
import { DebatesService } from '../debates/debates.service';
import { LiveSessionsService } from '../live/live-sessions.service';
import { NotFoundError } from '../errors/glossa-error';
import type { Viewer } from '../auth/viewer';
import { ReadingsService } from '../readings/readings.service';
import { SeminarAccessService } from '../seminars/seminar-access.service';
import { SeminarAction } from '../seminars/seminar-policy';
import { RealtimeRefusal } from './realtime-refusal';
import { mayJoin } from './room-audience';

/** What a granted subscription belongs to: its seminar, or null for the user's own room. */
export interface RoomGrant {
  seminarId: string | null;
}

/**
 * Decides who may subscribe to a room, through the owning modules' services. Since every room is
 * exactly one audience, this check is all a subscriber needs, for live events and replay alike.
 * A non-member gets NOT_FOUND, as from GraphQL, so a room's existence does not leak.
 */
@Injectable()
export class RoomAccessService {
  constructor(
    private readonly seminars: SeminarAccessService,
    private readonly readings: ReadingsService,
    private readonly debates: DebatesService,
    private readonly live: LiveSessionsService,
    private readonly assignments: RevealGate,
  ) {}

  async authorize(viewer: Viewer, room: RoomRef): Promise<RoomGrant> {
    switch (room.kind) {
      case 'user':
        if (room.id !== viewer.userId) throw new RealtimeRefusal('NOT_FOUND', 'No such room.');
        return { seminarId: null };
      case 'seminar':
        await this.seminars.require(viewer, room.id, SeminarAction.VIEW);
        return { seminarId: room.id };
      case 'moderators': {
        const role = await this.seminars.require(viewer, room.id, SeminarAction.VIEW);
        if (!mayJoin('moderators', role)) {
          throw new RealtimeRefusal('FORBIDDEN', `Your role (${role}) does not allow you into the moderators' room.`);
        }
        return { seminarId: room.id };
      }
      case 'reading': {
        const reading = await this.readings.authorize(viewer, room.id, SeminarAction.VIEW);
        // The reading's room carries everyone's posts on it, so while an assignment hides them
        // from this member (docs/assignments.md) they may not be in it; they join once unlocked.
        // In groups (docs/small-groups.md) the room would carry the other groups' posts too.
        const kept = await this.assignments.keepsOutOfRoom(viewer.userId, reading.id);
        if (kept === 'HIDDEN_UNTIL_POSTED')
          throw new RealtimeRefusal(
            'FORBIDDEN',
            'Post on this reading first: its assignment hides the others’ posts until you do.',
          );
        if (kept === 'IN_GROUPS')
          throw new RealtimeRefusal(
            'FORBIDDEN',
            'This reading is discussed in groups: reload it to see your group’s new posts.',
          );
        return { seminarId: reading.seminarId };
      }
      case 'debate': {
        const seminarId = await this.debates.seminarIdOf(room.id);
        const notFound = new NotFoundError('No such debate, or you are not a member of its seminar.');
        if (!seminarId) throw notFound;
        await this.seminars.require(viewer, seminarId, SeminarAction.VIEW).catch((error: unknown) => {
          throw error instanceof NotFoundError ? notFound : error;
        });
        return { seminarId };
      }
      case 'session':
        return { seminarId: await this.live.seminarOfRoom(viewer, room.id) };
    }
  }
}
