/**
 * Resident memory of the API processes as an operator sees it (`VmRSS` in /proc, what `ps` and
 * container limits count), read from outside: asking the process would run code in it, and a
 * forced GC before each sample would hide the growth the soak looks for.
 */
import { readFile } from 'node:fs/promises';

export interface RssSample {
  /** Minutes since the soak's writes began. */
  minute: number;
  rssMb: number;
}

export async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+) kB/m.exec(status);
  if (!match) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]) / 1024;
}

/** Samples each process's RSS every `everyMs` until stopped. */
export class RssSampler {
  readonly samples: RssSample[][];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly pids: number[],
    private readonly started: number,
  ) {
    this.samples = pids.map(() => []);
  }

  start(everyMs: number): void {
    const sample = async () => {
      const minute = (Date.now() - this.started) / 60_000;
      const values = await Promise.all(this.pids.map(rssMb));
      values.forEach((rss, i) => this.samples[i].push({ minute, rssMb: rss }));
    };
    void sample();
    this.timer = setInterval(() => void sample().catch(() => undefined), everyMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}

/** Least-squares slope of RSS over time (MB per minute) of the samples from `fromMinute` on. */
export function slopeMbPerMinute(samples: RssSample[], fromMinute: number): { slope: number; count: number } {
  const points = samples.filter((s) => s.minute >= fromMinute);
  const n = points.length;
  if (n < 2) return { slope: Number.NaN, count: n };
  const meanX = points.reduce((sum, p) => sum + p.minute, 0) / n;
  const meanY = points.reduce((sum, p) => sum + p.rssMb, 0) / n;
  let covariance = 0;
  let variance = 0;
  for (const p of points) {
    covariance += (p.minute - meanX) * (p.rssMb - meanY);
    variance += (p.minute - meanX) ** 2;
  }
  return { slope: covariance / variance, count: n };
}
