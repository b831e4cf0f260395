import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { isDatabaseUnavailable } from '../database/availability';
import { isForeignKeyViolation, isUniqueViolation } from '../database/constraint-violation';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

/** The platform's own reasons: generic ones any module uses, for whole errors and for fields. */
export const PLATFORM_ERROR_REASONS = [
  'LOGIN_REQUIRED',
  'INVALID_TOKEN',
  'PASSWORD_CHANGE_REQUIRED',
  'FIELD_FORBIDDEN',
  'AUDIT_LOG_FORBIDDEN',
  'NOT_FOUND',
  'STALE_VERSION',
  'DUPLICATE',
  'REFERENCE_CHANGED',
  'INVALID_INPUT',
  'SERVICE_UNAVAILABLE',
  'QUERY_TOO_DEEP',
  'TOO_MANY_ALIASES',
  'QUERY_TOO_COSTLY',
  'IDEMPOTENCY_KEY_REUSED',
  'IDEMPOTENCY_KEY_IN_PROGRESS',
  'IDEMPOTENCY_RESULT_LOST',
  // Field problems.
  'REQUIRED',
  'LENGTH',
  'MAX_LENGTH',
  'CONTROL_CHARACTERS',
  'INVALID_DATE',
  'DATE_IN_FUTURE',
  'DATE_RANGE',
  'DATE_BEFORE_START',
  'INVALID_ID',
  'INVALID_CURSOR',
  'PAGE_SIZE',
  'INVALID_VARIABLE',
  'REPEATED',
  'NOT_ONE_OF',
  'UNKNOWN_REFERENCE',
  'NO_CHANGES',
  'WHOLE_NUMBER_RANGE',
  'POSITIVE_NUMBER',
  'NON_NEGATIVE_NUMBER',
  'INVALID_URL',
  'INVALID_IDEMPOTENCY_KEY',
  'IDEMPOTENCY_KEY_NOT_APPLICABLE',
] as const;
export type PlatformErrorReason = (typeof PLATFORM_ERROR_REASONS)[number];

/**
 * Every module's reasons, by module: each `<module>.errors.ts` adds its union here by module
 * augmentation, so the helpers below accept exactly the reasons some module declares.
 */
export interface ErrorReasons {
  platform: PlatformErrorReason;
}
/** A stable machine reason (`extensions.reason`): what clients switch on and translate. */
export type ErrorReason = ErrorReasons[keyof ErrorReasons];

/** Values a reason's sentence names (bounds, dates, counts), for the client's translation. */
export type ReasonParams = Record<string, string | number>;

/** One bad input field: which, why (a reason with its params) and the English sentence. */
export interface FieldProblem {
  field: string;
  reason: ErrorReason;
  message: string;
  params?: ReasonParams;
}

/**
 * The one exception the domain throws; mapped to a GraphQL error with the same code and reason.
 * `extra` lands beside them in `extensions` (a whole error's params, e.g. `closedOn`); it never
 * overrides `code` or `reason`.
 */
export class DomainError extends GraphQLError {
  constructor(
    code: ErrorCode,
    reason: ErrorReason,
    message: string,
    extra: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { ...extra, code, reason } });
  }
}

export const badInput = (fields: FieldProblem[], extra: Record<string, unknown> = {}) =>
  new DomainError(
    'BAD_USER_INPUT',
    'INVALID_INPUT',
    `Invalid input: ${fields.map((f) => `${f.field} (${f.message})`).join('; ')}`,
    { fields, ...extra },
  );
export const forbidden = (
  reason: ErrorReason,
  message: string,
  extra: Record<string, unknown> = {},
) => new DomainError('FORBIDDEN', reason, message, extra);
export const notFound = (entity: string, id: unknown) =>
  new DomainError('NOT_FOUND', 'NOT_FOUND', `${entity} ${String(id)} does not exist`);
export const conflict = (
  reason: ErrorReason,
  message: string,
  extra: Record<string, unknown> = {},
) => new DomainError('CONFLICT', reason, message, extra);
/** A CONFLICT the client resolves by reloading: someone else changed the row first. */
export const staleVersion = (message: string) => conflict('STALE_VERSION', message);
export const unauthenticated = (
  reason: ErrorReason,
  message: string,
  extra: Record<string, unknown> = {},
) => new DomainError('UNAUTHENTICATED', reason, message, extra);
/** For errors that refuse the whole request (no or bad token): HTTP 401, not 200 or 500. */
export const HTTP_401 = { http: { status: 401 } };
export const SERVICE_UNAVAILABLE_MESSAGE =
  'The server is temporarily unavailable; try again in a moment';
/** The database cannot be reached: the request may be retried, and the session stays valid. */
export const serviceUnavailable = () =>
  new DomainError('SERVICE_UNAVAILABLE', 'SERVICE_UNAVAILABLE', SERVICE_UNAVAILABLE_MESSAGE, {
    http: { status: 503 },
  });
/**
 * What the database refused on its own (the one place these are mapped): a unique key, because
 * someone saved the same thing first; a foreign key, because what the row refers to was removed, or
 * is referred to, by a change at the same moment.
 */
const CONSTRAINT_REFUSALS: {
  refused: (error: unknown) => boolean;
  reason: PlatformErrorReason;
  message: string;
}[] = [
  {
    refused: isUniqueViolation,
    reason: 'DUPLICATE',
    message: 'This exists already: someone saved it first; reload and try again',
  },
  {
    refused: isForeignKeyViolation,
    reason: 'REFERENCE_CHANGED',
    message: 'Something this refers to was changed at the same time; reload and try again',
  },
];

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

/**
 * Apollo `formatError`: keeps public errors, maps every unique-key refusal to CONFLICT DUPLICATE and
 * every foreign-key refusal to CONFLICT REFERENCE_CHANGED, logs and masks everything else.
 */
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
      extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'SERVICE_UNAVAILABLE' },
    };
  }
  const refusal = CONSTRAINT_REFUSALS.find(({ refused }) => refused(original));
  if (refusal)
    return {
      message: refusal.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'CONFLICT', reason: refusal.reason },
    };
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
