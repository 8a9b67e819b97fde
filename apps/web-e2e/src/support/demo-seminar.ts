import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_DATA_DIR } from './workspace';

/** The demo seminar the app seeds on a fresh database, read from the same files it seeds from. */
export interface DemoSeminar {
  seminar: { name: string };
  readings: Array<{ file: string; title: string; author: string }>;
  debates: Array<{ motion: string; sides: [string, string] }>;
}

export const DEMO_PASSWORD = 'read-together';
export const DEMO_MEMBER = { email: 'ama@glossa.demo', displayName: 'Ama Mensah' };

export function loadDemoSeminar(): DemoSeminar {
  return JSON.parse(readFileSync(join(DEMO_DATA_DIR, 'demo-seminar.json'), 'utf8')) as DemoSeminar;
}

export function demoReadingText(file: string): string {
  return readFileSync(join(DEMO_DATA_DIR, 'readings', file), 'utf8');
}
