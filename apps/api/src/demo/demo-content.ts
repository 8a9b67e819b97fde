import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export interface DemoDebate {
  motion: string;
  description: string;
  sides: [string, string];
  /** PRE_MODERATED: members' claims wait for a moderator. */
  moderation: 'OPEN' | 'PRE_MODERATED';
}

export interface DemoContent {
  seminar: { name: string; description: string };
  readings: Array<{ file: string; title: string; author: string; source: string; text: string }>;
  debates: DemoDebate[];
}

interface Manifest {
  seminar: { name: string; description: string };
  readings: Array<{ file: string; title: string; author: string; year?: number; source?: string }>;
  debates: Array<{ motion: string; sides: [string, string]; description?: string; moderation?: string }>;
}

/**
 * Finds the project's `data/` folder by walking up from this file, so the demo loads the same way
 * from the sources (tests), the bundle in dist/ (npm start) or another working directory.
 */
export function findDemoDataDir(start = __dirname): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'data', 'demo-seminar.json'))) return join(dir, 'data');
    if (dirname(dir) === dir) break;
  }
  const fromCwd = join(process.cwd(), 'data');
  if (existsSync(join(fromCwd, 'demo-seminar.json'))) return fromCwd;
  throw new Error('The demo data (data/demo-seminar.json) was not found above ' + start);
}

export async function loadDemoContent(dataDir = findDemoDataDir()): Promise<DemoContent> {
  const manifest = JSON.parse(await readFile(join(dataDir, 'demo-seminar.json'), 'utf8')) as Manifest;
  const readings = await Promise.all(
    manifest.readings.map(async (r) => ({
      file: r.file,
      title: r.title,
      author: r.author,
      source: r.source ?? (r.year ? `${r.year}` : ''),
      text: await readFile(join(dataDir, 'readings', r.file), 'utf8'),
    })),
  );
  const debates = manifest.debates.map((d) => ({
    motion: d.motion,
    description: d.description ?? '',
    sides: d.sides,
    moderation: d.moderation === 'PRE_MODERATED' ? ('PRE_MODERATED' as const) : ('OPEN' as const),
  }));
  return { seminar: manifest.seminar, readings, debates };
}
