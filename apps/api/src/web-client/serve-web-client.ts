import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Logger } from '@nestjs/common';

/** Paths the API answers itself; everything else that asks for HTML gets the single-page app. */
const API_PATHS = /^\/(graphql|health|metrics|socket\.io|export|documents|mail)(\/|$)/;

/**
 * Serves the built web client (apps/web → dist/apps/web) from the API's own port, with index.html
 * for client-side routes such as /readings/:id.
 */
export function serveWebClient(app: NestExpressApplication, configuredDir: string | null): void {
  const dir = configuredDir ?? findWebBuild();
  if (!dir) {
    new Logger('WebClient').warn('No web client build found (run `npm run build`); serving the API only.');
    return;
  }
  app.useStaticAssets(dir, { index: false, maxAge: '1h' });
  const index = join(dir, 'index.html');
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || API_PATHS.test(req.path) || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}

function findWebBuild(start = __dirname): string | null {
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, 'dist', 'apps', 'web');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    const sibling = join(dir, 'web');
    if (existsSync(join(sibling, 'index.html'))) return sibling;
    if (dirname(dir) === dir) return null;
  }
}
