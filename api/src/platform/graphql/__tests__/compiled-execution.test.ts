import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import {
  buildSchema,
  type DocumentNode,
  execute,
  type ExecutionResult,
  GraphQLError,
  type GraphQLObjectType,
  Kind,
  parse,
} from 'graphql';
import { compileQuery } from 'graphql-jit';
import { compiledExecution } from '../compiled-execution';

const SCHEMA = buildSchema(`
  enum Level { LOW HIGH }
  type Person { id: ID! name: String! level: Level nickname: String! friends: [Person!]! secret: String }
  type Query { person(id: ID!): Person people(limit: Int = 2): [Person!]! broken: Person! crash: Int }
  type Mutation { add(name: String!): Int! }
`);

const PEOPLE = [
  { id: '1', name: 'Ani', level: 'HIGH', nickname: 'An' },
  { id: '2', name: 'Budi', level: 'LOW', nickname: null },
  { id: '3', name: 'Citra', level: null, nickname: 'Cit' },
];
type Person = (typeof PEOPLE)[number];
const forbidden = () =>
  new GraphQLError('You may not read Person.secret', { extensions: { code: 'FORBIDDEN' } });
const FIELDS: Record<string, (row: Person) => unknown> = {
  // Asynchronous, as loaders are.
  friends: (row) => Promise.resolve(PEOPLE.filter((other) => other.id !== row.id)),
  secret: () => Promise.reject(forbidden()),
};
const added: string[] = [];
const ROOT: Record<string, (args: any) => unknown> = {
  person: ({ id }: { id: string }) => {
    const row = PEOPLE.find((candidate) => candidate.id === id);
    return row ?? null;
  },
  people: ({ limit }: { limit: number }) => PEOPLE.slice(0, limit),
  broken: () => {
    throw new GraphQLError('Nothing here', { extensions: { code: 'NOT_FOUND' } });
  },
  crash: () => {
    throw new Error('SELECT secret FROM internals failed');
  },
  add: async ({ name }: { name: string }) => {
    // The first mutation finishes last unless mutations run one after the other.
    await new Promise((resolve) => setTimeout(resolve, name === 'first' ? 20 : 0));
    added.push(name);
    return added.length;
  },
};
// The resolvers, on the schema as type-graphql puts them.
for (const type of [SCHEMA.getQueryType()!, SCHEMA.getMutationType()!])
  for (const field of Object.values(type.getFields()))
    field.resolve = (_root, args) => ROOT[field.name](args);
for (const [name, resolve] of Object.entries(FIELDS))
  (SCHEMA.getType('Person') as GraphQLObjectType).getFields()[name].resolve = resolve;

/** What a client sees of a result: data, and each error's message, path, locations and extensions. */
const seen = (result: ExecutionResult) =>
  JSON.parse(JSON.stringify({ data: result.data, errors: result.errors })) as unknown;

async function executorOf(compile: typeof compileQuery = compileQuery) {
  const { executor } = await compiledExecution(SCHEMA, { compile }).load({
    apollo: { key: undefined, keyHash: undefined, graphRef: undefined },
  });
  return (document: DocumentNode, variables?: Record<string, unknown>, operationName?: string) =>
    executor!({
      document,
      operationName,
      request: { variables },
      context: {},
    } as unknown as GatewayGraphQLRequestContext) as Promise<ExecutionResult>;
}

describe('compiledExecution', () => {
  it.each([
    ['nested lists and enums', '{ people(limit: 3) { id name level friends { name } } }', {}],
    [
      'fragments, aliases and directives',
      `query ($all: Boolean!) { a: person(id: "1") { ...Name who: id friends @include(if: $all) { id } }
       b: person(id: "9") { id } } fragment Name on Person { name level }`,
      { all: true },
    ],
    [
      'a skipped field',
      'query ($all: Boolean!) { person(id: "2") { id friends @skip(if: $all) { id } } }',
      { all: true },
    ],
    ['an argument default', '{ people { id } }', {}],
    [
      'a literal written as code (compiled into a function, it stays a value)',
      '{ a: person(id: "1\\"); throw new Error(`${1}`); (\\"") { id } b: person(id: "2") { name } }',
      {},
    ],
    ['a resolver’s error, its code and path', '{ people { id secret } }', {}],
    ['null propagated to the nearest nullable parent', '{ people(limit: 3) { id nickname } }', {}],
    ['a non-null root field that fails', '{ broken { id } }', {}],
  ])('answers %s as graphql-js does', async (_label, query, variables) => {
    const document = parse(query);
    const run = await executorOf();
    const expected = await execute({
      schema: SCHEMA,
      document,
      variableValues: variables,
    });
    expect(seen(await run(document, variables))).toEqual(seen(expected));
    // The case is not trivially equal: it answers something.
    expect(JSON.stringify(seen(expected)).length).toBeGreaterThan(20);
  });

  it('gives a plain error graphql-js’s shape: extensions, and the cause kept for the log', async () => {
    const run = await executorOf();
    const [error] = (await run(parse('{ crash }'))).errors!;
    expect(error).toBeInstanceOf(GraphQLError);
    // Apollo reads `extensions.code` of every error before formatError sees it.
    expect(error.extensions).toEqual({});
    expect(error.originalError?.message).toBe('SELECT secret FROM internals failed');
    expect([error.path, error.locations]).toEqual([['crash'], [{ line: 1, column: 3 }]]);
  });

  it('runs mutations one after the other, in the order they are written', async () => {
    added.length = 0;
    const run = await executorOf();
    const result = await run(parse('mutation { x: add(name: "first") y: add(name: "second") }'));
    expect(result.data).toEqual({ x: 1, y: 2 });
    expect(added).toEqual(['first', 'second']);
  });

  it('compiles each operation of a document once', async () => {
    const compile = jest.fn(compileQuery);
    const run = await executorOf(compile as unknown as typeof compileQuery);
    const document = parse('query One { people { id } } query Two { person(id: "2") { name } }');
    for (let round = 0; round < 3; round += 1) {
      expect((await run(document, {}, 'One')).data).toEqual({ people: [{ id: '1' }, { id: '2' }] });
      expect((await run(document, {}, 'Two')).data).toEqual({ person: { name: 'Budi' } });
    }
    expect(compile.mock.calls.map(([, , operationName]) => operationName)).toEqual(['One', 'Two']);
    // Another document of the same text (another request's parse) is compiled for itself.
    await run(parse('query One { people { id } }'), {}, 'One');
    expect(compile).toHaveBeenCalledTimes(3);
  });

  it('leaves variables that do not coerce to graphql-js, which points at the variable', async () => {
    const run = await executorOf();
    const document = parse('query ($id: ID!) { person(id: $id) { name } }');
    const result = await run(document, { id: { not: 'an id' } });
    expect(result.data).toBeUndefined();
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0].message).toMatch(/^Variable "\$id" got invalid value/);
    // What Apollo reads to answer BAD_USER_INPUT.
    expect(result.errors![0].nodes?.map((node) => node.kind)).toEqual([Kind.VARIABLE_DEFINITION]);
  });
});
