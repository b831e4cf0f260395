import fs from 'node:fs';
import path from 'node:path';
import {
  type DocumentNode,
  Kind,
  getNullableType,
  type GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type OperationDefinitionNode,
  OperationTypeNode,
  specifiedRules,
  typeFromAST,
  validate,
  visit,
} from 'graphql';
import { aliasLimitRule, assertCostWithinLimit, depthLimitRule } from '../platform/graphql/limits';
import { MAX_PAGE_SIZE } from '../platform/graphql/pagination';
import { buildAppSchema } from '../schema';

/**
 * Every operation the dashboard sends (the documents codegen wrote from its sources) passes the
 * server's validation, depth and alias limits, and stays within the cost limit even when every page
 * it asks for is as large as the API allows: no screen can be refused for its own query.
 */
const schema = buildAppSchema();
// The dashboard is an ES module package: its generated documents are read as the JSON codegen prints.
const generated = fs.readFileSync(
  path.resolve(__dirname, '../../../dashboard/src/modules/api/generated/graphql.ts'),
  'utf8',
);
const operations = [
  ...generated.matchAll(/^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode/gm),
].map(([, name, json]) => [name, JSON.parse(json) as DocumentNode] as const);

/** A value the variable accepts; page sizes (first, limit) at the largest the API allows. */
function worstCase(type: GraphQLInputType, name: string): unknown {
  const inner = getNullableType(type);
  if (isListType(inner)) return [worstCase(inner.ofType, name)];
  if (isEnumType(inner)) return inner.getValues()[0].name;
  if (isInputObjectType(inner))
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, worstCase(field.type, field.name)]),
    );
  switch (inner.name) {
    case 'Int':
      return /^(first|last|limit)$/i.test(name) ? MAX_PAGE_SIZE : 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    default:
      return '1';
  }
}

describe('the dashboard’s operations', () => {
  it('are all found', () => {
    expect(operations.length).toBeGreaterThan(100);
  });

  it.each(operations)('%s is valid, within the depth, alias and cost limits', (_name, document) => {
    const errors = validate(schema, document, [
      ...specifiedRules,
      depthLimitRule(),
      aliasLimitRule(),
    ]);
    expect(errors.map((error) => error.message)).toEqual([]);
    const operation = document.definitions.find(
      (definition): definition is OperationDefinitionNode =>
        definition.kind === Kind.OPERATION_DEFINITION,
    )!;
    const variables = Object.fromEntries(
      (operation.variableDefinitions ?? []).map((definition) => [
        definition.variable.name.value,
        worstCase(
          typeFromAST(schema, definition.type as never) as GraphQLInputType,
          definition.variable.name.value,
        ),
      ]),
    );
    expect(() => assertCostWithinLimit(schema, document, undefined, variables)).not.toThrow();
  });

  // A mutation that guards against overwriting what the client never saw takes the version the
  // client read; one that sends none (when the argument is optional) would overwrite silently.
  it('send the version they read to every mutation that takes one', () => {
    const mutations = schema.getMutationType()!.getFields();
    const missing: string[] = [];
    let checked = 0;
    for (const [name, document] of operations)
      visit(document, {
        OperationDefinition: (operation) =>
          operation.operation === OperationTypeNode.MUTATION ? undefined : false,
        Field: (field) => {
          const definition = mutations[field.name.value];
          if (!definition?.args.some((arg) => arg.name === 'version')) return;
          checked += 1;
          if (!field.arguments?.some((arg) => arg.name.value === 'version'))
            missing.push(`${name}: ${field.name.value}`);
        },
      });
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(10);
  });
});
