import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { JWT_SECRET_FILE_NAME, jwtSecretFileFor, loadConfig, PROJECT_ROOT } from '../config';

// The secret the project once shipped as its development default: it must never sign again.
const FORMER_PUBLIC_SECRET = 'kinerja-development-secret-do-not-use-in-production';

describe('JWT secret', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-config-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const sqliteIn = (folder: string) => `sqlite:${path.join(folder, 'kinerja.sqlite')}`;

  it('generates a random secret beside the SQLite data on first start, owner-only, and reuses it', () => {
    const first = loadConfig({ DATABASE_URL: sqliteIn(dir) }).jwtSecret;
    const file = path.join(dir, JWT_SECRET_FILE_NAME);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(first).not.toBe(FORMER_PUBLIC_SECRET);
    expect(loadConfig({ DATABASE_URL: sqliteIn(dir) }).jwtSecret).toBe(first);
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-config-'));
    try {
      expect(loadConfig({ DATABASE_URL: sqliteIn(other) }).jwtSecret).not.toBe(first);
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });

  it('keeps the secret of a server database, and of the default SQLite file, in data/', () => {
    expect(jwtSecretFileFor('mysql://root@127.0.0.1:3306/kinerja')).toBe(
      path.join(PROJECT_ROOT, 'data', JWT_SECRET_FILE_NAME),
    );
    expect(jwtSecretFileFor('sqlite:data/kinerja.sqlite')).toBe(
      path.join(PROJECT_ROOT, 'data', JWT_SECRET_FILE_NAME),
    );
  });

  it('uses JWT_SECRET when set, and never a committed default', () => {
    const given = 'x'.repeat(40);
    expect(loadConfig({ DATABASE_URL: sqliteIn(dir), JWT_SECRET: given }).jwtSecret).toBe(given);
    expect(fs.existsSync(path.join(dir, JWT_SECRET_FILE_NAME))).toBe(false);
    const test = loadConfig({ NODE_ENV: 'test' }).jwtSecret;
    expect(test).not.toBe(FORMER_PUBLIC_SECRET);
    expect(loadConfig({ NODE_ENV: 'test' }).jwtSecret).toBe(test);
  });

  it('refuses production without a secret or with a short one', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: sqliteIn(dir) })).toThrow(
      /JWT_SECRET is required/,
    );
    expect(() =>
      loadConfig({ NODE_ENV: 'production', DATABASE_URL: sqliteIn(dir), JWT_SECRET: 'short' }),
    ).toThrow(/at least 32/);
    expect(fs.existsSync(path.join(dir, JWT_SECRET_FILE_NAME))).toBe(false);
  });

  it('refuses a secret file that was emptied or truncated', () => {
    fs.writeFileSync(path.join(dir, JWT_SECRET_FILE_NAME), 'abc\n', { mode: 0o600 });
    expect(() => loadConfig({ DATABASE_URL: sqliteIn(dir) })).toThrow(/shorter than 32/);
  });
});
