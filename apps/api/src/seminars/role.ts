/** A member's role in one seminar (docs/design.md §1, Roles). */
export enum Role {
  OWNER = 'OWNER',
  MODERATOR = 'MODERATOR',
  MEMBER = 'MEMBER',
  OBSERVER = 'OBSERVER',
}
