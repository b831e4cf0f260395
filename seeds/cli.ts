import 'reflect-metadata';
import { loadConfig, loadDotEnv } from '../api/src/config';
import { openDatabase } from '../api/src/data-source';
import { seedDemo, DEMO_USERNAMES } from './gayungan.seed';

// `npm run seed [-- --employees N]`: opens DATABASE_URL (running migrations) and seeds it.

export type SeedCommand = { kind: 'demo' } | { kind: 'scale'; employees: number };

export function parseSeedArgs(argv: readonly string[]): SeedCommand {
  let command: SeedCommand = { kind: 'demo' };
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    const [flag, inline] = argument.split('=', 2);
    if (flag === '--employees') {
      const value = inline ?? argv[++index];
      const employees = Number(value);
      if (!Number.isInteger(employees) || employees < 1) {
        throw new Error(`--employees needs a positive whole number (got "${value ?? ''}")`);
      }
      command = { kind: 'scale', employees };
    } else if (flag === '--help' || flag === '-h') {
      throw new Error('Usage: npm run seed [-- --employees N]');
    } else {
      throw new Error(`Unknown argument "${argument}". Usage: npm run seed [-- --employees N]`);
    }
  }
  return command;
}

async function seedTheDemo(): Promise<void> {
  // The seed signs no tokens, so it must not trip the production JWT_SECRET check.
  loadDotEnv();
  const { databaseUrl, seedPassword } = loadConfig({ ...process.env, NODE_ENV: undefined });
  const dataSource = await openDatabase(databaseUrl);
  try {
    const { created, counts } = await seedDemo(dataSource, { password: seedPassword });
    const summary = `${counts.units} units, ${counts.positions} positions, ${counts.employees} employees, ${counts.accounts} accounts`;
    if (created) {
      console.log(`Seeded the Gayungan demo: ${summary}.`);
      console.log(
        `Log in as ${Object.values(DEMO_USERNAMES).join(', ')} or any employee NIP, with SEED_PASSWORD (default gayungan2026).`,
      );
    } else {
      console.log(`The database already has a root unit; nothing seeded (${summary}).`);
    }
  } finally {
    await dataSource.destroy();
  }
}

/**
 * Extension point for the synthetic scale generator (DESIGN §5, `--employees 50000`): open the
 * database like `seedTheDemo`, generate units and people in bulk inserts with a cli-progress bar,
 * and fill the closure tables with `computeClosure`. Refuses before touching any database until built.
 */
async function generateAtScale({ employees }: { employees: number }): Promise<void> {
  throw new Error(`--employees ${employees}: the scale generator is not built yet`);
}

async function main(): Promise<void> {
  const command = parseSeedArgs(process.argv.slice(2));
  switch (command.kind) {
    case 'demo':
      return seedTheDemo();
    case 'scale':
      return generateAtScale(command);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
