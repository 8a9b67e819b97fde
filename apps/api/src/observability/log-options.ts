import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { DestinationStream, LevelWithSilent } from 'pino';
import { currentRequestId, requestIdFrom } from './request-id';

/** Placed where a secret would have been; docs/operations.md lists what is redacted. */
export const REDACTED = '[redacted]';

/**
 * Anything under these keys is never written, wherever it turns up in a log object: session
 * cookies and tokens, passwords, and GraphQL variables (which carry passwords on sign-in).
 */
const SECRET_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.token',
  '*.sessionSecret',
  '*.variables',
];

/** Operational endpoints polled every few seconds would drown the request log. */
const QUIET_PATHS = /^\/(metrics|health)(\/|\?|$)/;

/**
 * nestjs-pino settings: one JSON line per request (method, path without its query string, status,
 * duration, request id) and every application log line carrying the current request id.
 */
export function logOptions(level: LevelWithSilent, destination?: DestinationStream): Params {
  const options = {
    level,
    redact: { paths: SECRET_PATHS, censor: REDACTED },
    mixin: () => {
      const requestId = currentRequestId();
      return requestId ? { requestId } : {};
    },
    genReqId: (req: IncomingMessage) => currentRequestId() ?? requestIdFrom(req.headers['x-request-id']),
    // The query string is left out: a GraphQL GET carries the operation and its variables there.
    serializers: {
      req: (req: { id: unknown; method: string; url: string; remoteAddress?: string }) => ({
        id: req.id,
        method: req.method,
        path: req.url.split('?')[0],
        remoteAddress: req.remoteAddress,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    customLogLevel: (_req: IncomingMessage, res: ServerResponse, error?: Error) =>
      error || res.statusCode >= 500 ? ('error' as const) : ('info' as const),
    autoLogging: { ignore: (req: IncomingMessage) => QUIET_PATHS.test(req.url ?? '') },
  };
  return { pinoHttp: destination ? [options, destination] : options };
}

/** The level for Nest's `logger` option of createApp (the tests pass `['error']`): its most verbose entry. */
export function levelOfNestLogger(levels: false | string[]): LevelWithSilent {
  if (levels === false || levels.length === 0) return 'silent';
  const order: Array<[string, LevelWithSilent]> = [
    ['verbose', 'trace'],
    ['debug', 'debug'],
    ['log', 'info'],
    ['warn', 'warn'],
    ['error', 'error'],
    ['fatal', 'fatal'],
  ];
  return order.find(([nest]) => levels.includes(nest))?.[1] ?? 'error';
}
