/** The soak's figures and targets, and the scale figure, as printed. */
import type { Summary } from '../fanout/stats';
import type { RssSample } from './memory';
import type { AudienceReport } from './protocol';
import type { ScaleResult } from './scale';

/** Target: RSS grows by at most this much per minute after warm-up, on each instance. */
const SLOPE_LIMIT_MB_PER_MINUTE = 1;
/** Target: the last minute's p95 fan-out latency is at most this times the first minute's. */
const DRIFT_LIMIT = 1.2;

export interface SoakResult {
  minutes: number;
  writesMs: number;
  writes: number;
  failed: string[];
  retries: number;
  unavailableRetries: number;
  /** Writes whose event some client got only later (backfill) or never, over the live path. */
  notLive: number;
  tallies: Array<Extract<AudienceReport, { type: 'tallied' }>>;
  first: Summary;
  last: Summary;
  windowMinutes: number;
  warmupMinutes: number;
  rss: Array<{ name: string; samples: RssSample[]; slope: number; count: number }>;
}

const ms = (value: number | undefined) => `${(value ?? Number.NaN).toFixed(1).padStart(8)} ms`;
const row = (label: string, s: Summary) =>
  `${label.padEnd(34)}${String(s.count).padStart(7)}${ms(s.p50)}${ms(s.p95)}${ms(s.p99)}${ms(s.max)}`;
const verdict = (met: boolean) => (met ? 'MET' : 'MISSED');

/** Prints the soak's figures and targets; true when every target is met. */
export function printSoak(soak: SoakResult): boolean {
  const sum = (key: 'lost' | 'extra' | 'duplicates' | 'clients') =>
    soak.tallies.reduce((total, t) => total + t[key], 0);
  console.log(
    `\nWrites: ${soak.writes} in ${(soak.writesMs / 1000).toFixed(0)} s (${((soak.writes * 1000) / soak.writesMs).toFixed(1)}/s), ` +
      `${soak.failed.length} failed, sent again: ${soak.retries} after a broken connection, ` +
      `${soak.unavailableRetries} after UNAVAILABLE`,
  );
  for (const error of [...new Set(soak.failed)].slice(0, 5)) console.log(`  failed: ${error}`);

  console.log(
    `\nFan-out latency, write's response → last client of its room   n      p50         p95         p99         max`,
  );
  const window = soak.windowMinutes === 1 ? 'minute' : `${soak.windowMinutes.toFixed(1)} min`;
  console.log(row(`first ${window}`, soak.first));
  console.log(row(`last ${window}`, soak.last));
  const drift = soak.last.p95 / soak.first.p95;
  const driftMet = drift <= DRIFT_LIMIT;

  console.log(
    `\nRSS every 10 s (VmRSS), slope by least squares after ${soak.warmupMinutes.toFixed(1)} min of warm-up:`,
  );
  let slopeMet = true;
  for (const instance of soak.rss) {
    const first = instance.samples[0]?.rssMb ?? Number.NaN;
    const last = instance.samples[instance.samples.length - 1]?.rssMb ?? Number.NaN;
    const peak = Math.max(...instance.samples.map((s) => s.rssMb));
    slopeMet &&= instance.slope <= SLOPE_LIMIT_MB_PER_MINUTE;
    console.log(
      `  instance ${instance.name}: ${first.toFixed(0)} → ${last.toFixed(0)} MB (peak ${peak.toFixed(0)}), ` +
        `${instance.slope >= 0 ? '+' : ''}${instance.slope.toFixed(2)} MB/min over ${instance.count} samples`,
    );
  }
  console.log(
    `  samples (MB): ${soak.rss.map((r) => `${r.name} ${r.samples.map((s) => s.rssMb.toFixed(0)).join(' ')}`).join(' | ')}`,
  );

  const lost = sum('lost');
  const duplicates = sum('duplicates');
  console.log(
    `\nEvents: ${sum('clients')} clients; lost ${lost}, delivered twice ${duplicates}, unexpected ${sum('extra')}; ` +
      `${soak.notLive} writes reached some client only by backfill or not at all`,
  );
  const lossMet = lost === 0 && duplicates === 0 && soak.failed.length === 0;

  console.log('\nTargets:');
  for (const instance of soak.rss) {
    console.log(
      `  RSS slope of ${instance.name} ≤ ${SLOPE_LIMIT_MB_PER_MINUTE} MB/min: ${instance.slope.toFixed(2)} → ${verdict(instance.slope <= SLOPE_LIMIT_MB_PER_MINUTE)}`,
    );
  }
  console.log(
    `  p95 last ${window} ≤ ${DRIFT_LIMIT} × first: ${soak.last.p95.toFixed(1)} / ${soak.first.p95.toFixed(1)} ms = ${drift.toFixed(2)} → ${verdict(driftMet)}`,
  );
  console.log(
    `  0 events lost or doubled, 0 writes failed: ${lost} / ${duplicates} / ${soak.failed.length} → ${verdict(lossMet)}`,
  );
  return slopeMet && driftMet && lossMet;
}

/** Prints the scale figure: the two fan-outs and their ratio. */
export function printScale(scale: ScaleResult): void {
  console.log(
    `\nScale: fan-out to ${scale.sockets} sockets in one room, half on each server   n      p50         p95         p99         max`,
  );
  console.log(row('Glossa, 2 instances + Redis', scale.api));
  console.log(row('bare Socket.IO ×2 + redis-adapter', scale.bare));
  console.log(
    `${'ratio Glossa / bare'.padEnd(41)}${(scale.api.p50 / scale.bare.p50).toFixed(2).padStart(12)}${(scale.api.p95 / scale.bare.p95).toFixed(2).padStart(12)}${(scale.api.p99 / scale.bare.p99).toFixed(2).padStart(12)}`,
  );
  console.log(
    `  connecting: Glossa ${(scale.connectMs.api / 1000).toFixed(1)} s, bare ${(scale.connectMs.bare / 1000).toFixed(1)} s; ` +
      `rounds not delivered to every socket within 15 s: Glossa ${scale.lost.api}, bare ${scale.lost.bare}`,
  );
}
