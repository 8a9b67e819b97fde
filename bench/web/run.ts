/**
 * bench:web — the reading room on the busiest reading (issue 16, item 5): the demo seminar's Gilder
 * reading with 1,000 more annotations and 3,000 replies from 30 members, in Debian's Chromium through
 * playwright-core, against the same text with no annotation measured in the same run. See README.md.
 */
import { chromium } from 'playwright-core';
import { createBenchDatabase, withCleanup } from '../annotations/bench-database';
import { CHROMIUM_PATH, missingPrerequisites, startApp } from './app';
import { Sample, sampleReading } from './measure';
import { PAGE_PROBES } from './probes';
import { DEMO_PASSWORD, signIn, stageReadings } from './stage';

const SAMPLES = Number(process.env.BENCH_WEB_SAMPLES ?? 3);
const VIEWER = 'ama@glossa.demo';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

interface Figure {
  name: string;
  unit: 'ms' | 'MB';
  target: number;
  /** How a run's samples become one figure. */
  of: (samples: Sample[]) => number;
}

// Medians of the samples, but the worst for long tasks and heap: the target is a ceiling for every opening.
const FIGURES: Figure[] = [
  { name: 'navigation → highlights drawn', unit: 'ms', target: 1500, of: (s) => median(s.map((x) => x.drawnMs)) },
  { name: 'longest task scrolling the whole text', unit: 'ms', target: 100, of: (s) => Math.max(...s.map((x) => x.scrollLongestMs)) },
  { name: 'selection → toolbar drawn (median)', unit: 'ms', target: 50, of: (s) => median(s.flatMap((x) => x.toolbarMs)) },
  { name: 'selection → toolbar drawn (slowest)', unit: 'ms', target: 50, of: (s) => Math.max(...s.flatMap((x) => x.toolbarMs)) },
  { name: 'live annotation: event → drawn (median)', unit: 'ms', target: 100, of: (s) => median(s.flatMap((x) => x.liveMs)) },
  { name: 'live annotation: event → drawn (slowest)', unit: 'ms', target: 100, of: (s) => Math.max(...s.flatMap((x) => x.liveMs)) },
  { name: 'JavaScript heap after GC', unit: 'MB', target: 150, of: (s) => Math.max(...s.map((x) => x.heapMb)) },
];

async function main(): Promise<void> {
  const missing = missingPrerequisites();
  if (missing.length > 0) {
    console.error(`bench:web needs:\n${missing.map((m) => `  - ${m}`).join('\n')}`);
    process.exit(2);
  }
  const cleanups: Array<() => Promise<void>> = [];
  const ok = await withCleanup(cleanups, async () => {
    const database = await createBenchDatabase();
    cleanups.push(() => database.drop());
    console.log('Starting the built app on a throwaway database (migrations, demo seminar)…');
    const app = await startApp(database.url);
    cleanups.push(() => app.stop());
    const viewer = await signIn(app.baseUrl, VIEWER);
    console.log('Seeding the Gilder reading: 1,000 annotations, 3,000 replies, 30 members…');
    const stage = await stageReadings(app.baseUrl, database.url, viewer);
    if (process.env.BENCH_WEB_HOLD === '1') {
      // For profiling by hand: the staged app stays up until Ctrl-C.
      console.log(JSON.stringify({ baseUrl: app.baseUrl, busy: stage.busyReadingId, baseline: stage.baselineReadingId, viewer: VIEWER, password: DEMO_PASSWORD }));
      await new Promise(() => undefined);
    }

    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
    });
    cleanups.push(() => browser.close());
    // Sign in once through the form; every sample opens a fresh context with that session cookie.
    const first = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const signInPage = await first.newPage();
    await signInPage.goto(`${app.baseUrl}/sign-in`);
    await signInPage.getByLabel('Email', { exact: true }).fill(VIEWER);
    await signInPage.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await signInPage.getByRole('button', { name: 'Sign in', exact: true }).click();
    await signInPage.getByRole('heading', { level: 1, name: 'Your seminars' }).waitFor();
    const storageState = await first.storageState();
    await first.close();

    const runs = { baseline: [] as Sample[], busy: [] as Sample[] };
    // A warm-up of each (not counted), then baseline and busy alternately.
    for (let i = -1; i < SAMPLES; i += 1) {
      for (const which of ['baseline', 'busy'] as const) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, storageState });
        await context.addInitScript({ content: PAGE_PROBES });
        const readingId = which === 'busy' ? stage.busyReadingId : stage.baselineReadingId;
        const sample = await sampleReading(context, app.baseUrl, readingId, stage.text, stage.other);
        await context.close();
        const label = i < 0 ? 'warm-up' : `sample ${i + 1}`;
        console.log(
          `  ${which.padEnd(8)} ${label.padEnd(8)} drawn ${sample.drawnMs.toFixed(0)} ms (${sample.highlights} highlights), scroll longest ${sample.scrollLongestMs.toFixed(0)} ms, ` +
            `toolbar ${sample.toolbarMs.map((t) => t.toFixed(0)).join('/')} ms, live ${sample.liveMs.map((t) => t.toFixed(0)).join('/')} ms, heap ${sample.heapMb.toFixed(1)} MB`,
        );
        if (i >= 0) runs[which].push(sample);
      }
    }

    console.log(`\nGilder (${stage.text.length.toLocaleString('en')} characters): ${runs.busy[0].highlights} highlights drawn vs. ${runs.baseline[0].highlights} in the baseline; ${SAMPLES} samples each, Chromium ${browser.version()}\n`);
    console.log(`${'figure'.padEnd(42)}${'baseline'.padStart(11)}${'busy'.padStart(11)}${'ratio'.padStart(8)}${'target'.padStart(10)}  met`);
    let allMet = true;
    for (const figure of FIGURES) {
      const base = figure.of(runs.baseline);
      const busy = figure.of(runs.busy);
      const met = busy <= figure.target;
      allMet &&= met;
      const show = (v: number) => `${v.toFixed(figure.unit === 'MB' ? 1 : 0)} ${figure.unit}`;
      const ratio = base > 0 ? `${(busy / base).toFixed(2)}×` : '—';
      console.log(`${figure.name.padEnd(42)}${show(base).padStart(11)}${show(busy).padStart(11)}${ratio.padStart(8)}${`≤ ${figure.target} ${figure.unit}`.padStart(10)}  ${met ? 'yes' : 'NO'}`);
    }
    return allMet;
  });
  process.exit(ok ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
