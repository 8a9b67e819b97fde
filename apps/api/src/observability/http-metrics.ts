import type { NextFunction, Request, Response } from 'express';
import { performance } from 'node:perf_hooks';
import { Metrics } from './metrics';

/**
 * Express middleware timing each HTTP request. The route label is the matched route's pattern
 * (`/graphql`, `/health/ready`), never the raw path, so client-chosen URLs cannot grow the label set;
 * files of the web client and unmatched paths are `static` and `unmatched`.
 */
export function timeHttpRequests(metrics: Metrics) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = performance.now();
    res.once('finish', () => {
      const route = routeOf(req, res);
      metrics.httpDuration.observe(
        { method: req.method, route, status: String(res.statusCode) },
        (performance.now() - started) / 1000,
      );
    });
    next();
  };
}

function routeOf(req: Request, res: Response): string {
  const pattern = (req.route as { path?: unknown } | undefined)?.path;
  // Express 5 writes a mount's optional tail as `{/*splat}` (Apollo's `/graphql{/*splat}`).
  if (typeof pattern === 'string') return `${req.baseUrl}${pattern}`.replace(/\{\/\*\w+\}$/, '') || '/';
  if (req.originalUrl.split('?')[0] === '/graphql') return '/graphql';
  return res.statusCode === 404 ? 'unmatched' : 'static';
}
