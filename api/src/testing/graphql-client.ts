import type { GraphQLFormattedError } from 'graphql';
import { loadConfig } from '../config';
import { createContext } from '../context';
import { Account } from '../modules/account/account.entity';
import type { Viewer } from '../platform/auth/viewer';
import { createServer, type KinerjaServer } from '../server';
import type { TestDatabase } from './databases';

export interface GraphQLResult<T = Record<string, any>> {
  data: T | null | undefined;
  errors: readonly GraphQLFormattedError[] | undefined;
}

/** Runs operations through the real schema, plugins and limits, as a given account. */
export class TestClient {
  private constructor(
    readonly server: KinerjaServer,
    readonly db: TestDatabase,
  ) {}

  static async start(db: TestDatabase): Promise<TestClient> {
    const config = { ...loadConfig({ NODE_ENV: 'test' }), seedPassword: 'test-password' };
    return new TestClient(await createServer({ dataSource: db.dataSource, config }), db);
  }

  async viewer(username: string): Promise<Viewer> {
    const account = await this.db.dataSource.getRepository(Account).findOneByOrFail({ username });
    return this.server.services.auth.viewerOf(account);
  }

  async run<T = Record<string, any>>(
    viewer: Viewer | null,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResult<T>> {
    const contextValue = createContext({
      dataSource: this.db.dataSource,
      services: this.server.services,
      viewer,
      clientAddress: '127.0.0.1',
    });
    const response = await this.server.apollo.executeOperation<T>(
      { query, variables },
      { contextValue },
    );
    if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
    return { data: response.body.singleResult.data, errors: response.body.singleResult.errors };
  }

  /** Same as run, by username (NIP or account name). */
  async as<T = Record<string, any>>(
    username: string,
    query: string,
    variables?: Record<string, unknown>,
  ) {
    return this.run<T>(await this.viewer(username), query, variables);
  }

  async stop() {
    await this.server.stop();
  }
}

export const codesOf = (result: GraphQLResult) =>
  (result.errors ?? []).map((error) => error.extensions?.code);
