import { Injectable } from '@nestjs/common';
import { AuthorMasks } from '../anonymity/author-masks';
import { UserModel } from '../auth/user.model';
import { UsersService } from '../auth/users.service';
import { loadAll } from '../batching/request-loaders';
import type { Viewer } from '../auth/viewer';
import { Connection } from '../pagination/connection.model';
import { ReactionsService } from '../threads/reactions.service';
import { ReactionSummaryModel, ReplyModel } from '../threads/thread.models';
import { FIRST_REPLIES, ThreadReadModel, ThreadState } from '../threads/thread-read-model';
import { AnnotationModel } from './annotation.model';

/** The related fields of an annotation that can be loaded for a whole page at once. */
export type RelationField = 'author' | 'replyCount' | 'locked' | 'reactions' | 'replies';

/**
 * An annotation's author, reply count, reactions and first page of replies: taken from what a page
 * preloaded (`preload`), else loaded through the request's batched loaders.
 */
/** Loads something for a whole page of annotations (see `registerPreloader`). */
export type PagePreloader = (viewer: Viewer, annotations: readonly AnnotationModel[]) => Promise<unknown>;

@Injectable()
export class AnnotationRelations {
  private readonly preloaders = new Map<string, PagePreloader>();

  constructor(
    private readonly users: UsersService,
    private readonly threads: ThreadReadModel,
    private readonly reactionsService: ReactionsService,
    private readonly masks: AuthorMasks,
  ) {}

  /**
   * Loads the `fields` of every annotation of a page into its model, for the whole page at once and
   * in two rounds whatever its size: first the first replies, reply counts, authors, and the
   * reactions of the annotations and of every reply in their threads (plus what other modules
   * registered, such as the claims citing each passage); then the replies' authors, most of them
   * already loaded. On the reading view (thousands of annotations) a DataLoader call, a promise and a
   * resolver context per field of each, and every extra round trip, showed (bench:reading-view).
   */
  async preload(viewer: Viewer, annotations: readonly AnnotationModel[], fields: ReadonlySet<string>): Promise<void> {
    const wanted = (field: RelationField): boolean => fields.has(field);
    const me = viewer.userId;
    const threadIds = annotations.map((annotation) => annotation.threadId);
    const [pages, threadStates, authors, reactionsOf] = await Promise.all([
      wanted('replies') ? this.threads.firstPagesOf(me, threadIds) : undefined,
      wanted('replyCount') || wanted('locked') ? this.threads.statesOf(threadIds) : undefined,
      wanted('author') ? this.authorsOf(viewer, annotations) : undefined,
      wanted('reactions') || wanted('replies')
        ? this.reactionsService.summariesInThreads(
            annotations.map((annotation) => annotation.id),
            wanted('replies') ? threadIds : [],
            me,
          )
        : undefined,
      ...[...this.preloaders].filter(([field]) => fields.has(field)).map(([, load]) => load(viewer, annotations)),
    ]);
    const firstReplies = pages ? await this.threads.withReplyModels(viewer, pages, reactionsOf) : undefined;
    annotations.forEach((annotation, index) => {
      annotation.preloaded = {
        author: authors?.get(`${annotation.seminarId}:${annotation.authorId}`),
        thread: threadStates?.[index],
        reactions: wanted('reactions') ? reactionsOf?.(`annotation:${annotation.id}`) : undefined,
        firstReplies: firstReplies?.[index],
      };
    });
  }

  /**
   * Has `load` run with every page the reading view preloads when `field` of Annotation is asked for
   * (a module that adds a field to Annotation warms its own loader with it, in the same round).
   */
  registerPreloader(field: string, load: PagePreloader): void {
    this.preloaders.set(field, load);
  }

  /** The page's authors as the viewer may see them (pseudonyms in an anonymous seminar), by seminar and id. */
  private async authorsOf(viewer: Viewer, annotations: readonly AnnotationModel[]): Promise<Map<string, UserModel>> {
    const bySeminar = new Map<string, Set<string>>();
    for (const { seminarId, authorId } of annotations) bySeminar.set(seminarId, (bySeminar.get(seminarId) ?? new Set()).add(authorId));
    const authors = new Map<string, UserModel>();
    await Promise.all(
      [...bySeminar].map(async ([seminarId, set]) => {
        const ids = [...set];
        const users = await loadAll(this.users.byId(viewer.loaders), ids);
        const shown = await this.masks.users(viewer, { seminarId, debateId: null }, ids.map((id, i) => ({ id, person: users[i] })));
        ids.forEach((id, i) => authors.set(`${seminarId}:${id}`, shown[i]));
      }),
    );
    return authors;
  }

  author(viewer: Viewer, annotation: AnnotationModel): UserModel | Promise<UserModel> {
    return annotation.preloaded?.author ?? this.loadAuthor(viewer, annotation);
  }

  replyCount(viewer: Viewer, annotation: AnnotationModel): number | Promise<number> {
    return annotation.preloaded?.thread?.replyCount ?? this.thread(viewer, annotation).then((t) => t.replyCount);
  }

  locked(viewer: Viewer, annotation: AnnotationModel): boolean | Promise<boolean> {
    return annotation.preloaded?.thread?.locked ?? this.thread(viewer, annotation).then((t) => t.locked);
  }

  private thread(viewer: Viewer, annotation: AnnotationModel): Promise<ThreadState> {
    return this.threads.states(viewer).load(annotation.threadId);
  }

  reactions(viewer: Viewer, annotation: AnnotationModel): ReactionSummaryModel[] | Promise<ReactionSummaryModel[]> {
    return annotation.preloaded?.reactions ?? this.loadReactions(viewer, annotation.id);
  }

  /** A page of the discussion; the preloaded one only for the page it is (the first, of the usual size). */
  replies(
    viewer: Viewer,
    annotation: AnnotationModel,
    page: { first: number; after?: string | null },
  ): Connection<ReplyModel> | Promise<Connection<ReplyModel>> {
    const preloaded = annotation.preloaded?.firstReplies;
    if (preloaded && !page.after && page.first === FIRST_REPLIES) return preloaded;
    return this.threads.page(viewer, annotation.threadId, page);
  }

  private async loadAuthor(viewer: Viewer, annotation: AnnotationModel): Promise<UserModel> {
    const person = await this.users.byId(viewer.loaders).load(annotation.authorId);
    return this.masks.user(viewer, { seminarId: annotation.seminarId, debateId: null }, person, annotation.authorId);
  }

  private loadReactions(viewer: Viewer, annotationId: string): Promise<ReactionSummaryModel[]> {
    return this.reactionsService.summaries(viewer).load(`annotation:${annotationId}`);
  }
}
