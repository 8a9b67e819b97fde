import { performance } from 'node:perf_hooks';

/**
 * Milliseconds on the machine's clock with sub-millisecond resolution, comparable between the
 * benchmark's processes (each adds its own high-resolution offset to the shared time origin).
 */
export function now(): number {
  return performance.timeOrigin + performance.now();
}
