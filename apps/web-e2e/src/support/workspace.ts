import { join, resolve } from 'node:path';

/** The repository root, whatever directory Jest was started from. */
export const WORKSPACE_ROOT = resolve(__dirname, '../../../..');

export const API_MAIN = join(WORKSPACE_ROOT, 'dist/apps/api/main.js');
export const WEB_INDEX = join(WORKSPACE_ROOT, 'dist/apps/web/index.html');

/** Screenshots and other evidence of a run (git-ignored). */
export const ARTIFACTS_DIR = join(WORKSPACE_ROOT, 'test-artifacts', 'web-e2e');

export const DEMO_DATA_DIR = join(WORKSPACE_ROOT, 'data');
