import 'reflect-metadata';
import { MultiBar, Presets, type SingleBar } from 'cli-progress';
import { loadConfig, loadDotEnv } from '../api/src/config';
import { openDatabase } from '../api/src/data-source';
import { seedDemo, DEMO_USERNAMES } from './gayungan.seed';
import { type ScalePhase, type ScaleProgress, seedScale } from './scale.seed';

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

/** Opens the database (running its migrations) and seeds the demo unless it has a root unit. */
async function seedDemoInto(databaseUrl: string, password: string) {
  const dataSource = await openDatabase(databaseUrl);
  try {
    const { created, counts } = await seedDemo(dataSource, { password });
    const summary = `${counts.units} units, ${counts.positions} positions, ${counts.employees} employees, ${counts.accounts} accounts`;
    if (created) {
      console.log(`Seeded the Gayungan demo: ${summary}.`);
      console.log(
        `Log in as ${Object.values(DEMO_USERNAMES).join(', ')} or any employee NIP, with SEED_PASSWORD (default gayungan2026).`,
      );
    }
    return { created, summary };
  } finally {
    await dataSource.destroy();
  }
}

async function seedTheDemo(): Promise<void> {
  // The seed signs no tokens, so it must not trip the production JWT_SECRET check.
  loadDotEnv();
  const { databaseUrl, seedPassword } = loadConfig({ ...process.env, NODE_ENV: undefined });
  const { created, summary } = await seedDemoInto(databaseUrl, seedPassword);
  if (!created) console.log(`The database already has a root unit; nothing seeded (${summary}).`);
}

/**
 * `npm start` (scripts/start.js), before the API starts: the demo goes into an empty database;
 * one that has data is left as it is. The configuration is read as the API reads it, so a
 * missing production secret stops the start before anything is written.
 */
export async function seedEmptyDatabase(): Promise<void> {
  loadDotEnv();
  const { databaseUrl, seedPassword } = loadConfig();
  await seedDemoInto(databaseUrl, seedPassword);
}

const PHASE_LABELS: Record<ScalePhase, string> = {
  units: 'units',
  employees: 'employees',
  unitHeads: 'unit heads',
  reportingLines: 'reporting lines',
  accounts: 'accounts',
  plans: 'SKP plans',
  workTargets: 'RHK (work targets)',
  indicators: 'IKI (indicators)',
  behaviorExpectations: 'BerAKHLAK expectations',
  realizations: 'realisations',
  evaluations: 'evaluations',
  evaluationFeedback: 'evaluation feedback',
  organizationPredicates: 'organisation predicates',
  developmentPlans: 'development plans',
  developmentActivities: 'development activities',
  trainingEffects: 'training effects (employees)',
  indexes: 'indexes built after the load (rows)',
  statistics: 'table statistics refreshed (tables)',
};
const LABEL_WIDTH = Math.max(...Object.values(PHASE_LABELS).map((label) => label.length));
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
const grouped = (count: number) => count.toLocaleString('en-US');
/** Rows (or employees) per second since `since`, rounded to a whole number. */
const rateOf = (done: number, since: number) =>
  grouped(Math.round(done / Math.max((performance.now() - since) / 1000, 0.001)));

/** CPU seconds (user + system) this process spent since `since` (a `process.cpuUsage()`). */
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(since);
  return ((user + system) / 1e6).toFixed(1);
};

/**
 * A progress bar per phase on a terminal; one line per finished phase otherwise (CI, logs), with
 * the CPU this process spent on it: on a shared machine the wall-clock rate follows the load, the
 * CPU per row much less (the database's own work is not in it).
 */
export function createProgressReporter(interactive: boolean) {
  if (interactive) {
    const bars = new MultiBar(
      {
        format: '{phase} |{bar}| {percentage}% {value}/{total} {duration_formatted} {rate}/s',
        hideCursor: true,
        clearOnComplete: false,
      },
      Presets.shades_classic,
    );
    const started = new Map<ScalePhase, { bar: SingleBar; since: number }>();
    let stopped = false;
    return {
      update({ phase, done, total }: ScaleProgress) {
        let entry = started.get(phase);
        if (!entry) {
          const payload = { phase: PHASE_LABELS[phase].padEnd(LABEL_WIDTH), rate: '0' };
          entry = { bar: bars.create(total, 0, payload), since: performance.now() };
          started.set(phase, entry);
        }
        entry.bar.update(done, { rate: rateOf(done, entry.since) });
      },
      // Stopping twice would redraw the bars over whatever was printed in between.
      stop: () => {
        if (!stopped) bars.stop();
        stopped = true;
      },
    };
  }
  const startedAt = new Map<ScalePhase, { since: number; cpu: NodeJS.CpuUsage }>();
  return {
    update({ phase, done, total }: ScaleProgress) {
      if (!startedAt.has(phase))
        startedAt.set(phase, { since: performance.now(), cpu: process.cpuUsage() });
      if (done === total) {
        const { since, cpu } = startedAt.get(phase)!;
        console.log(
          `${PHASE_LABELS[phase]}: ${grouped(total)} in ${seconds(since)} s (${rateOf(total, since)}/s), Node CPU ${cpuSeconds(cpu)} s`,
        );
      }
    },
    stop: () => {},
  };
}

/** `--employees N`: synthetic data at scale for benchmarks, on an empty database only. */
async function generateAtScale({ employees }: { employees: number }): Promise<void> {
  loadDotEnv();
  const { databaseUrl, seedPassword } = loadConfig({ ...process.env, NODE_ENV: undefined });
  const started = performance.now();
  const dataSource = await openDatabase(databaseUrl);
  const progress = createProgressReporter(Boolean(process.stderr.isTTY));
  try {
    const counts = await seedScale(dataSource, {
      employees,
      password: seedPassword,
      onProgress: (event) => progress.update(event),
    });
    progress.stop();
    console.log(
      `Generated scale data in ${seconds(started)} s: ${grouped(counts.units)} units, ${grouped(counts.positions)} positions, ` +
        `${grouped(counts.employees)} employees, ${grouped(counts.unitClosure)} unit-closure rows, ` +
        `${grouped(counts.reportingLines)} reporting lines, ${grouped(counts.accounts)} accounts; ` +
        `${counts.cycles} cycles, ${grouped(counts.plans)} SKP plans, ${grouped(counts.workTargets)} RHK, ` +
        `${grouped(counts.indicators)} IKI, ${grouped(counts.behaviorExpectations)} BerAKHLAK expectations, ` +
        `${grouped(counts.realizations)} realisations, ${grouped(counts.evaluations)} evaluations, ` +
        `${grouped(counts.evaluationFeedback)} evaluation feedback items, ` +
        `${grouped(counts.organizationPredicates)} organisation predicates.`,
    );
    console.log(
      `Log in as ${Object.values(DEMO_USERNAMES).join(', ')} or any employee NIP, with SEED_PASSWORD (default gayungan2026).`,
    );
  } finally {
    progress.stop();
    await dataSource.destroy();
  }
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
