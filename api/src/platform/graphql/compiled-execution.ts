import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  type DocumentNode,
  execute,
  type ExecutionResult,
  GraphQLError,
  type GraphQLSchema,
  printSchema,
  type SourceLocation,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import { entryOf } from '../maps';

/**
 * A graphql-jit error as graphql-js makes them: graphql-jit's own kind leaves `extensions` undefined
 * when the resolver's error has none, and Apollo reads `extensions.code` of every error (it would
 * answer a bare "Internal server error" without asking `formatError`, which logs the cause).
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const normalized = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
  // graphql-jit knows where in the document the error is, not the nodes graphql-js derives it from.
  (normalized as { locations?: readonly SourceLocation[] }).locations = error.locations;
  return normalized;
}

/**
 * Executes each operation with graphql-jit: compiled once into a JavaScript function, then run on
 * every request that sends the same document. graphql-js walks the operation for every value it
 * completes (an info, an arguments object and a field map per field: 0.55 MB allocated for a
 * 50-person team dashboard); the compiled function calls the same resolvers, field guard included.
 *
 * Apollo Server takes a custom executor through its gateway interface only (its migration guide's
 * word for the removed `executor` option); the schema is static, so it is announced once.
 *
 * Two cases stay with graphql-js, so that what a client sees does not depend on the executor:
 * variables that do not coerce (the operation guard already refuses them before execution; were one
 * to get here, graphql-js points its error at the variable's definition, which Apollo answers as
 * BAD_USER_INPUT naming it) and an operation graphql-jit cannot compile.
 */
export function compiledExecution(
  schema: GraphQLSchema,
  { compile = compileQuery }: { compile?: typeof compileQuery } = {},
): GatewayInterface {
  // Apollo keeps one parsed document per query text (its document store), so the compiled
  // operations live exactly as long as the documents they were compiled from.
  const compiled = new WeakMap<DocumentNode, Map<string | null, CompiledQuery | null>>();
  const compiledFor = (document: DocumentNode, operationName: string | null) =>
    entryOf(
      entryOf(compiled, document, () => new Map<string | null, CompiledQuery | null>()),
      operationName,
      () => {
        const result = compile(schema, document, operationName ?? undefined);
        return isCompiledQuery(result) ? result : null;
      },
    );

  const executor: GatewayExecutor = async ({ document, operationName, request, context }) => {
    const variableValues = request.variables ?? {};
    const operation = compiledFor(document, operationName ?? null);
    if (operation) {
      const result = (await operation.query(undefined, context, variableValues)) as ExecutionResult;
      // Without `data` nothing ran: the variables did not coerce.
      if ('data' in result)
        return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
    }
    return execute({
      schema,
      document,
      contextValue: context,
      variableValues,
      operationName,
    });
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    load: async () => ({ executor }),
    stop: async () => {},
  };
}
