import { ApolloLink } from '@apollo/client';
import { ServerError } from '@apollo/client/errors';
import { getMainDefinition } from '@apollo/client/utilities';
import { Kind, OperationTypeNode } from 'graphql';
import { catchError, mergeMap, type Observable, of, throwError, timer } from 'rxjs';
import type { ServerStatus } from './server-status';

const UNAVAILABLE_STATUSES = new Set([502, 503, 504]);

/** The API or its database cannot be reached right now (as opposed to refusing the request). */
export function isUnavailableError(error: unknown): boolean {
  if (ServerError.is(error)) return UNAVAILABLE_STATUSES.has(error.statusCode);
  // fetch rejects with a TypeError when the server cannot be reached at all.
  return error instanceof TypeError;
}

const isUnavailableResult = (result: ApolloLink.Result) =>
  (result.errors ?? []).some((error) => error.extensions?.code === 'SERVICE_UNAVAILABLE');

/** Carries an unavailable answer through catchError, so it can be retried like a network error. */
class UnavailableAnswer extends Error {
  constructor(readonly result: ApolloLink.Result) {
    super('The server is temporarily unavailable');
  }
}

export interface AvailabilityOptions {
  /** Waits between retries of a query, in milliseconds; the last one repeats. */
  delays?: readonly number[];
  /** Retries of one query before its error is shown. */
  maxRetries?: number;
}

/**
 * Marks the server unavailable while it answers 503 (or cannot be reached) and available again
 * on the next answer. Queries are retried with growing waits meanwhile; mutations are not (a
 * retry could write twice), they show their error and the banner.
 */
export function createAvailabilityLink(
  status: ServerStatus,
  { delays = [1000, 2000, 4000, 8000, 15000], maxRetries = 40 }: AvailabilityOptions = {},
): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const definition = getMainDefinition(operation.query);
    const retries =
      definition.kind === Kind.OPERATION_DEFINITION &&
      definition.operation === OperationTypeNode.QUERY;
    const attempt = (done: number): Observable<ApolloLink.Result> =>
      forward(operation).pipe(
        mergeMap((result) => {
          if (isUnavailableResult(result)) throw new UnavailableAnswer(result);
          status.markAvailable();
          return of(result);
        }),
        catchError((error: unknown) => {
          const answer = error instanceof UnavailableAnswer ? error : null;
          if (!answer && !isUnavailableError(error)) {
            status.markAvailable();
            return throwError(() => error);
          }
          status.markUnavailable();
          if (!retries || done >= maxRetries)
            return answer ? of(answer.result) : throwError(() => error);
          return timer(delays[Math.min(done, delays.length - 1)]).pipe(
            mergeMap(() => attempt(done + 1)),
          );
        }),
      );
    return attempt(0);
  });
}
