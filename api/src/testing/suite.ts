import { seedDemo } from '../../../seeds/gayungan.seed';
import type { DataSource } from 'typeorm';
import type { DriverKind } from '../data-source';
import { openTestDatabase, type TestDatabase } from './databases';
import { buildSmallOrg, type SmallOrg } from './fixtures';
import { TestClient } from './graphql-client';

export interface SuiteHandle {
  db: TestDatabase;
  client: TestClient;
  org: SmallOrg;
}

/** Registers beforeAll/afterAll that give the suite a migrated database, the small org and a client. */
export function useSmallOrg(
  kind: DriverKind,
  options: { extraStaffInA?: number } = {},
): SuiteHandle {
  const handle = {} as SuiteHandle;
  beforeAll(async () => {
    handle.db = await openTestDatabase(kind);
    handle.org = await buildSmallOrg(handle.db.dataSource, options);
    handle.client = await TestClient.start(handle.db);
  }, 60_000);
  afterAll(async () => {
    await handle.client?.stop();
    await handle.db?.close();
  });
  return handle;
}

/** A migrated database that `seed` fills once for the suite, and a client. */
export function useSeeded(
  kind: DriverKind,
  seed: (dataSource: DataSource) => Promise<unknown>,
): Omit<SuiteHandle, 'org'> {
  const handle = {} as Omit<SuiteHandle, 'org'>;
  beforeAll(async () => {
    handle.db = await openTestDatabase(kind);
    await seed(handle.db.dataSource);
    handle.client = await TestClient.start(handle.db);
  }, 300_000);
  afterAll(async () => {
    await handle.client?.stop();
    await handle.db?.close();
  });
  return handle;
}

/** The seeded Gayungan demo (four cycles of a whole kecamatan) instead of the small org. */
export const useDemo = (kind: DriverKind) =>
  useSeeded(kind, (dataSource) => seedDemo(dataSource, { password: 'test-password' }));
