/**
 * Seconds a member must still wait before their next claim in a slow-mode debate (0 when they may
 * post now), rounded up to whole seconds as the error tells them.
 */
export function slowModeWait(slowModeSeconds: number, lastClaimAt: Date | null, now: Date): number {
  if (slowModeSeconds <= 0 || !lastClaimAt) return 0;
  const wait = slowModeSeconds - (now.getTime() - lastClaimAt.getTime()) / 1000;
  return wait > 0 ? Math.ceil(wait) : 0;
}
