import { appendFileSync } from 'node:fs';

/**
 * Records why a suite is skipped, so `npm test` can say it in its final line (scripts/test.mjs
 * sets GLOSSA_SKIP_REPORT to a file per stage). A skip nobody can see is how a path goes red
 * unseen, so every skipped suite must name what would run it.
 */
export function reportSkip(suite: string, why: string): void {
  console.warn(`⚠ ${suite} SKIPPED: ${why}`);
  const file = process.env.GLOSSA_SKIP_REPORT;
  if (file) appendFileSync(file, `${JSON.stringify({ suite, why })}\n`);
}
