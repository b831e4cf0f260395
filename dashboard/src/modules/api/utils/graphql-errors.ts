import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

export const errorCodeOf = (error: GraphQLFormattedError): string | undefined => {
  const code = error.extensions?.code;
  return typeof code === 'string' ? code : undefined;
};

// GraphQL errors carried by any Apollo error, including ones inside a non-2xx JSON body.
export function graphQLErrorsOf(error: unknown): readonly GraphQLFormattedError[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors;
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: GraphQLFormattedError[] };
      return Array.isArray(body.errors) ? body.errors : [];
    } catch {
      return [];
    }
  }
  return [];
}

export const hasErrorCode = (error: unknown, code: ErrorCode): boolean =>
  graphQLErrorsOf(error).some((graphQLError) => errorCodeOf(graphQLError) === code);

// A FORBIDDEN error on a nested field (path deeper than the root field) only means "hide this field".
export const isFieldForbiddenError = (error: GraphQLFormattedError): boolean =>
  errorCodeOf(error) === 'FORBIDDEN' && (error.path?.length ?? 0) > 1;

/** The error worth showing after dropping field-level FORBIDDEN errors, or undefined if none. */
export function significantError<E extends Error>(error: E | undefined): E | undefined {
  if (!error) return undefined;
  if (!CombinedGraphQLErrors.is(error)) return error;
  return error.errors.every(isFieldForbiddenError) ? undefined : error;
}

export type LoadErrorKind = 'network' | 'server' | 'forbidden' | 'notFound' | 'unauthenticated';

export function classifyLoadError(error: unknown): LoadErrorKind {
  if (hasErrorCode(error, 'UNAUTHENTICATED')) return 'unauthenticated';
  if (hasErrorCode(error, 'NOT_FOUND')) return 'notFound';
  if (hasErrorCode(error, 'FORBIDDEN')) return 'forbidden';
  if (CombinedGraphQLErrors.is(error) || ServerError.is(error) || ServerParseError.is(error)) {
    return 'server';
  }
  return 'network';
}
