import { graphql } from '../../gql';
import type { AnnotationFieldsFragment, ReplyFieldsFragment } from '../../gql/graphql';

/**
 * What the reading room keeps of an annotation. Every query and mutation that returns one selects
 * these fields, so a mutation's answer can replace the stored record as it is.
 */
export const AnnotationFields = graphql(`
  fragment AnnotationFields on Annotation {
    id
    readingId
    threadId
    revisionNumber
    motivation
    body
    bodyHtml
    tags
    color
    visibility
    target {
      exact
      prefix
      suffix
      start
      end
    }
    anchorStatus
    anchorScore
    orphanDismissed
    page {
      number
      label
    }
    createdAt
    editedAt
    deleted
    author {
      id
      displayName
    }
    replyCount
    locked
    reactions {
      kind
      count
      mine
    }
    citedBy {
      id
      stance
    }
  }
`);

/** What the reading room keeps of a reply in a thread. */
export const ReplyFields = graphql(`
  fragment ReplyFields on Reply {
    id
    threadId
    parentId
    depth
    body
    bodyHtml
    createdAt
    editedAt
    deleted
    author {
      id
      displayName
    }
    reactions {
      kind
      count
      mine
    }
  }
`);

export type AnnotationRecord = AnnotationFieldsFragment;
export type ReplyRecord = ReplyFieldsFragment;
export type ReactionRecord = AnnotationRecord['reactions'][number];
