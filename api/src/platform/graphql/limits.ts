import {
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLSchema,
  getNullableType,
  isListType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { type ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import type { DocumentNode } from 'graphql';
import type { ErrorReason } from './errors';

export const LIMITS = { maxDepth: 10, maxAliases: 20, maxCost: 20_000 } as const;

function depthOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  seen: Set<string>,
): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, seen));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen));
    } else {
      const name = selection.name.value;
      if (seen.has(name) || !fragments[name]) continue;
      deepest = Math.max(
        deepest,
        depthOf(fragments[name].selectionSet, fragments, new Set([...seen, name])),
      );
    }
  }
  return deepest;
}

function fragmentsOf(context: ValidationContext) {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return fragments;
}

/** Rejects operations nested deeper than `maxDepth` fields (e.g. supervisor { supervisor { … } }). */
export const depthLimitRule =
  (maxDepth: number = LIMITS.maxDepth): ValidationRule =>
  (context): ASTVisitor => ({
    OperationDefinition(node: OperationDefinitionNode) {
      const depth = depthOf(node.selectionSet, fragmentsOf(context), new Set());
      if (depth > maxDepth) {
        context.reportError(
          new GraphQLError(`Query depth ${depth} exceeds the limit of ${maxDepth}`, {
            nodes: [node],
            extensions: { reason: 'QUERY_TOO_DEEP' satisfies ErrorReason, depth, maxDepth },
          }),
        );
      }
    },
  });

/** Rejects documents with more than `maxAliases` aliased fields (alias-based amplification). */
export const aliasLimitRule =
  (maxAliases: number = LIMITS.maxAliases): ValidationRule =>
  (context): ASTVisitor => {
    let aliases = 0;
    return {
      Field(node: FieldNode) {
        if (node.alias) aliases += 1;
      },
      Document: {
        leave(node) {
          if (aliases > maxAliases) {
            context.reportError(
              new GraphQLError(`Query uses ${aliases} aliases; the limit is ${maxAliases}`, {
                nodes: [node],
                extensions: {
                  reason: 'TOO_MANY_ALIASES' satisfies ErrorReason,
                  aliases,
                  maxAliases,
                },
              }),
            );
          }
        },
      },
    };
  };

// A connection costs `first` times its node; its `edges` list is already counted by that factor.
// Any other list (children, targets, indicators…) is short by design: assume ten items.
const PLAIN_LIST_SIZE = 10;
const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity, field, type }) => {
  // Introspection reads the schema, not the database: free (it already needs a token).
  if (field.name.startsWith('__') || type.name.startsWith('__')) return 0;
  if (field.name === 'edges') return 1 + childComplexity;
  const isList = isListType(getNullableType(field.type));
  if (typeof args.first === 'number') return 1 + args.first * Math.max(childComplexity, 1);
  if (isList) return 1 + PLAIN_LIST_SIZE * Math.max(childComplexity, 1);
  return undefined;
};

/**
 * Costs already estimated, per schema and parsed document (Apollo keeps one per query text) and
 * per operation name and variables: the estimate walks the whole document, on every request.
 */
const costs = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, number>>>();
const MAX_COSTS_PER_DOCUMENT = 100;
/** Longer variables (an import's file) are estimated again rather than kept as a key. */
const MAX_COST_KEY_LENGTH = 2_000;

function costOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
) {
  const estimate = () =>
    getComplexity({
      schema,
      query: document,
      operationName,
      variables,
      estimators: [pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
    });
  const key = JSON.stringify([operationName ?? null, variables ?? null]);
  if (key.length > MAX_COST_KEY_LENGTH) return estimate();
  let byDocument = costs.get(schema);
  if (!byDocument) costs.set(schema, (byDocument = new WeakMap()));
  let byKey = byDocument.get(document);
  if (!byKey) byDocument.set(document, (byKey = new Map<string, number>()));
  let cost = byKey.get(key);
  if (cost === undefined) {
    cost = estimate();
    if (byKey.size >= MAX_COSTS_PER_DOCUMENT) byKey.delete(byKey.keys().next().value!);
    byKey.set(key, cost);
  }
  return cost;
}

/** Throws when the operation's estimated cost exceeds `maxCost`; needs the variables, so it runs per request. */
export function assertCostWithinLimit(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
  maxCost: number = LIMITS.maxCost,
) {
  const cost = costOf(schema, document, operationName, variables);
  if (cost > maxCost) {
    throw new GraphQLError(`Query cost ${cost} exceeds the limit of ${maxCost}`, {
      extensions: {
        code: 'GRAPHQL_VALIDATION_FAILED',
        reason: 'QUERY_TOO_COSTLY' satisfies ErrorReason,
        cost,
        maxCost,
        // Thrown after validation (it needs the variables): Apollo would answer 500 without it.
        http: { status: 400 },
      },
    });
  }
}
