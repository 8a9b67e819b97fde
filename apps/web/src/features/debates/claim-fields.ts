import { graphql } from '../../gql';
import type { ClaimFieldsFragment, ClaimReplyFieldsFragment, DebateFieldsFragment } from '../../gql/graphql';

/** A reply in a claim's discussion (the same threads as annotations). */
export const ClaimReplyFields = graphql(`
  fragment ClaimReplyFields on Reply {
    id
    threadId
    parentId
    depth
    body
    bodyHtml
    moderation
    deleted
    createdAt
    editedAt
    author {
      id
      displayName
      pseudonym
    }
  }
`);

/** Everything a claim card shows: text, state, impact votes, cited passages and the first replies. */
export const ClaimFields = graphql(`
  fragment ClaimFields on Claim {
    id
    debateId
    locked
    parentId
    stance
    body
    bodyHtml
    moderation
    pinned
    deleted
    createdAt
    editedAt
    threadId
    replyCount
    author {
      id
      displayName
      pseudonym
    }
    votes {
      distribution
      mean
      count
      mine
    }
    evidence {
      id
      readingId
      anchorStatus
      color
      page {
        label
      }
      target {
        exact
        start
        end
      }
    }
    replies(first: 20) {
      edges {
        node {
          ...ClaimReplyFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const DebateFields = graphql(`
  fragment DebateFields on Debate {
    id
    seminarId
    motion
    description
    proLabel
    conLabel
    status
    moderationMode
    slowModeSeconds
    anonymous
    ownAnonymity
    claimCount
    createdAt
    readings {
      id
      title
    }
  }
`);

export type Claim = ClaimFieldsFragment;
export type ClaimReply = ClaimReplyFieldsFragment;
export type Evidence = Claim['evidence'][number];
export type DebateInfo = DebateFieldsFragment;
