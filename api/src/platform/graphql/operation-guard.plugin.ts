import type { ApolloServerPlugin } from '@apollo/server';
import {
  getVariableValues,
  type GraphQLError,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  OperationTypeNode,
} from 'graphql';
import type { Context } from './context';
import { badInput, type FieldProblem, forbidden, HTTP_401, unauthenticated } from './errors';
import { assertCostWithinLimit } from './limits';

/** Only `login` (and `__typename`) may run without a token: not even introspection. */
export function isLoginOnly(operation: OperationDefinitionNode): boolean {
  return (
    operation.operation === OperationTypeNode.MUTATION &&
    operation.selectionSet.selections.every(
      (selection) =>
        selection.kind === Kind.FIELD && ['login', '__typename'].includes(selection.name.value),
    )
  );
}

/** What a user holding a one-time password may still run: see who they are, change it, log in again. */
const DURING_PASSWORD_CHANGE = ['me', 'changePassword', 'login', '__typename'];

export function isAllowedDuringPasswordChange(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.every(
    (selection) =>
      selection.kind === Kind.FIELD && DURING_PASSWORD_CHANGE.includes(selection.name.value),
  );
}

const MAX_PROBLEM_LENGTH = 200;

/**
 * graphql-js says `Variable "$input" got invalid value … at "input.rank"; <why>`: the problem names
 * the variable (or the field inside it) and keeps the why, never the (possibly huge) value.
 */
export function variableProblem(error: GraphQLError): FieldProblem {
  const variable = /^Variable "\$([^"]+)"/.exec(error.message)?.[1] ?? 'variables';
  const at = / at "([^"]+)"/.exec(error.message)?.[1];
  const why = error.message.includes('; ')
    ? error.message.slice(error.message.indexOf('; ') + 2)
    : 'is missing or not of its declared type';
  return {
    field: `$${at ?? variable}`,
    reason: 'INVALID_VARIABLE',
    message: why.length > MAX_PROBLEM_LENGTH ? `${why.slice(0, MAX_PROBLEM_LENGTH)}…` : why,
  };
}

/**
 * Runs once the operation is known: authentication gate, variable coercion (a bad variable is a
 * 400 naming it, not an internal error in the cost estimate), then the cost limit on the coerced
 * values.
 */
export function operationGuardPlugin(schema: GraphQLSchema): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, document, operationName, request }) {
          if (!contextValue.viewer && !(operation && isLoginOnly(operation)))
            throw unauthenticated(
              'LOGIN_REQUIRED',
              'Log in first: only login works without a token',
              HTTP_401,
            );
          if (
            contextValue.viewer?.mustChangePassword &&
            !(operation && isAllowedDuringPasswordChange(operation))
          )
            throw forbidden(
              'PASSWORD_CHANGE_REQUIRED',
              'Change the one-time password first: only me and changePassword work until then',
              { http: { status: 403 } },
            );
          const variables = getVariableValues(
            schema,
            operation?.variableDefinitions ?? [],
            request.variables ?? {},
            { maxErrors: 10 },
          );
          if (variables.errors)
            throw badInput(variables.errors.map(variableProblem), { http: { status: 400 } });
          assertCostWithinLimit(schema, document, operationName ?? undefined, variables.coerced);
        },
      };
    },
  };
}
