/**
 * `npm run bench:web-profile`: stages bench:web's busy reading, then records Chromium's JavaScript
 * CPU profile of its opening and of two live annotations from another member (with a timeline trace
 * of their layouts and paints), and prints where the time went. Names are the built client's: build
 * it unminified (`npx vite build --minify false` in apps/web) to read them. See README.md.
 */
import { chromium } from 'playwright-core';
import { createBenchDatabase, withCleanup } from '../annotations/bench-database';
import { CHROMIUM_PATH, startApp } from './app';
import { PAGE_PROBES } from './probes';
import { annotateAs, DEMO_PASSWORD, passageAt, signIn, stageReadings } from './stage';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function top(profile: CpuProfile, n = 25): string[] {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byNode.get(id)?.callFrame;
    const key = frame ? `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}:${frame.columnNumber}` : '?';
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${k}`);
}

async function main(): Promise<void> {
  const cleanups: Array<() => Promise<void>> = [];
  await withCleanup(cleanups, async () => {
    const database = await createBenchDatabase();
    cleanups.push(() => database.drop());
    const app = await startApp(database.url);
    cleanups.push(() => app.stop());
    const viewer = await signIn(app.baseUrl, 'ama@glossa.demo');
    const stage = await stageReadings(app.baseUrl, database.url, viewer);
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'] });
    cleanups.push(() => browser.close());
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript({ content: PAGE_PROBES });
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/sign-in`);
    await page.getByLabel('Email', { exact: true }).fill('ama@glossa.demo');
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Your seminars' }).waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(`${app.baseUrl}/readings/${stage.busyReadingId}`);
    await page.locator('[data-annotation-card]').first().waitFor({ timeout: 60_000 });
    await page.waitForTimeout(3000);
    const opening = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    console.log('Opening: the most self time\n' + top(opening.profile).join('\n'));
    // What one forced layout costs after each kind of change (the reading room makes all three on a live annotation).
    const layoutCosts = await page.evaluate(`(() => {
      const text = document.querySelector('[data-reading-text]');
      const cards = text.closest('[class]').parentElement.parentElement.querySelector('aside [data-card-slot]').parentElement;
      const time = (change) => { change(); const t = performance.now(); text.getBoundingClientRect(); document.body.offsetHeight; return +(performance.now() - t).toFixed(1); };
      const out = {};
      out.nothing = time(() => undefined);
      out.sidebarHeight = time(() => { cards.style.minHeight = (cards.offsetHeight + 7) + 'px'; });
      out.sidebarHeightAgain = time(() => { cards.style.minHeight = (parseInt(cards.style.minHeight) + 7) + 'px'; });
      out.slotTransform = time(() => { cards.firstElementChild.style.transform = 'translateY(3px)'; });
      const mark = text.querySelectorAll('mark')[800];
      out.markAttribute = time(() => mark.setAttribute('data-x', '1'));
      out.markStyle = time(() => { mark.style.backgroundImage = 'none'; });
      out.textAfterMark = time(() => { mark.textContent = mark.textContent; });
      const card = cards.querySelector('[data-annotation-card]');
      out.cardText = time(() => { card.querySelector('span').textContent += ' '; });
      return out;
    })()`);
    console.log('Forced layout after a change (ms):', JSON.stringify(layoutCosts));
    for (let i = 0; i < 2; i += 1) {
      const events: Array<{ name: string; dur?: number; ph: string; args?: { beginData?: { stackTrace?: Array<{ functionName: string }> }; data?: { stackTrace?: Array<{ functionName: string }> } } }> = [];
      const collect = (e: { value: object[] }): void => {
        events.push(...(e.value as typeof events));
      };
      cdp.on('Tracing.dataCollected', collect);
      await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
      await page.evaluate(`document.querySelectorAll('[data-annotation-card]').forEach((card) => { card.__benchSeen = true; })`);
      await cdp.send('Profiler.start');
      const id = await annotateAs(stage.other, stage.busyReadingId, passageAt(stage.text, Math.floor(stage.text.length * (0.4 + i * 0.2)), 4));
      await page.locator(`mark[data-ids~="${id}"]`).first().waitFor();
      await page.waitForTimeout(1000);
      const live = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
      const mounted = await page.evaluate(`[...document.querySelectorAll('[data-annotation-card]')].filter((card) => !card.__benchSeen).length`);
      console.log(`Cards mounted again or new after the live annotation: ${String(mounted)}`);
      const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await done;
      cdp.off('Tracing.dataCollected', collect);
      const sums = new Map<string, { ms: number; n: number; max: number }>();
      for (const e of events) {
        if (e.ph !== 'X' || !e.dur) continue;
        const name = e.name;
        if (!['Layout', 'UpdateLayoutTree', 'Paint', 'PrePaint', 'Layerize', 'FunctionCall', 'EvaluateScript', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'RunMicrotasks', 'HitTest', 'ParseHTML', 'v8.callFunction', 'ScheduleStyleRecalculation', 'IntersectionObserverController::computeIntersections', 'ResizeObserverController::DeliverObservations', 'UpdateLayer', 'Commit', 'ProfileCall'].includes(name)) continue;
        const s = sums.get(name) ?? { ms: 0, n: 0, max: 0 };
        s.ms += e.dur / 1000;
        s.n += 1;
        s.max = Math.max(s.max, e.dur / 1000);
        sums.set(name, s);
      }
      console.log('Trace:', [...sums].sort((a, b) => b[1].ms - a[1].ms).map(([k, v]) => `${k} ${v.ms.toFixed(0)}ms/${v.n} (max ${v.max.toFixed(0)})`).join(', '));
      const layouts = events.filter((e) => (e.name === 'Layout' || e.name === 'UpdateLayoutTree') && e.ph === 'X' && (e.dur ?? 0) > 20000);
      for (const e of layouts.slice(0, 8)) console.log(`  ${e.name} ${((e.dur ?? 0) / 1000).toFixed(0)} ms from ${(e.args?.beginData?.stackTrace ?? e.args?.data?.stackTrace ?? []).slice(0, 3).map((f) => f.functionName).join(' < ')}`);
      const p = (await page.evaluate('window.__bench')) as { firstSeen: Record<string, number>; liveFrames: Array<{ at: number; data: string }> };
      const frame = p.liveFrames.find((f) => f.data.includes(id));
      console.log(`\nLive annotation ${i + 1}: drawn ${frame ? (p.firstSeen[id] - frame.at).toFixed(0) : '?'} ms after its event; the most self time\n` + top(live.profile).join('\n'));
    }
  });
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
