import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from './logger';
import type { Metrics } from './metrics';

export const REQUEST_ID_HEADER = 'x-request-id';
const CLIENT_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** What the GraphQL layer adds to a request's log line; kept in `res.locals`. */
export interface RequestObservation {
  requestId: string;
  viewerId?: number;
  /** The client's operation name, when it is a plain identifier. */
  operationName?: string;
}

export function observationOf(res: Response): RequestObservation {
  return res.locals as RequestObservation;
}

const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export function noteOperation(res: Response, operationName: unknown, viewerId?: number): void {
  const observation = observationOf(res);
  if (typeof operationName === 'string' && OPERATION_NAME.test(operationName))
    observation.operationName = operationName;
  if (viewerId !== undefined) observation.viewerId = viewerId;
}

/** The route family for metrics: a bounded label, never an id or a file name. */
export function routeGroup(path: string): string {
  if (path === '/graphql') return 'graphql';
  if (path.startsWith('/documents/')) return 'documents';
  if (path.startsWith('/exports/')) return 'exports';
  if (path.startsWith('/imports/')) return 'imports';
  if (['/healthz', '/readyz', '/metrics'].includes(path)) return path.slice(1);
  if (path.startsWith('/assets/')) return 'assets';
  return 'dashboard';
}

/**
 * One JSON line per request once it is answered: request id (the client's, when sane, else a new
 * one, echoed in `X-Request-Id`), method, route, status, duration, operation name and viewer id.
 * No query string, body or header is logged: they can carry personal data.
 */
export function requestLog(logger: Logger, metrics: Metrics) {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    // Read now: mounted routers rewrite req.path while they handle the request.
    const path = req.path;
    const given = req.get(REQUEST_ID_HEADER);
    const requestId = given && CLIENT_REQUEST_ID.test(given) ? given : randomUUID();
    observationOf(res).requestId = requestId;
    res.setHeader('X-Request-Id', requestId);
    res.on('finish', () => {
      const route = routeGroup(path);
      metrics.httpRequests.inc({ route, method: req.method, status: String(res.statusCode) });
      if (route === 'assets' || route === 'healthz' || route === 'readyz' || route === 'metrics')
        return;
      const { operationName, viewerId } = observationOf(res);
      logger.info(
        {
          requestId,
          method: req.method,
          route,
          path: route === 'graphql' || route === 'dashboard' ? undefined : path,
          status: res.statusCode,
          durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
          operationName,
          viewerId,
        },
        'request',
      );
    });
    next();
  };
}
