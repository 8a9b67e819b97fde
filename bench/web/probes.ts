import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What the page records about itself (`page-probes.js`, an init script run before the app's own
 * scripts; plain JavaScript, so no compiler helper leaks into the page). Times are
 * `performance.now()`, which counts from the navigation's start.
 *
 * - long tasks, from a `PerformanceObserver`;
 * - when each annotation's highlight is first drawn: a `MutationObserver` notes marks added (or a
 *   mark's `data-ids` changed) and takes the time in the next animation frame, the one that paints them;
 * - when the reading text and the empty sidebar ("No annotations yet") are first drawn;
 * - when each live `annotation.created` frame reaches the page's WebSocket, before the app's
 *   handler runs (Socket.IO sets `onmessage` after construction, so this listener comes first);
 * - the last mouse button release, and the first selection toolbar drawn after it.
 */
export interface Probe {
  longTasks: Array<{ start: number; duration: number }>;
  firstSeen: Record<string, number>;
  textAt: number | null;
  emptyAt: number | null;
  liveFrames: Array<{ at: number; data: string }>;
  mouseUpAt: number | null;
  toolbarAt: number | null;
}

export const PAGE_PROBES = readFileSync(join(__dirname, 'page-probes.js'), 'utf8');
