import { Injectable } from '@nestjs/common';
import { liveSessionRoom, LivePollPayload } from '@glossa/contracts';
import { AuthorMasks } from '../anonymity/author-masks';
import type { UserModel } from '../auth/user.model';
import type { Viewer } from '../auth/viewer';
import type { HandRow } from './live-rows';
import { LivePollModel, RaisedHandModel } from './live.models';

/**
 * The people a live session shows — its facilitator, raised hands, named voters — as the viewer may
 * see them: in an anonymous seminar or debate a peer sees pseudonyms, as everywhere else
 * (docs/anonymous-mode.md). The session's events are masked in the event log.
 */
@Injectable()
export class LivePeople {
  constructor(private readonly masks: AuthorMasks) {}

  async facilitator(viewer: Viewer, session: { id: string; facilitatorId: string; facilitatorName: string }): Promise<UserModel> {
    const [shown] = await this.masks.usersInRoom(viewer, liveSessionRoom(session.id), [
      { id: session.facilitatorId, person: { id: session.facilitatorId, displayName: session.facilitatorName } },
    ]);
    return shown;
  }

  async hands(viewer: Viewer, sessionId: string, rows: HandRow[]): Promise<RaisedHandModel[]> {
    const users = await this.masks.usersInRoom(
      viewer,
      liveSessionRoom(sessionId),
      rows.map((row) => ({ id: row.user_id, person: { id: row.user_id, displayName: row.display_name } })),
    );
    return rows.map((row, i) => RaisedHandModel.from(row, users[i]));
  }

  async poll(viewer: Viewer, sessionId: string, poll: LivePollPayload): Promise<LivePollModel> {
    if (!poll.voters?.length) return LivePollModel.from(poll);
    const voters = poll.voters;
    const users = await this.masks.usersInRoom(
      viewer,
      liveSessionRoom(sessionId),
      voters.map((v) => ({ id: v.userId, person: { id: v.userId, displayName: v.displayName } })),
    );
    return LivePollModel.from({
      ...poll,
      voters: voters.map((v, i) => ({ userId: users[i].id, displayName: users[i].displayName, option: v.option })),
    });
  }

  /** The person an id names in this session: a peer knows others by their pseudonyms' opaque ids. */
  personMeant(viewer: Viewer, sessionId: string, id: string): Promise<string> {
    return this.masks.personMeantInRoom(viewer, liveSessionRoom(sessionId), id);
  }

  /** The viewer's own id as the session's events carry it. */
  myId(viewer: Viewer, sessionId: string): Promise<string> {
    return this.masks.idInRoom(viewer, liveSessionRoom(sessionId));
  }
}
