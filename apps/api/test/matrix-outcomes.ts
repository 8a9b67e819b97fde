/** Who runs each operation of the permission matrix. */
export type Actor = 'OWNER' | 'MODERATOR' | 'MEMBER' | 'OBSERVER' | 'NON_MEMBER' | 'SIGNED_OUT';

/** The outcome expected of one operation for every actor. */
export type Row = Record<Actor, string>;

export const U = 'UNAUTHENTICATED';
export const F = 'FORBIDDEN';
export const N = 'NOT_FOUND';

/** A row: the four roles' outcomes, then a non-member's and a signed-out caller's. */
export function R(
  owner: string,
  moderator: string,
  member: string,
  observer: string,
  nonMember: string,
  signedOut: string,
): Row {
  return {
    OWNER: owner,
    MODERATOR: moderator,
    MEMBER: member,
    OBSERVER: observer,
    NON_MEMBER: nonMember,
    SIGNED_OUT: signedOut,
  };
}

/** A row for an operation inside a seminar: non-members learn nothing, signed-out callers must sign in. */
export function memberRow(owner: string, moderator: string, member: string, observer: string): Row {
  return R(owner, moderator, member, observer, N, U);
}
