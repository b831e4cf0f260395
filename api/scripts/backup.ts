/**
 * `npm run backup [-- --out FILE]`: a consistent snapshot of DATABASE_URL while the system runs
 * (default file: backups/kinerja-<time>.sqlite or .sql).
 * `npm run restore -- FILE`: loads a snapshot into DATABASE_URL, which must be empty.
 * Both print each table's row count and checksum, so a restore can be compared with its source.
 */
import 'reflect-metadata';
import path from 'node:path';
import { DEFAULT_DATABASE_URL, loadDotEnv, PROJECT_ROOT } from '../src/config';
import { createDataSource, driverKindOf } from '../src/data-source';
import { backupDatabase, restoreDatabase, tableChecksums } from '../src/platform/database/backup';

async function printChecksums(url: string) {
  const dataSource = await createDataSource(url);
  await dataSource.initialize();
  try {
    const sums = await tableChecksums(dataSource);
    for (const [table, { rows, sha256 }] of Object.entries(sums))
      console.log(`${table.padEnd(28)} ${String(rows).padStart(8)}  ${sha256.slice(0, 16)}`);
  } finally {
    await dataSource.destroy();
  }
}

async function main() {
  loadDotEnv();
  const [command, ...args] = process.argv.slice(2);
  const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  const redacted = url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
  if (command === 'backup') {
    const outIndex = args.indexOf('--out');
    const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
    const extension = driverKindOf(url) === 'sqlite' ? 'sqlite' : 'sql';
    const file = path.resolve(
      outIndex >= 0
        ? args[outIndex + 1]
        : path.join(PROJECT_ROOT, 'backups', `kinerja-${stamp}.${extension}`),
    );
    await backupDatabase(url, file);
    console.log(`Backup of ${redacted} written to ${file}`);
    await printChecksums(url);
  } else if (command === 'restore' && args[0]) {
    await restoreDatabase(url, path.resolve(args[0]));
    console.log(`Restored ${args[0]} into ${redacted}`);
    await printChecksums(url);
  } else {
    console.error(
      'Usage: npm run backup [-- --out FILE] | npm run restore -- FILE   (database: DATABASE_URL)',
    );
    process.exit(2);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
