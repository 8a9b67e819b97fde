import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { loadAll } from '../batching/request-loaders';
import { UserModel } from '../auth/user.model';
import type { Viewer } from '../auth/viewer';
import { AnonymousDiscussions } from './anonymous-discussions';
import type { DiscussionPlace } from './discussion-place';
import type { AnonymityScope } from './pseudonym';
import type { Queryable } from './queryable';
import { Pseudonym, PseudonymBook } from './pseudonym-book';

/** A person as a post or list shows them: who they are (or may be shown to be). */
export interface Person {
  id: string;
  displayName: string;
}

/** How a person is shown to a viewer, with the pseudonym beside when there is one. */
export interface PresentedPerson extends Person {
  pseudonym: string | null;
}

const FORMER_MEMBER = 'Former member';
const NOBODY = '00000000-0000-0000-0000-000000000000';

/**
 * The one place that decides how an author is presented (docs/anonymous-mode.md): in an anonymous
 * discussion a peer sees the pseudonym and an opaque id, while owners, moderators and the person
 * themselves see the name (and the pseudonym beside it). Every edge that shows a person — GraphQL
 * author fields, the members list, search, exports, notifications — asks here.
 */
@Injectable()
export class AuthorMasks {
  constructor(
    private readonly dataSource: DataSource,
    private readonly discussions: AnonymousDiscussions,
    private readonly book: PseudonymBook,
  ) {}

  /** `person` (null: no longer there) as `viewer` may see them at `place`. */
  async present(viewer: Viewer, place: DiscussionPlace, person: Person | null, personId: string): Promise<PresentedPerson> {
    const [shown] = await this.presentAll(viewer, place, [{ id: personId, person }]);
    return shown;
  }

  /** Several people at one place, in order. */
  async presentAll(
    viewer: Viewer,
    place: DiscussionPlace,
    people: ReadonlyArray<{ id: string; person: Person | null }>,
  ): Promise<PresentedPerson[]> {
    const scope = await this.discussions.scopeAt(viewer.loaders, place);
    const named = people.map(({ id, person }) => ({ id, displayName: person?.displayName ?? FORMER_MEMBER, pseudonym: null }));
    if (!scope) return named;
    const [leads, pseudonyms] = await Promise.all([
      this.discussions.viewerLeads(viewer.loaders, viewer.userId).load(place.seminarId),
      loadAll(this.pseudonyms(viewer), people.map(({ id }) => `${scope}\u0000${id}`)),
    ]);
    return named.map((shown, i) => seenAs(shown, pseudonyms[i], leads || shown.id === viewer.userId));
  }

  /**
   * The authors of replies as Users, in order, each at its thread's place (a claim's thread is in its
   * debate): `threadOf` and `seminarOf` say where each one was written.
   */
  async usersInThreads(
    viewer: Viewer,
    people: ReadonlyArray<{ id: string; person: Person | null; seminarId: string; threadId: string }>,
  ): Promise<UserModel[]> {
    const named = people.map(({ id, person }) => toUser({ id, displayName: person?.displayName ?? FORMER_MEMBER, pseudonym: null }));
    const seminars = [...new Set(people.map((p) => p.seminarId))];
    const some = await loadAll(this.discussions.anyIn(viewer.loaders), seminars);
    const anonymous = new Set(seminars.filter((_, i) => some[i]));
    const masked = people.map((p, i) => ({ p, i })).filter(({ p }) => anonymous.has(p.seminarId));
    if (masked.length === 0) return named;
    const places = await loadAll(this.discussions.threadPlaces(viewer.loaders), masked.map(({ p }) => p.threadId));
    await Promise.all(
      masked.map(async ({ p, i }, k) => {
        const place = places[k] ?? { seminarId: p.seminarId, debateId: null };
        named[i] = await this.user(viewer, place, p.person, p.id);
      }),
    );
    return named;
  }

  /** As `present`, as the API's User. */
  async user(viewer: Viewer, place: DiscussionPlace, person: Person | null, personId: string): Promise<UserModel> {
    return toUser(await this.present(viewer, place, person, personId));
  }

  /** The people of a list at one place as Users, in order. */
  async users(viewer: Viewer, place: DiscussionPlace, people: ReadonlyArray<{ id: string; person: Person | null }>): Promise<UserModel[]> {
    return (await this.presentAll(viewer, place, people)).map(toUser);
  }

  /**
   * The user ids `ids` stand for when `viewer` filters by author at `place`: a peer of an anonymous
   * discussion knows only opaque ids, and a real id they learnt elsewhere must find nothing.
   */
  async authorFilter(viewer: Viewer, place: DiscussionPlace, ids: readonly string[]): Promise<string[]> {
    const scope = await this.discussions.scopeAt(viewer.loaders, place);
    if (!scope || ids.length === 0) return [...ids];
    const behind = await this.book.usersBehind(this.dataSource, scope, ids);
    if (await this.discussions.viewerLeads(viewer.loaders, viewer.userId).load(place.seminarId)) return [...ids, ...behind];
    const meant = [...behind, ...ids.filter((id) => id === viewer.userId)];
    // An empty list would mean "no filter": a filter that matched nobody must still match nobody.
    return meant.length > 0 ? meant : [NOBODY];
  }

  /**
   * People as everyone in a members' room sees them (presence, typing): one message goes to the whole
   * room, moderators included, so in an anonymous discussion it carries pseudonyms only.
   */
  async forRoom(room: string, people: readonly Person[], db: Queryable = this.dataSource): Promise<Person[]> {
    if (people.length === 0 || !/^(reading|debate|session):/.test(room)) return [...people];
    const place = await this.discussions.placeOfRoom(db, room);
    const scope = place && (await this.discussions.scopeIn(db, place));
    if (!scope) return [...people];
    const pseudonyms = await this.book.ensure(db, scope, people.map((p) => p.id));
    return people.map((p) => {
      const pseudonym = pseudonyms.get(p.id);
      return pseudonym ? { id: pseudonym.opaqueId, displayName: pseudonym.name } : { id: crypto.randomUUID(), displayName: FORMER_MEMBER };
    });
  }

  /** People shown at the place of a room's subject (a live session's reading or debate), as Users. */
  async usersInRoom(viewer: Viewer, room: string, people: ReadonlyArray<{ id: string; person: Person | null }>): Promise<UserModel[]> {
    const place = await this.discussions.placeOfRoom(this.dataSource, room);
    return place ? this.users(viewer, place, people) : people.map(({ id, person }) => toUser({ id, displayName: person?.displayName ?? FORMER_MEMBER, pseudonym: null }));
  }

  /**
   * The person `id` stands for when `viewer` names someone at a room's place (calling on a raised
   * hand): a pseudonym's opaque id is turned into its person; any other id is taken as it is, and
   * the caller's own checks decide what it may do with it.
   */
  async personMeantInRoom(viewer: Viewer, room: string, id: string): Promise<string> {
    const place = await this.discussions.placeOfRoom(this.dataSource, room);
    const scope = place && (await this.discussions.scopeAt(viewer.loaders, place));
    if (!scope) return id;
    const [behind] = await this.book.usersBehind(this.dataSource, scope, [id]);
    return behind ?? id;
  }

  /** The id `viewer` has in a room's events: their pseudonym's opaque id where the place is anonymous. */
  async idInRoom(viewer: Viewer, room: string): Promise<string> {
    const place = await this.discussions.placeOfRoom(this.dataSource, room);
    const scope = place && (await this.discussions.scopeAt(viewer.loaders, place));
    if (!scope) return viewer.userId;
    return (await this.book.ensure(this.dataSource, scope, [viewer.userId])).get(viewer.userId)?.opaqueId ?? viewer.userId;
  }

  /** `authorFilter` on a reading's annotations. */
  async authorFilterOnReading(viewer: Viewer, readingId: string, ids: readonly string[]): Promise<string[]> {
    const place = await this.discussions.placeOfRoom(this.dataSource, `reading:${readingId}`);
    return place ? this.authorFilter(viewer, place, ids) : [...ids];
  }

  /** The scope in force at `place`, for callers that show more than authors (exports). */
  scopeAt(viewer: Viewer, place: DiscussionPlace): Promise<AnonymityScope | null> {
    return this.discussions.scopeAt(viewer.loaders, place);
  }

  private pseudonyms(viewer: Viewer): DataLoader<string, Pseudonym | null> {
    return viewer.loaders.for(
      this.pseudonyms,
      () =>
        new DataLoader<string, Pseudonym | null>(async (keys) => {
          const byScope = new Map<AnonymityScope, string[]>();
          for (const key of keys) {
            const [scope, userId] = key.split('\u0000') as [AnonymityScope, string];
            byScope.set(scope, [...(byScope.get(scope) ?? []), userId]);
          }
          const found = new Map<string, Pseudonym>();
          for (const [scope, userIds] of byScope)
            for (const [userId, pseudonym] of await this.book.ensure(this.dataSource, scope, userIds))
              found.set(`${scope}\u0000${userId}`, pseudonym);
          return keys.map((key) => found.get(key) ?? null);
        }),
    );
  }
}

/**
 * What one viewer sees of one person in an anonymous discussion. A person no longer there keeps no
 * pseudonym row; peers get a fresh random id for them, so nothing ties it to the old account.
 */
export function seenAs(named: PresentedPerson, pseudonym: Pseudonym | null, seesName: boolean): PresentedPerson {
  if (seesName) return { ...named, pseudonym: pseudonym?.name ?? null };
  if (!pseudonym) return { id: crypto.randomUUID(), displayName: FORMER_MEMBER, pseudonym: null };
  return { id: pseudonym.opaqueId, displayName: pseudonym.name, pseudonym: pseudonym.name };
}

export function toUser(shown: PresentedPerson): UserModel {
  return Object.assign(UserModel.from(shown), { pseudonym: shown.pseudonym });
}
