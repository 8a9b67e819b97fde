import { AppServer, missingBuildMessage, startAppServer } from './app-server';
import { chromiumMissingMessage } from './chromium';

declare global {
  var __glossaE2eServer: AppServer | undefined;
}

/**
 * Checks the prerequisites, then starts the built app once for the whole run; test files read its
 * address from GLOSSA_E2E_BASE_URL. Without Chromium the run fails in CI and is skipped, loudly,
 * elsewhere.
 */
export default async function globalSetup(): Promise<void> {
  const noChromium = chromiumMissingMessage();
  if (noChromium) {
    if (process.env['CI'] === 'true') throw new Error(`[web-e2e] ${noChromium} Browser tests cannot be skipped in CI.`);
    process.env['GLOSSA_E2E_SKIP_REASON'] = noChromium;
    console.warn(`\n[web-e2e] SKIPPING the browser tests: ${noChromium}\n`);
    return;
  }
  const noBuild = missingBuildMessage();
  if (noBuild) throw new Error(`[web-e2e] ${noBuild}`);

  const server = await startAppServer();
  globalThis.__glossaE2eServer = server;
  process.env['GLOSSA_E2E_BASE_URL'] = server.baseUrl;
  console.log(`\n[web-e2e] app started at ${server.baseUrl} (data in ${server.dataDir})`);
}
