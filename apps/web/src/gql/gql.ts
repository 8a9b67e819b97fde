/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      viewer {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      viewer {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query Viewer {\n    me {\n      id\n      displayName\n      email\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query ReadingPage($id: ID!) {\n    reading(id: $id) {\n      id\n      seminarId\n      title\n      author\n      source\n      format\n      revisionNumber\n      currentRevision {\n        id\n        number\n        text\n      }\n    }\n  }\n": typeof types.ReadingPageDocument,
    "\n  query SeminarName($id: ID!) {\n    seminar(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.SeminarNameDocument,
    "\n  fragment DebateSummaryFields on Debate {\n    id\n    motion\n    proLabel\n    conLabel\n    status\n  }\n": typeof types.DebateSummaryFieldsFragmentDoc,
    "\n  fragment SeminarCardFields on Seminar {\n    id\n    name\n    description\n    myRole\n    inviteCode\n    memberCount\n    readingCount\n    readings(first: 20) {\n      edges {\n        node {\n          id\n          title\n          author\n        }\n      }\n    }\n    debates(first: 10) {\n      edges {\n        node {\n          ...DebateSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.SeminarCardFieldsFragmentDoc,
    "\n  mutation CreateSeminar($input: CreateSeminarInput!) {\n    createSeminar(input: $input) {\n      id\n      name\n      inviteCode\n    }\n  }\n": typeof types.CreateSeminarDocument,
    "\n  mutation JoinSeminar($input: JoinSeminarInput!) {\n    joinSeminar(input: $input) {\n      id\n      name\n      memberCount\n    }\n  }\n": typeof types.JoinSeminarDocument,
    "\n  query MySeminars($first: Int!, $after: String) {\n    seminars(first: $first, after: $after) {\n      edges {\n        node {\n          ...SeminarCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MySeminarsDocument,
};
const documents: Documents = {
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      viewer {\n        id\n        displayName\n      }\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      viewer {\n        id\n        displayName\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query Viewer {\n    me {\n      id\n      displayName\n      email\n    }\n  }\n": types.ViewerDocument,
    "\n  query ReadingPage($id: ID!) {\n    reading(id: $id) {\n      id\n      seminarId\n      title\n      author\n      source\n      format\n      revisionNumber\n      currentRevision {\n        id\n        number\n        text\n      }\n    }\n  }\n": types.ReadingPageDocument,
    "\n  query SeminarName($id: ID!) {\n    seminar(id: $id) {\n      id\n      name\n    }\n  }\n": types.SeminarNameDocument,
    "\n  fragment DebateSummaryFields on Debate {\n    id\n    motion\n    proLabel\n    conLabel\n    status\n  }\n": types.DebateSummaryFieldsFragmentDoc,
    "\n  fragment SeminarCardFields on Seminar {\n    id\n    name\n    description\n    myRole\n    inviteCode\n    memberCount\n    readingCount\n    readings(first: 20) {\n      edges {\n        node {\n          id\n          title\n          author\n        }\n      }\n    }\n    debates(first: 10) {\n      edges {\n        node {\n          ...DebateSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.SeminarCardFieldsFragmentDoc,
    "\n  mutation CreateSeminar($input: CreateSeminarInput!) {\n    createSeminar(input: $input) {\n      id\n      name\n      inviteCode\n    }\n  }\n": types.CreateSeminarDocument,
    "\n  mutation JoinSeminar($input: JoinSeminarInput!) {\n    joinSeminar(input: $input) {\n      id\n      name\n      memberCount\n    }\n  }\n": types.JoinSeminarDocument,
    "\n  query MySeminars($first: Int!, $after: String) {\n    seminars(first: $first, after: $after) {\n      edges {\n        node {\n          ...SeminarCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MySeminarsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      viewer {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      viewer {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      viewer {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      viewer {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      displayName\n      email\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      displayName\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadingPage($id: ID!) {\n    reading(id: $id) {\n      id\n      seminarId\n      title\n      author\n      source\n      format\n      revisionNumber\n      currentRevision {\n        id\n        number\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReadingPage($id: ID!) {\n    reading(id: $id) {\n      id\n      seminarId\n      title\n      author\n      source\n      format\n      revisionNumber\n      currentRevision {\n        id\n        number\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeminarName($id: ID!) {\n    seminar(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query SeminarName($id: ID!) {\n    seminar(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DebateSummaryFields on Debate {\n    id\n    motion\n    proLabel\n    conLabel\n    status\n  }\n"): (typeof documents)["\n  fragment DebateSummaryFields on Debate {\n    id\n    motion\n    proLabel\n    conLabel\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SeminarCardFields on Seminar {\n    id\n    name\n    description\n    myRole\n    inviteCode\n    memberCount\n    readingCount\n    readings(first: 20) {\n      edges {\n        node {\n          id\n          title\n          author\n        }\n      }\n    }\n    debates(first: 10) {\n      edges {\n        node {\n          ...DebateSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SeminarCardFields on Seminar {\n    id\n    name\n    description\n    myRole\n    inviteCode\n    memberCount\n    readingCount\n    readings(first: 20) {\n      edges {\n        node {\n          id\n          title\n          author\n        }\n      }\n    }\n    debates(first: 10) {\n      edges {\n        node {\n          ...DebateSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSeminar($input: CreateSeminarInput!) {\n    createSeminar(input: $input) {\n      id\n      name\n      inviteCode\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSeminar($input: CreateSeminarInput!) {\n    createSeminar(input: $input) {\n      id\n      name\n      inviteCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinSeminar($input: JoinSeminarInput!) {\n    joinSeminar(input: $input) {\n      id\n      name\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  mutation JoinSeminar($input: JoinSeminarInput!) {\n    joinSeminar(input: $input) {\n      id\n      name\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySeminars($first: Int!, $after: String) {\n    seminars(first: $first, after: $after) {\n      edges {\n        node {\n          ...SeminarCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MySeminars($first: Int!, $after: String) {\n    seminars(first: $first, after: $after) {\n      edges {\n        node {\n          ...SeminarCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;