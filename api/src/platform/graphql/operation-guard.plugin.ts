import type { ApolloServerPlugin } from '@apollo/server';
import { type GraphQLSchema, Kind, type OperationDefinitionNode, OperationTypeNode } from 'graphql';
import type { Context } from '../../context';
import { unauthenticated } from './errors';
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

/** Runs once the operation is known: authentication gate, then the cost limit (it needs the variables). */
export function operationGuardPlugin(schema: GraphQLSchema): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, document, operationName, request }) {
          if (!contextValue.viewer && !(operation && isLoginOnly(operation)))
            throw unauthenticated('Log in first: only login works without a token');
          assertCostWithinLimit(schema, document, operationName ?? undefined, request.variables);
        },
      };
    },
  };
}
