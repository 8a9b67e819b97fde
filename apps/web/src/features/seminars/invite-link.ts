/** The link that joins a seminar: opening it signed out asks to sign in or register first. */
export function inviteLink(origin: string, inviteCode: string): string {
  return `${origin}/join/${encodeURIComponent(inviteCode)}`;
}
