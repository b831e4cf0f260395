import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createConnection } from 'mysql2/promise';
import type { DataSource } from 'typeorm';
import { PROJECT_ROOT } from '../../config';
import { driverKindOf } from '../../data-source';

/** The database of a `sqlite:` URL as a file path (relative paths from the project root). */
export function sqliteFileOf(url: string): string {
  const file = url.slice('sqlite:'.length);
  if (!file || file === ':memory:') throw new Error('An in-memory SQLite database has no backup');
  return path.resolve(PROJECT_ROOT, file);
}

function mysqlTarget(url: string) {
  const parsed = new URL(url);
  const database = decodeURIComponent(parsed.pathname.slice(1));
  if (!database) throw new Error('The MySQL URL names no database');
  return {
    host: parsed.hostname || '127.0.0.1',
    port: parsed.port || '3306',
    user: decodeURIComponent(parsed.username || 'root'),
    password: decodeURIComponent(parsed.password),
    database,
  };
}

/** The first of the MariaDB/MySQL client programs that exists on this machine. */
function clientProgram(candidates: string[]): string {
  const dirs = (process.env.PATH ?? '').split(path.delimiter);
  for (const name of candidates)
    for (const dir of dirs) if (fs.existsSync(path.join(dir, name))) return name;
  throw new Error(`Needs one of ${candidates.join(', ')} (the MariaDB or MySQL client)`);
}

function run(
  program: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  io: { stdin?: string; stdout?: string },
) {
  return new Promise<void>((resolve, reject) => {
    const input = io.stdin ? fs.openSync(io.stdin, 'r') : 'ignore';
    const output = io.stdout ? fs.openSync(io.stdout, 'w', 0o600) : 'ignore';
    const child = spawn(program, args, { env, stdio: [input, output, 'pipe'] });
    let errors = '';
    child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (typeof input === 'number') fs.closeSync(input);
      if (typeof output === 'number') fs.closeSync(output);
      if (code === 0) resolve();
      else reject(new Error(`${program} exited with ${code}: ${errors.trim()}`));
    });
  });
}

/**
 * Writes a consistent snapshot of the database at `url` to `file` while the system runs:
 * SQLite's online backup API, or `mariadb-dump --single-transaction` (one InnoDB snapshot, no
 * table locks) for MariaDB/MySQL. The file is readable by its owner only: it holds personal data.
 */
export async function backupDatabase(url: string, file: string): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (driverKindOf(url) === 'sqlite') {
    const source = new Database(sqliteFileOf(url), { readonly: true, fileMustExist: true });
    try {
      await source.backup(file);
      fs.chmodSync(file, 0o600);
    } finally {
      source.close();
    }
    return;
  }
  const target = mysqlTarget(url);
  await run(
    clientProgram(['mariadb-dump', 'mysqldump']),
    [
      '--single-transaction',
      '--quick',
      '--skip-lock-tables',
      '--no-tablespaces',
      '--hex-blob',
      '--default-character-set=utf8mb4',
      `--host=${target.host}`,
      `--port=${target.port}`,
      `--user=${target.user}`,
      target.database,
    ],
    // The password goes by environment, never on a command line that `ps` shows.
    { ...process.env, MYSQL_PWD: target.password },
    { stdout: file },
  );
}

/** Loads a backup into the database at `url`, which must be empty (a restore never merges). */
export async function restoreDatabase(url: string, file: string): Promise<void> {
  if (!fs.existsSync(file)) throw new Error(`No backup at ${file}`);
  if (driverKindOf(url) === 'sqlite') {
    const destination = sqliteFileOf(url);
    if (fs.existsSync(destination)) {
      const existing = new Database(destination, { readonly: true });
      const tables = existing
        .prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table'")
        .get() as { n: number };
      existing.close();
      if (tables.n > 0) throw new Error(`${destination} is not empty: restore into a new database`);
    }
    fs.mkdirSync(path.dirname(destination), { recursive: true });
    for (const suffix of ['-wal', '-shm']) fs.rmSync(destination + suffix, { force: true });
    fs.copyFileSync(file, destination);
    fs.chmodSync(destination, 0o600);
    return;
  }
  const target = mysqlTarget(url);
  const connection = await createConnection({
    host: target.host,
    port: Number(target.port),
    user: target.user,
    password: target.password,
  });
  try {
    await connection.query(
      `CREATE DATABASE IF NOT EXISTS \`${target.database.replace(/`/g, '``')}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
    const [rows] = await connection.query(
      'SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = ?',
      [target.database],
    );
    if (Number((rows as { n: number }[])[0].n) > 0)
      throw new Error(`Database ${target.database} is not empty: restore into a new database`);
  } finally {
    await connection.end();
  }
  await run(
    clientProgram(['mariadb', 'mysql']),
    [
      '--default-character-set=utf8mb4',
      `--host=${target.host}`,
      `--port=${target.port}`,
      `--user=${target.user}`,
      target.database,
    ],
    { ...process.env, MYSQL_PWD: target.password },
    { stdin: file },
  );
}

function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return value.toString('hex');
  if (typeof value === 'bigint') return value.toString();
  return value;
}

/** Row count and a SHA-256 of every row (in primary-key order) of each table: to compare copies. */
export async function tableChecksums(
  dataSource: DataSource,
): Promise<Record<string, { rows: number; sha256: string }>> {
  const sqlite = dataSource.options.type === 'better-sqlite3';
  const tables: { name: string }[] = await dataSource.query(
    sqlite
      ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
      : 'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE() ORDER BY table_name',
  );
  const result: Record<string, { rows: number; sha256: string }> = {};
  for (const { name } of tables) {
    const quoted = sqlite ? `"${name}"` : `\`${name}\``;
    const columns: { name: string }[] = sqlite
      ? await dataSource.query(`SELECT name FROM pragma_table_info('${name}')`)
      : await dataSource.query(
          'SELECT column_name AS name FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = ? ORDER BY ordinal_position',
          [name],
        );
    const order = columns.map((_column, index) => index + 1).join(', ');
    const rows: Record<string, unknown>[] = await dataSource.query(
      `SELECT * FROM ${quoted} ORDER BY ${order}`,
    );
    const hash = createHash('sha256');
    for (const row of rows)
      hash
        .update(JSON.stringify(columns.map((column) => normalise(row[column.name]))))
        .update('\n');
    result[name] = { rows: rows.length, sha256: hash.digest('hex') };
  }
  return result;
}
