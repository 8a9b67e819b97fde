/**
 * Soak benchmark (issue 17, item 6): two Glossa API instances on one PostgreSQL database and Redis,
 * 1,000 Socket.IO clients spread over both (one audience process per instance) in `--rooms` reading
 * rooms, and 20 createAnnotation writes a second through both for `--minutes` (10). It samples each
 * instance's RSS every 10 s and reports the RSS slope after warm-up, the p95 fan-out latency
 * (write's response → last client of its room) in the first and last minute, and the events lost.
 * Then the scale figure: fan-out to 5,000 sockets over the two instances against two bare Socket.IO
 * servers with @socket.io/redis-adapter doing the same, in the same run (scale.ts).
 *
 * Run: npm run bench:soak [-- --minutes=10 --clients=1000 --rate=20 --rooms=10 --scale-sockets=5000
 *      --scale-changes=100 | --no-scale]
 * Needs a PostgreSQL server (BENCH_DATABASE_URL, else TEST_DATABASE_URL / DATABASE_URL, else
 * postgres://postgres@127.0.0.1:5432/postgres; a throwaway database is made and dropped) and Redis
 * (REDIS_URL, else redis://127.0.0.1:6379): two instances cannot share the embedded database.
 */
import { cpus } from 'node:os';
import type { EventEnvelope } from '@glossa/contracts';
import { now } from '../fanout/clock';
import { benchArgs, throwawayDatabase } from '../fanout/harness';
import { summarize } from '../fanout/stats';
import { Arrivals } from './arrivals';
import { RssSampler, slopeMbPerMinute } from './memory';
import { Audience, BENCH_REALTIME_SETTINGS, Cleanups, startBareServers, startInstances } from './processes';
import { printScale, printSoak, SoakResult } from './report';
import { measureScale } from './scale';
import { stage } from './stage';
import { SteadyWriter } from './writes';

const argv = benchArgs();
const MINUTES = Number(argv.get('minutes') ?? 10);
const CLIENTS = Number(argv.get('clients') ?? 1000);
const RATE = Number(argv.get('rate') ?? 20);
const ROOMS = Number(argv.get('rooms') ?? 10);
const SCALE_SOCKETS = Number(argv.get('scale-sockets') ?? 5000);
const SCALE_CHANGES = Number(argv.get('scale-changes') ?? 100);
const SAMPLE_SECONDS = 10;
/** RSS grows while caches, pools and JIT settle: the slope counts from here on. */
const WARMUP_MINUTES = MINUTES * 0.2;
/** The windows compared for latency drift: the first and last minute (halves of a shorter run). */
const WINDOW_MINUTES = Math.min(1, MINUTES / 2);
/** Events still missing this long after the last write count as lost (backfill has had its turn). */
const DRAIN_MS = 8000;

async function main(): Promise<void> {
  const started = now();
  const database = await throwawayDatabase();
  const cleanups: Cleanups = [() => database.drop()];
  // Ctrl-C or a timeout's SIGTERM still stops the processes and drops the database.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: cleaning up`);
      void (async () => {
        for (const cleanup of cleanups) await cleanup().catch(() => undefined);
        process.exit(130);
      })();
    });
  }
  try {
    if (!database.url)
      throw new Error('the soak needs a PostgreSQL server: two instances cannot share embedded PGlite');
    const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
    const apis = await startInstances(database.url, redisUrl, cleanups);
    const { memberTokens, rooms } = await stage(apis[0].url, ROOMS + 1);
    const soakRooms = rooms.slice(0, ROOMS);
    const arrivals = new Arrivals(apis.length);
    let sample: EventEnvelope | null = null;
    const audiences = apis.map(() =>
      Audience.start(cleanups, (report) => {
        arrivals.record(report);
        if (report.group === 'api' && report.sample && !sample) sample = report.sample;
      }),
    );
    console.log(
      `Soak: 2 API instances with Redis, ${CLIENTS} Socket.IO clients (${CLIENTS / 2} per instance) in ${ROOMS} reading rooms, ` +
        `${RATE} createAnnotation/s for ${MINUTES} min; ${JSON.stringify(BENCH_REALTIME_SETTINGS)}; node ${process.version}, ${cpus().length} CPUs, ${database.label}`,
    );

    const perRoom = Math.round(CLIENTS / ROOMS / apis.length);
    const connectStarted = now();
    await Promise.all(
      audiences.map((audience, i) =>
        audience.ask(
          {
            type: 'connect',
            group: 'api',
            url: apis[i].url,
            tokens: memberTokens,
            rooms: soakRooms.map((r) => ({ room: r.room, count: perRoom })),
          },
          'connected',
          600_000,
        ),
      ),
    );
    console.log(
      `${perRoom * ROOMS * apis.length} clients connected and subscribed in ${((now() - connectStarted) / 1000).toFixed(1)} s`,
    );

    const writer = new SteadyWriter(
      apis.map((a) => a.url),
      memberTokens,
      soakRooms,
    );
    cleanups.unshift(async () => writer.close());
    const writesStarted = Date.now();
    const origin = now();
    const sampler = new RssSampler(
      apis.map((a) => a.child.pid ?? 0),
      writesStarted,
    );
    sampler.start(SAMPLE_SECONDS * 1000);
    const progress = setInterval(() => {
      const last = sampler.samples.map((s) => s[s.length - 1]?.rssMb.toFixed(0) ?? '?').join(' / ');
      const minute = ((Date.now() - writesStarted) / 60_000).toFixed(1);
      console.log(`  ${minute} min: ${writer.writes.length} writes, RSS A / B ${last} MB`);
    }, 60_000);
    await writer.run(RATE, MINUTES * 60_000);
    const writesMs = Date.now() - writesStarted;
    clearInterval(progress);
    sampler.stop();
    await new Promise((resolve) => setTimeout(resolve, DRAIN_MS));

    const ok = writer.writes.filter((w) => w.id);
    const expected: Record<string, number> = {};
    for (const write of ok) expected[write.room] = (expected[write.room] ?? 0) + 1;
    const tallies = await Promise.all(
      audiences.map((a) => a.ask({ type: 'tally', group: 'api', expected }, 'tallied', 60_000)),
    );
    const windowMs = WINDOW_MINUTES * 60_000;
    const latency = (from: number, to: number) =>
      summarize(
        ok
          .filter((w) => w.requested - origin >= from && w.requested - origin < to)
          .map((w) => (arrivals.lastDelivery('api', w.id ?? '') ?? Number.NaN) - w.responded)
          .filter((ms) => !Number.isNaN(ms)),
      );
    const soak: SoakResult = {
      minutes: MINUTES,
      writesMs,
      writes: writer.writes.length,
      failed: writer.writes.filter((w) => w.error).map((w) => w.error ?? ''),
      retries: writer.retries,
      unavailableRetries: writer.unavailableRetries,
      notLive: ok.filter((w) => arrivals.lastDelivery('api', w.id ?? '') === null).length,
      tallies,
      first: latency(0, windowMs),
      last: latency(MINUTES * 60_000 - windowMs, Number.POSITIVE_INFINITY),
      windowMinutes: WINDOW_MINUTES,
      warmupMinutes: WARMUP_MINUTES,
      rss: sampler.samples.map((samples, i) => ({
        name: apis[i].name,
        samples,
        ...slopeMbPerMinute(samples, WARMUP_MINUTES),
      })),
    };
    await Promise.all(audiences.map((a) => a.ask({ type: 'disconnect', group: 'api' }, 'disconnected', 60_000)));
    arrivals.forget('api');

    const met = printSoak(soak);
    if (!argv.has('no-scale')) {
      console.log(
        `\nScale: ${SCALE_SOCKETS} sockets in one room over both instances vs two bare Socket.IO servers with the Redis adapter`,
      );
      const bares = await startBareServers(redisUrl, cleanups);
      const scale = await measureScale(
        { apis, bares, audiences, arrivals, tokens: memberTokens, target: rooms[ROOMS], sample: () => sample },
        SCALE_SOCKETS,
        SCALE_CHANGES,
        5,
      );
      printScale(scale);
    }
    console.log(`(total ${((now() - started) / 1000).toFixed(0)} s)`);
    process.exitCode = met ? 0 : 1;
  } finally {
    for (const cleanup of cleanups)
      await cleanup().catch((error: unknown) => console.error(`cleanup: ${String(error)}`));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
