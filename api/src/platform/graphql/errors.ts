import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { isDatabaseUnavailable } from '../database/availability';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

export interface FieldProblem {
  field: string;
  message: string;
}

/** The one exception the domain throws; mapped to a GraphQL error with the same code. */
export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const badInput = (fields: FieldProblem[], extra: Record<string, unknown> = {}) =>
  new DomainError(
    'BAD_USER_INPUT',
    `Invalid input: ${fields.map((f) => `${f.field} (${f.message})`).join('; ')}`,
    { fields, ...extra },
  );
export const forbidden = (message = 'You may not do this', extra: Record<string, unknown> = {}) =>
  new DomainError('FORBIDDEN', message, extra);
export const notFound = (entity: string, id: unknown) =>
  new DomainError('NOT_FOUND', `${entity} ${String(id)} does not exist`);
export const conflict = (message: string) => new DomainError('CONFLICT', message);
export const unauthenticated = (message = 'Log in first', extra: Record<string, unknown> = {}) =>
  new DomainError('UNAUTHENTICATED', message, extra);
/** For errors that refuse the whole request (no or bad token): HTTP 401, not 200 or 500. */
export const HTTP_401 = { http: { status: 401 } };
export const SERVICE_UNAVAILABLE_MESSAGE =
  'The server is temporarily unavailable; try again in a moment';
/** The database cannot be reached: the request may be retried, and the session stays valid. */
export const serviceUnavailable = () =>
  new DomainError('SERVICE_UNAVAILABLE', SERVICE_UNAVAILABLE_MESSAGE, { http: { status: 503 } });

/** Throws BAD_USER_INPUT when the validator collected any problem. */
export function assertNoProblems(problems: FieldProblem[]): void {
  if (problems.length > 0) throw badInput(problems);
}

// Codes the client may see as they are; anything else is an internal error and is masked.
const PUBLIC_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'SERVICE_UNAVAILABLE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** Apollo `formatError`: keeps public errors, logs and masks everything else. */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = formatted.extensions?.code;
  if (original instanceof GraphQLError && typeof code === 'string' && PUBLIC_CODES.has(code)) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: stripStack(formatted.extensions),
    };
  }
  if (isDatabaseUnavailable(original)) {
    console.error('[graphql] database unavailable', (original as Error).message);
    return {
      message: SERVICE_UNAVAILABLE_MESSAGE,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    };
  }
  console.error('[graphql] internal error', original);
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/**
 * Apollo plugin: an answer that carries SERVICE_UNAVAILABLE (a resolver met a database outage) is
 * HTTP 503, so clients and load balancers retry instead of treating it as a failed request.
 */
export const serviceUnavailableStatusPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (
          response.body.kind === 'single' &&
          response.body.singleResult.errors?.some(
            (error) => error.extensions?.code === 'SERVICE_UNAVAILABLE',
          )
        )
          response.http.status = 503;
      },
    };
  },
};

function stripStack(extensions: GraphQLFormattedError['extensions']) {
  if (!extensions) return extensions;
  const {
    stacktrace: _stacktrace,
    exception: _exception,
    ...rest
  } = extensions as Record<string, unknown>;
  return rest;
}
