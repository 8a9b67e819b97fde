import { existsSync } from 'node:fs';
import { Browser, chromium } from 'playwright-core';

/** Chromium comes from Debian (`apt-get install -y chromium`); no browser is ever downloaded. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export function chromiumMissingMessage(): string | null {
  if (existsSync(CHROMIUM_PATH)) return null;
  return `Chromium was not found at ${CHROMIUM_PATH}. Install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
    ],
  });
}
