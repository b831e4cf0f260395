import type { GraphQLFormattedError } from 'graphql';
import { loadConfig } from '../config';
import { createContext } from '../platform/graphql/context';
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
  /** The Jakarta day the API believes it is (YYYY-MM-DD); null: the real clock. */
  today: string | null = null;

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
      viewer,
      clientAddress: '127.0.0.1',
      // Midday in Jakarta, so the day is the same on either side of UTC.
      now: this.today === null ? undefined : new Date(`${this.today}T05:00:00Z`),
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

  /** Runs `work` as if it were `today` in Jakarta, then back to the clock before. */
  async on<T>(today: string, work: () => Promise<T>): Promise<T> {
    const before = this.today;
    this.today = today;
    try {
      return await work();
    } finally {
      this.today = before;
    }
  }

  async stop() {
    await this.server.stop();
  }
}

export const codesOf = (result: GraphQLResult) =>
  (result.errors ?? []).map((error) => error.extensions?.code);

/**
 * An answer without one field wherever it occurs: its data, and each other error as "path code"
 * (sorted). Compares two ways of reading the same selection, one of them asking that field too.
 */
export function answerWithout(result: GraphQLResult, field: string) {
  return {
    data: JSON.parse(JSON.stringify(result.data ?? null), (key, value: unknown) =>
      key === field ? undefined : value,
    ) as unknown,
    errors: (result.errors ?? [])
      .filter((error) => !error.path?.includes(field))
      .map((error) => `${error.path?.join('.')} ${String(error.extensions?.code)}`)
      .sort(),
  };
}
