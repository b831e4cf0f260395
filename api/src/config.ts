import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface AppConfig {
  databaseUrl: string;
  port: number;
  jwtSecret: string;
  jwtIssuer: string;
  jwtExpiresIn: string;
  seedPassword: string;
  dashboardDir: string;
  production: boolean;
  /** pino level; `silent` under tests. */
  logLevel: string;
  /** Bearer token for `/metrics`; without one the endpoint is off. */
  metricsToken: string | null;
  /** How long SIGTERM waits for requests in flight before cutting them. */
  shutdownTimeoutMs: number;
}

export const PROJECT_ROOT = path.resolve(
  __dirname,
  __dirname.includes(`${path.sep}build${path.sep}`) ? '../../..' : '../..',
);
/** Reads `.env` at the project root into process.env, if there is one (already-set variables win). */
export function loadDotEnv(): void {
  const file = path.join(PROJECT_ROOT, '.env');
  if (fs.existsSync(file)) process.loadEnvFile(file);
}

export const DEFAULT_DATABASE_URL = 'sqlite:data/kinerja.sqlite';
export const JWT_SECRET_FILE_NAME = 'jwt-secret';
/** A production secret shorter than this is refused: HS256 needs at least 256 bits. */
export const MIN_JWT_SECRET_LENGTH = 32;

/** Where the generated secret lives: beside the SQLite file, or in `data/` for a server database. */
export function jwtSecretFileFor(databaseUrl: string): string {
  const sqliteFile = databaseUrl.startsWith('sqlite:') ? databaseUrl.slice('sqlite:'.length) : '';
  const dataDir =
    sqliteFile && sqliteFile !== ':memory:'
      ? path.dirname(path.resolve(PROJECT_ROOT, sqliteFile))
      : path.join(PROJECT_ROOT, 'data');
  return path.join(dataDir, JWT_SECRET_FILE_NAME);
}

/**
 * The secret kept in `file`, created on first use (random, owner-only). Tokens survive restarts
 * without anyone having to invent a secret, and no usable default ships with the code.
 */
export function readOrCreateSecret(file: string): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    // 'wx' fails if another process created it first; then both read the same file.
    fs.writeFileSync(file, `${crypto.randomBytes(48).toString('base64url')}\n`, {
      flag: 'wx',
      mode: 0o600,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const secret = fs.readFileSync(file, 'utf8').trim();
  if (secret.length < MIN_JWT_SECRET_LENGTH)
    throw new Error(`${file} holds a JWT secret shorter than ${MIN_JWT_SECRET_LENGTH} characters`);
  return secret;
}

// Tests sign and verify in one process: a random secret that lives as long as the process.
let processSecret: string | null = null;

function resolveJwtSecret(env: NodeJS.ProcessEnv, databaseUrl: string): string {
  const production = env.NODE_ENV === 'production';
  const given = env.JWT_SECRET?.trim();
  if (given) {
    if (production && given.length < MIN_JWT_SECRET_LENGTH)
      throw new Error(`JWT_SECRET must be at least ${MIN_JWT_SECRET_LENGTH} characters`);
    return given;
  }
  if (production) throw new Error('JWT_SECRET is required when NODE_ENV=production');
  if (env.NODE_ENV === 'test') return (processSecret ??= crypto.randomBytes(48).toString('hex'));
  return readOrCreateSecret(jwtSecretFileFor(databaseUrl));
}

/** Reads the environment once; refuses to run in production without a real JWT secret. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const databaseUrl = env.DATABASE_URL || DEFAULT_DATABASE_URL;
  return {
    databaseUrl,
    port: Number(env.PORT || 4000),
    jwtSecret: resolveJwtSecret(env, databaseUrl),
    jwtIssuer: 'kinerja-gayungan',
    jwtExpiresIn: env.JWT_EXPIRES_IN || '8h',
    seedPassword: env.SEED_PASSWORD || 'gayungan2026',
    dashboardDir: path.join(PROJECT_ROOT, 'dashboard', 'dist'),
    production: env.NODE_ENV === 'production',
    logLevel: env.LOG_LEVEL || (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    metricsToken: env.METRICS_TOKEN?.trim() || null,
    shutdownTimeoutMs: Number(env.SHUTDOWN_TIMEOUT_MS || 10_000),
  };
}
