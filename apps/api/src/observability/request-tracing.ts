import type { NextFunction, Request, Response } from 'express';
import { requestIdFrom, runWithRequestId } from './request-id';

/** Where the request id waits between the two middlewares below. */
const REQUEST_ID = Symbol('glossa:requestId');
type Traced = Request & { [REQUEST_ID]?: string };

/**
 * First middleware of the app: gives the request its id (the caller's `x-request-id` when well
 * formed) and echoes it in the response, even when a body parser later refuses the request.
 */
export function assignRequestId(req: Traced, res: Response, next: NextFunction): void {
  const id = requestIdFrom(req.headers['x-request-id']);
  req[REQUEST_ID] = id;
  res.setHeader('x-request-id', id);
  next();
}

/**
 * Installed after the body parsers: runs the rest of the request under its id. (A body parser
 * resumes in the socket's asynchronous context, which would lose an id set before it.)
 */
export function continueUnderRequestId(req: Traced, _res: Response, next: NextFunction): void {
  runWithRequestId(req[REQUEST_ID] ?? requestIdFrom(undefined), next);
}
