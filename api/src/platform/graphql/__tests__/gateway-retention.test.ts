import { ApolloServer, HeaderMap } from '@apollo/server';
import type {
  GatewayGraphQLRequestContext,
  GatewayInterface,
} from '@apollo/server-gateway-interface';
import { buildSchema, printSchema } from 'graphql';

/**
 * Apollo Server hands a gateway's executor (ours: compiled-execution.ts) a request context whose
 * `response.http.status` it built, in 5.5.1, as an object literal's getter and setter. V8 keeps
 * such a pair in the old generation, so its closures and, through them, the whole request (its
 * context, its answer) outlived every young-generation collection until the next full one: each
 * answer was promoted instead of dying young (docs/BENCHMARKS.md, "Every answer kept until a full
 * collection"). patches/@apollo+server+5.5.1.patch moves the accessors to a class; these tests
 * fail without it, and check that what an executor writes still reaches the response.
 */

const SCHEMA = buildSchema('type Query { ping: Int! }');

function recordingGateway(seen: GatewayGraphQLRequestContext[]): GatewayInterface {
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: SCHEMA, coreSupergraphSdl: printSchema(SCHEMA) });
      return () => {};
    },
    load: async () => ({
      executor: async (requestContext) => {
        seen.push(requestContext);
        requestContext.response!.http!.status = 299;
        requestContext.response!.http!.headers.set('x-executor', 'seen');
        return { data: { ping: 1 } };
      },
    }),
    stop: async () => {},
  };
}

/** The executor's view of the response: status through a prototype's accessors, none of its own. */
function expectPrototypeAccessors(requestContext: GatewayGraphQLRequestContext) {
  const http = requestContext.response!.http!;
  expect(http.status).toBe(299);
  expect(Object.getOwnPropertyDescriptor(http, 'status')).toBeUndefined();
  const accessors = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(http), 'status');
  expect(typeof accessors?.get).toBe('function');
  expect(typeof accessors?.set).toBe('function');
}

describe("Apollo's request context for a gateway executor", () => {
  let apollo: ApolloServer;
  const seen: GatewayGraphQLRequestContext[] = [];

  beforeAll(async () => {
    apollo = new ApolloServer({ gateway: recordingGateway(seen) });
    await apollo.start();
  });
  afterAll(() => apollo.stop());
  beforeEach(() => {
    seen.length = 0;
  });

  it('in process: the status it sets is the response’s, through accessors on a prototype', async () => {
    const response = await apollo.executeOperation({ query: '{ ping }' });
    expect(response.http.status).toBe(299);
    expect(response.http.headers.get('x-executor')).toBe('seen');
    expect(seen).toHaveLength(1);
    expectPrototypeAccessors(seen[0]);
  });

  it('over HTTP: the same, and the status and header reach the HTTP answer', async () => {
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: 'POST',
        headers: new HeaderMap([['content-type', 'application/json']]),
        search: '',
        body: { query: '{ ping }' },
      },
      context: async () => ({}),
    });
    expect(response.status).toBe(299);
    expect(response.headers.get('x-executor')).toBe('seen');
    expect(seen).toHaveLength(1);
    expectPrototypeAccessors(seen[0]);
  });
});
