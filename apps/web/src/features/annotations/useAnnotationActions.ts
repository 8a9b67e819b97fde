import { useMemo } from 'react';
import { useClient } from 'urql';
import type { CombinedError } from 'urql';
import { graphql } from '../../gql';
import type { CreateAnnotationInput, ReactionKind, UpdateAnnotationInput } from '../../gql/graphql';
import { newClientId } from '../../graphql/client-id';
import { errorMessage, hasErrorCode } from '../../graphql/graphql-error';
import type { AnnotationRecord, ReactionRecord, ReplyRecord } from './annotation-fields';
import { toggledReactions } from './annotation-store';
import { useAnnotationStore } from './useAnnotationStore';

const CreateAnnotationDocument = graphql(`
  mutation CreateAnnotation($input: CreateAnnotationInput!) {
    createAnnotation(input: $input) {
      ...AnnotationFields
    }
  }
`);

const UpdateAnnotationDocument = graphql(`
  mutation UpdateAnnotation($input: UpdateAnnotationInput!) {
    updateAnnotation(input: $input) {
      ...AnnotationFields
    }
  }
`);

const DeleteAnnotationDocument = graphql(`
  mutation DeleteAnnotation($input: AnnotationRefInput!) {
    deleteAnnotation(input: $input) {
      ...AnnotationFields
    }
  }
`);

const ReactToAnnotationDocument = graphql(`
  mutation ReactToAnnotation($input: ReactInput!) {
    reactToAnnotation(input: $input) {
      kind
      count
      mine
    }
  }
`);

const ReactToReplyDocument = graphql(`
  mutation ReactToReply($input: ReactInput!) {
    reactToReply(input: $input) {
      kind
      count
      mine
    }
  }
`);

const ReplyDocument = graphql(`
  mutation Reply($input: ReplyInput!) {
    reply(input: $input) {
      ...ReplyFields
    }
  }
`);

const EditReplyDocument = graphql(`
  mutation EditReply($input: EditReplyInput!) {
    editReply(input: $input) {
      ...ReplyFields
    }
  }
`);

const DeleteReplyDocument = graphql(`
  mutation DeleteReply($input: ReplyRefInput!) {
    deleteReply(input: $input) {
      ...ReplyFields
    }
  }
`);

const MoreRepliesDocument = graphql(`
  query MoreReplies($id: ID!, $after: String) {
    annotation(id: $id) {
      id
      replies(first: 100, after: $after) {
        edges {
          node {
            ...ReplyFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

const AnnotationWithThreadDocument = graphql(`
  query AnnotationWithThread($id: ID!) {
    annotation(id: $id) {
      ...AnnotationFields
      replies(first: 20) {
        edges {
          node {
            ...ReplyFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export type ActionResult<T> = { ok: true; value: T } | { ok: false; error: string };

export interface AnnotationActions {
  /** `input.clientId` makes a retry return the first annotation; one is made up when missing. */
  create(input: CreateAnnotationInput): Promise<ActionResult<AnnotationRecord>>;
  update(input: UpdateAnnotationInput): Promise<ActionResult<AnnotationRecord>>;
  remove(annotation: AnnotationRecord): Promise<ActionResult<AnnotationRecord>>;
  /** Toggles the viewer's reaction at once, then settles on the server's counts (or undoes it). */
  react(subject: { id: string; reactions: readonly ReactionRecord[] }, on: 'annotation' | 'reply', kind: ReactionKind, active: boolean): Promise<ActionResult<ReactionRecord[]>>;
  reply(input: { threadId: string; parentId: string | null; body: string; clientId: string }): Promise<ActionResult<ReplyRecord>>;
  editReply(replyId: string, body: string): Promise<ActionResult<ReplyRecord>>;
  deleteReply(replyId: string): Promise<ActionResult<ReplyRecord>>;
  moreReplies(annotation: Pick<AnnotationRecord, 'id' | 'threadId'>, after: string | null): Promise<ActionResult<ReplyRecord[]>>;
  /**
   * Fetches one annotation and the first page of its thread into the store, or removes it when the
   * viewer may no longer see it: what a live event about it calls (reading-live-events.ts).
   */
  refreshAnnotation(annotationId: string): Promise<void>;
}

/**
 * Every change a reader makes in the reading room, as plain async functions: each sends its
 * mutation and applies the answer to the annotation store, and resolves to the API's message when
 * it is refused (shown where the person acted).
 */
export function useAnnotationActions(): AnnotationActions {
  const client = useClient();
  const store = useAnnotationStore();
  return useMemo<AnnotationActions>(() => {
    const settle = <T>(error: CombinedError | undefined, value: T | undefined, apply: (value: T) => void): ActionResult<T> => {
      if (error || value === undefined) return { ok: false, error: error ? errorMessage(error) : 'Glossa did not answer. Please try again.' };
      apply(value);
      return { ok: true, value };
    };
    return {
      async create(input) {
        const result = await client.mutation(CreateAnnotationDocument, { input: { clientId: newClientId(), ...input } }).toPromise();
        return settle(result.error, result.data?.createAnnotation, store.upsertAnnotation);
      },
      async update(input) {
        const result = await client.mutation(UpdateAnnotationDocument, { input }).toPromise();
        return settle(result.error, result.data?.updateAnnotation, store.upsertAnnotation);
      },
      async remove(annotation) {
        const result = await client.mutation(DeleteAnnotationDocument, { input: { annotationId: annotation.id } }).toPromise();
        return settle(result.error, result.data?.deleteAnnotation, (deleted) => {
          // Without replies it disappears (the API stops listing it); with replies it stays as "deleted".
          if (deleted.replyCount === 0) store.removeAnnotation(deleted.id);
          else store.upsertAnnotation(deleted);
        });
      },
      async react(subject, on, kind, active) {
        const before = [...subject.reactions];
        store.setReactions(subject.id, toggledReactions(before, kind, active));
        const input = { subjectId: subject.id, kind, active };
        const result =
          on === 'annotation'
            ? await client.mutation(ReactToAnnotationDocument, { input }).toPromise().then((r) => ({ error: r.error, value: r.data?.reactToAnnotation }))
            : await client.mutation(ReactToReplyDocument, { input }).toPromise().then((r) => ({ error: r.error, value: r.data?.reactToReply }));
        const settled = settle(result.error, result.value, (reactions) => store.setReactions(subject.id, reactions));
        if (!settled.ok) store.setReactions(subject.id, before);
        return settled;
      },
      async reply(input) {
        const result = await client.mutation(ReplyDocument, { input }).toPromise();
        return settle(result.error, result.data?.reply, store.upsertReply);
      },
      async editReply(replyId, body) {
        const result = await client.mutation(EditReplyDocument, { input: { replyId, body } }).toPromise();
        return settle(result.error, result.data?.editReply, store.upsertReply);
      },
      async deleteReply(replyId) {
        const result = await client.mutation(DeleteReplyDocument, { input: { replyId } }).toPromise();
        return settle(result.error, result.data?.deleteReply, store.upsertReply);
      },
      async refreshAnnotation(annotationId) {
        const result = await client.query(AnnotationWithThreadDocument, { id: annotationId }, { requestPolicy: 'network-only' }).toPromise();
        if (hasErrorCode(result.error, 'NOT_FOUND')) {
          store.removeAnnotation(annotationId);
          return;
        }
        const loaded = result.data?.annotation;
        if (!loaded) return;
        store.upsertAnnotation(loaded);
        store.repliesPage(loaded.threadId, loaded.replies.edges.map((e) => e.node), loaded.replies.pageInfo.hasNextPage, loaded.replies.pageInfo.endCursor);
      },
      async moreReplies(annotation, after) {
        const result = await client.query(MoreRepliesDocument, { id: annotation.id, after }, { requestPolicy: 'network-only' }).toPromise();
        const page = result.data?.annotation.replies;
        return settle(result.error, page?.edges.map((e) => e.node), (replies) =>
          store.repliesPage(annotation.threadId, replies, page?.pageInfo.hasNextPage ?? false, page?.pageInfo.endCursor ?? null),
        );
      },
    };
  }, [client, store]);
}
