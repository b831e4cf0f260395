import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';
import { seedDemo } from '../../../../../seeds/gayungan.seed';
import { createDataSource, type DriverKind } from '../../../data-source';
import { DRIVERS } from '../../../testing/databases';
import { backupDatabase, restoreDatabase, tableChecksums } from '../backup';

jest.setTimeout(300_000);

const mysqlUrl = process.env.TEST_MYSQL_URL;

/** A fresh, empty database of this run: a file, or a MariaDB database that is dropped after. */
async function emptyDatabase(kind: DriverKind, dir: string, name: string) {
  if (kind === 'sqlite')
    return { url: `sqlite:${path.join(dir, `${name}.sqlite`)}`, drop: async () => {} };
  const database = `kinerja_backup_${process.pid}_${name}`;
  const admin = await createConnection({ uri: mysqlUrl! });
  await admin.query(`DROP DATABASE IF EXISTS \`${database}\``);
  await admin.end();
  return {
    url: mysqlUrl!.replace(/\/[^/?]*(\?.*)?$/, `/${database}$1`),
    drop: async () => {
      const again = await createConnection({ uri: mysqlUrl! });
      await again.query(`DROP DATABASE IF EXISTS \`${database}\``);
      await again.end();
    },
  };
}

async function checksumsOf(url: string) {
  const dataSource = await createDataSource(url);
  await dataSource.initialize();
  try {
    return await tableChecksums(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

describe.each(DRIVERS)('backup and restore on %s', (kind) => {
  let dir: string;
  const drops: (() => Promise<void>)[] = [];
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-backup-'));
  });
  afterAll(async () => {
    for (const drop of drops) await drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('round-trips the demo: the same row count and checksum in every table, and refuses a non-empty target', async () => {
    const source = await emptyDatabase(kind, dir, 'source');
    const copy = await emptyDatabase(kind, dir, 'copy');
    drops.push(source.drop, copy.drop);
    if (kind === 'mysql') {
      const admin = await createConnection({ uri: mysqlUrl! });
      await admin.query(`CREATE DATABASE \`${new URL(source.url).pathname.slice(1)}\``);
      await admin.end();
    }
    const dataSource = await createDataSource(source.url);
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    await seedDemo(dataSource, { password: 'rahasia-cadangan-2026' });
    await dataSource.destroy();

    const file = path.join(dir, kind === 'sqlite' ? 'demo.sqlite' : 'demo.sql');
    await backupDatabase(source.url, file);
    expect((fs.statSync(file).mode & 0o777).toString(8)).toBe('600');
    await restoreDatabase(copy.url, file);

    const before = await checksumsOf(source.url);
    const after = await checksumsOf(copy.url);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(after).toEqual(before);
    // The demo is really there: people, plans and evaluations, and the migrations table.
    for (const table of ['employee', 'performance_plan', 'evaluation', 'audit_log', 'migrations'])
      expect(before[table]?.rows).toBeGreaterThan(0);

    await expect(restoreDatabase(copy.url, file)).rejects.toThrow(/not empty/);
  });
});
