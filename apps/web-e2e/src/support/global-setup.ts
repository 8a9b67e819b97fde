import { AppServer, missingBuildMessage, startAppServer } from './app-server';
import { chromiumMissingMessage } from './chromium';

declare global {
  var __glossaE2eServers: AppServer[] | undefined;
}

/**
 * Checks the prerequisites, then starts the built app once for the whole run per Jest worker: each
 * worker's files use their own app (fresh embedded database, demo seed), so files running at the
 * same time never see each other's work. Test files read their app's address from
 * GLOSSA_E2E_BASE_URLS (browser-suite.ts). Without Chromium the run fails in CI and is skipped,
 * loudly, elsewhere.
 */
export default async function globalSetup(globalConfig: { maxWorkers: number }): Promise<void> {
  const noChromium = chromiumMissingMessage();
  if (noChromium) {
    if (process.env['CI'] === 'true') throw new Error(`[web-e2e] ${noChromium} Browser tests cannot be skipped in CI.`);
    process.env['GLOSSA_E2E_SKIP_REASON'] = noChromium;
    console.warn(`\n[web-e2e] SKIPPING the browser tests: ${noChromium}\n`);
    return;
  }
  const noBuild = missingBuildMessage();
  if (noBuild) throw new Error(`[web-e2e] ${noBuild}`);

  const count = Math.max(1, globalConfig.maxWorkers);
  const started = await Promise.allSettled(Array.from({ length: count }, () => startAppServer()));
  const servers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  globalThis.__glossaE2eServers = servers;
  const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw failed.reason;
  process.env['GLOSSA_E2E_BASE_URLS'] = servers.map((s) => s.baseUrl).join(' ');
  for (const server of servers) console.log(`\n[web-e2e] app started at ${server.baseUrl} (data in ${server.dataDir})`);
}
