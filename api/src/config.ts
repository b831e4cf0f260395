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

const DEV_JWT_SECRET = 'kinerja-development-secret-do-not-use-in-production';

/** Reads the environment once; refuses to run in production without a real JWT secret. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  if (production && !env.JWT_SECRET) {
    throw new Error('JWT_SECRET is required when NODE_ENV=production');
  }
  return {
    databaseUrl: env.DATABASE_URL || 'sqlite:data/kinerja.sqlite',
    port: Number(env.PORT || 4000),
    jwtSecret: env.JWT_SECRET || DEV_JWT_SECRET,
    jwtIssuer: 'kinerja-gayungan',
    jwtExpiresIn: env.JWT_EXPIRES_IN || '8h',
    seedPassword: env.SEED_PASSWORD || 'gayungan2026',
    dashboardDir: path.join(PROJECT_ROOT, 'dashboard', 'dist'),
    production,
  };
}
