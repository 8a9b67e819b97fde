import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The demo seminar's readings (data/readings), for tests on real prose. */
export type DemoReading =
  | 'coalitions-and-international-law'
  | 'gilder-2020-kaleidoscopic-world'
  | 'heinbecker-peace-theme-human-security'
  | 'security-council-and-civil-society'
  | 'un-system-and-initiatives';

export function demoReading(name: DemoReading): string {
  return readFileSync(join(__dirname, '../../../../data/readings', `${name}.txt`), 'utf8');
}

/** Offset of the `n`-th (0-based) occurrence of `phrase` in `text`; throws if there is none. */
export function nthOccurrence(text: string, phrase: string, n: number): number {
  let at = -1;
  for (let i = 0; i <= n; i += 1) {
    at = text.indexOf(phrase, at + 1);
    if (at === -1) throw new Error(`"${phrase}" occurs fewer than ${n + 1} times`);
  }
  return at;
}
