/**
 * `npm run bench [-- --employees N] [--reuse] [--runs N] [--warmups N] [--only NAME…] [--timeline]
 * [--layers]`: the scale bar of DESIGN §6.
 *
 * Creates (or, with --reuse, keeps) the MariaDB/MySQL database named by BENCH_MYSQL_URL, runs the
 * migrations, seeds N synthetic employees with four cycles of SKP and evaluations, then times the
 * dashboard's heaviest reads through the real schema (Apollo `executeOperation` with a real context
 * for the right account) beside the same aggregate written by hand in SQL over mysql2. Prints p50
 * and p95 of both, the ratio GraphQL/SQL and pass/fail against the bar. Never asserts: it exits 0
 * unless something errors. `npm run bench` runs it with NODE_ENV=production, as a server runs.
 * `--http` measures HTTP throughput beside a bare twin instead (bench-http.ts). `--timeline` adds,
 * per case, where a request's time goes on each side (bench-timeline.ts); `--layers`, for the cases
 * that name their service, what the service, Apollo with the resolver, and completing the answer
 * each add to the SQL, then the same layers on JavaScript alone (bench-replay.ts).
 */
import 'reflect-metadata';
import os from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';
import { Connection as MysqlConnection } from 'mysql2';
import { createConnection, createPool, type Pool, type RowDataPacket } from 'mysql2/promise';
import type { DataSource } from 'typeorm';
import type { MysqlDriver } from 'typeorm/driver/mysql/MysqlDriver';
import { buildSchema, type GraphQLSchema, parse, printSchema } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { createProgressReporter } from '../../seeds/cli';
import { seedScale } from '../../seeds/scale.seed';
import { DEMO_USERNAMES } from '../../seeds/gayungan.seed';
import { loadConfig } from '../src/config';
import { type Context, createContext } from '../src/platform/graphql/context';
import { buildRecapWorkbook } from '../src/modules/documents/recap-workbook';
import { renderPdf } from '../src/modules/documents/pdf-renderer';
import { buildSkpDocument } from '../src/modules/documents/utils/skp-document.util';
import { openDatabase } from '../src/data-source';
import { Account } from '../src/modules/account/account.entity';
import { Employee } from '../src/modules/org/employee.entity';
import { leanRowsFor } from '../src/modules/org/employee-page';
import { teamDashboardReads } from '../src/modules/analytics/analytics.resolver';
import { periodAchievementSql } from '../src/modules/plan/achievement.sql';
import { queryPooled } from '../src/platform/database/named-sql';
import { rootFieldInfo } from '../src/platform/graphql/selection';
import type { Viewer } from '../src/platform/auth/viewer';
import { createServer, type KinerjaServer } from '../src/server';
import { AllocationMeter } from './bench-allocation';
import { runHttpBench } from './bench-http';
import { type ReplayablePool, StatementReplay } from './bench-replay';
import {
  layerCosts,
  type LayerTimes,
  pausedWithin,
  type RequestTimeline,
  type Span,
  summarizeTimelines,
  TimelineRecorder,
  type TimelineSummary,
} from './bench-timeline';

const DEFAULT_URL = 'mysql://root@127.0.0.1:3306/kinerja_bench';
const USAGE =
  'Usage: npm run bench [-- --employees N] [--reuse] [--runs N] [--warmups N] [--only NAME…] [--timeline] [--layers] (database: BENCH_MYSQL_URL)';
/** DESIGN §6. */
const BAR = { teamDashboardMs: 100, distributionCheckMs: 300, ratio: 1.5 };

type BenchOptions = {
  employees: number;
  reuse: boolean;
  runs: number;
  warmups: number;
  /** Only the cases whose name starts with one of these (`documents`: the documents' timing). */
  only: string[];
  /** Also time each case's serial stretches and statement window (bench-timeline.ts). */
  timeline: boolean;
  /** Also time the layers of the cases that name them: the service alone, the least operation. */
  layers: boolean;
};

export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = {
    employees: 50_000,
    reuse: false,
    runs: 30,
    // A server answers thousands of requests: measure it warm (V8 optimises after a few dozen runs).
    warmups: 20,
    only: [],
    timeline: false,
    layers: false,
  };
  for (let index = 0; index < argv.length; index += 1) {
    const [flag, inline] = argv[index].split('=', 2);
    const number = () => {
      const value = Number(inline ?? argv[++index]);
      if (!Number.isInteger(value) || value < 1)
        throw new Error(`${flag} needs a positive whole number. ${USAGE}`);
      return value;
    };
    if (flag === '--employees') options.employees = number();
    else if (flag === '--runs') options.runs = number();
    else if (flag === '--warmups') options.warmups = number();
    else if (flag === '--reuse') options.reuse = true;
    else if (flag === '--timeline') options.timeline = true;
    else if (flag === '--layers') options.layers = true;
    else if (flag === '--only') options.only.push(inline ?? argv[++index] ?? '');
    else throw new Error(`Unknown argument "${argv[index]}". ${USAGE}`);
  }
  return options;
}

// ---- the database ----------------------------------------------------------------------------

/** Drops and creates the database (or only creates it when reusing), then opens it with migrations. */
export async function prepareDatabase(url: string, reuse: boolean): Promise<DataSource> {
  const parsed = new URL(url);
  const name = decodeURIComponent(parsed.pathname.slice(1));
  if (!/^[A-Za-z0-9_]+$/.test(name))
    throw new Error(
      `BENCH_MYSQL_URL must name a database of letters, digits and _ (got "${name}")`,
    );
  parsed.pathname = '/';
  const admin = await createConnection({ uri: parsed.toString(), connectTimeout: 10_000 });
  try {
    if (!reuse) await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await admin.query(
      `CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  } finally {
    await admin.end();
  }
  return openDatabase(url);
}

export async function seedIfEmpty(dataSource: DataSource, employees: number): Promise<void> {
  const existing = await dataSource.getRepository(Employee).count();
  if (existing > 0) {
    console.log(`Reusing the ${existing.toLocaleString('en-US')} employees already there.`);
    if (existing !== employees)
      console.log(`(--employees ${employees} is ignored: drop --reuse to seed afresh.)`);
    return;
  }
  const started = performance.now();
  const progress = createProgressReporter(Boolean(process.stderr.isTTY));
  try {
    await seedScale(dataSource, {
      employees,
      password: loadConfig({ ...process.env, NODE_ENV: undefined }).seedPassword,
      onProgress: (event) => progress.update(event),
    });
  } finally {
    progress.stop();
  }
  console.log(
    `Seeded ${employees.toLocaleString('en-US')} employees in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
}

// ---- what is measured --------------------------------------------------------------------------

export type Fixture = {
  camat: Viewer;
  /** The head of the unit above the benchmark team: all 50 members are in their line. */
  teamViewer: Viewer;
  teamViewerEmployeeId: number;
  teamUnitId: number;
  teamUnitName: string;
  rootUnitId: number;
  directoryUnitId: number;
  directoryUnitName: string;
  trendEmployeeId: number;
  activeCycleId: number;
  closedCycleId: number;
};

export async function findFixture(dataSource: DataSource, server: KinerjaServer): Promise<Fixture> {
  const one = async <T>(sql: string, params: unknown[] = []): Promise<T> => {
    const rows: T[] = await dataSource.query(sql, params);
    if (rows.length === 0) throw new Error(`The benchmark data has no row for: ${sql}`);
    return rows[0];
  };
  // A unit of exactly 50 active people (head included), every one of them in one head's line.
  const team = await one<{ id: number; name: string; viewerId: number }>(
    `SELECT unit.id, unit.name, parent.headId AS viewerId
       FROM org_unit unit
       JOIN org_unit parent ON parent.id = unit.parentId
       JOIN employee member ON member.unitId = unit.id AND member.active = 1
      GROUP BY unit.id, unit.name, parent.headId
     HAVING COUNT(*) = 50
      ORDER BY unit.id
      LIMIT 1`,
  );
  const root = await one<{ id: number }>('SELECT id FROM org_unit WHERE parentId IS NULL');
  // The largest top-level unit, so the directory page sorts the most rows.
  const directory = await one<{ id: number; name: string }>(
    `SELECT top.id, top.name
       FROM org_unit top
       JOIN org_unit_closure tree ON tree.ancestorId = top.id
       JOIN employee member ON member.unitId = tree.descendantId
      WHERE top.depth = 1
      GROUP BY top.id, top.name
      ORDER BY COUNT(*) DESC, top.id
      LIMIT 1`,
  );
  const trend = await one<{ id: number }>(
    'SELECT id FROM employee WHERE unitId = ? AND active = 1 AND id <> (SELECT headId FROM org_unit WHERE id = ?) ORDER BY id LIMIT 1',
    [team.id, team.id],
  );
  const cycle = (year: number) =>
    one<{ id: number }>('SELECT id FROM performance_cycle WHERE year = ?', [year]);
  const viewerOf = async (where: Partial<Account>) =>
    server.services.auth.viewerOf(
      await dataSource.getRepository(Account).findOneByOrFail(where as never),
    );
  return {
    camat: await viewerOf({ username: DEMO_USERNAMES.camat }),
    teamViewer: await viewerOf({ employeeId: Number(team.viewerId) }),
    teamViewerEmployeeId: Number(team.viewerId),
    teamUnitId: Number(team.id),
    teamUnitName: team.name,
    rootUnitId: Number(root.id),
    directoryUnitId: Number(directory.id),
    directoryUnitName: directory.name,
    trendEmployeeId: Number(trend.id),
    activeCycleId: Number((await cycle(2026)).id),
    closedCycleId: Number((await cycle(2025)).id),
  };
}

type Case = {
  name: string;
  detail: string;
  viewer: Viewer;
  query: string;
  variables: Record<string, unknown>;
  /**
   * The same aggregate by hand over a mysql2 pool of the API's size (10), with the same statements
   * in flight at once as the service has, so the ratio measures the GraphQL side, not concurrency.
   */
  sql: (connection: Pool) => Promise<unknown>;
  /** Bound on the GraphQL p95 in ms, when DESIGN §6 sets one. */
  p95Bound?: number;
  /**
   * For `--layers`: the same read through the case's service called directly (as its resolver
   * calls it for this operation), and the operation asking the least of the same field.
   */
  layers?: {
    service: (server: KinerjaServer, context: Context) => Promise<unknown>;
    minimal: string;
  };
};

/**
 * One baseline statement, on the path the API's own reads take to the pool (`queryPooled`: a
 * pooled connection's `query`, not mysql2's `Pool.query`), so both sides leave the same garbage.
 */
export const rows = (connection: Pool, sql: string, params: unknown[]) =>
  queryPooled<RowDataPacket[]>(connection.pool, sql, params);

const TEAM_QUERY = `query Team($unitId: ID!, $cycleId: ID!) {
  teamDashboard(unitId: $unitId, cycleId: $cycleId) {
    unitId cycleId
    members { employeeId employee { id name } planStatus latestPredicate latestPeriod latestAchievement overdueRealizations overdueEvaluations predicateLevels }
    predicateDistribution { period counts { predicate count } }
    averageTrend { cycleYear period averagePredicateLevel averageAchievement evaluated }
    pendingActions { kind employeeId planId period objectionId employee { id name } }
    curveCheck { total passed }
  }
}`;

const DIRECTORY_QUERY = `query Directory($unitId: ID!) {
  employees(filter: { unitId: $unitId }, first: 50) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id name nip unit { name } position { title } supervisor { name } } }
  }
}`;

/** What the directory's rows read for that operation, as its resolver derives it from the operation. */
const DIRECTORY_LEAN_ROWS = leanRowsFor(rootFieldInfo(DIRECTORY_QUERY));

/** Mirrors of the services' reads. Periods that have ended are those of the run date, as there. */
export function casesFor(f: Fixture): Case[] {
  const inTeam = `SELECT member.id FROM employee member
     WHERE member.active = 1
       AND member.unitId IN (SELECT tree.descendantId FROM org_unit_closure tree WHERE tree.ancestorId = ?)
       AND member.id IN (SELECT line.descendantId FROM reporting_line line WHERE line.ancestorId = ? AND line.depth > 0)`;
  const teamParams = [f.teamUnitId, f.teamViewerEmployeeId];
  const finalStatuses = `('FINAL', 'ACKNOWLEDGED')`;
  const inRoot = `SELECT member.id FROM employee member
     WHERE member.unitId IN (SELECT tree.descendantId FROM org_unit_closure tree WHERE tree.ancestorId = ?)`;
  // The per-unit counts kept with every write (unit-counts.ts), summed over the subtree:
  // the best hand-written shape now that they exist (counting the evaluations grows with the staff).
  const distributionSql = `SELECT counted.predicate, SUM(counted.count) AS count
       FROM org_unit_closure tree
       JOIN unit_predicate_count counted ON counted.unitId = tree.descendantId AND counted.cycleId = ?
      WHERE tree.ancestorId = ?
      GROUP BY counted.predicate`;
  const organizationPredicate = (connection: Pool) =>
    rows(
      connection,
      'SELECT predicate FROM organization_predicate WHERE unitId = ? AND cycleId = ?',
      [f.rootUnitId, f.closedCycleId],
    );
  // The same per-period rule as the API (period targets, the year derived from the quarters).
  const achievementSql = periodAchievementSql({
    indicator: 'indicator',
    report: 'report',
    period: 'evaluation.period',
  });

  return [
    {
      name: 'teamDashboard',
      detail: `${f.teamUnitName} (50 people), 2026, as the head of the unit above`,
      viewer: f.teamViewer,
      p95Bound: BAR.teamDashboardMs,
      query: TEAM_QUERY,
      variables: { unitId: String(f.teamUnitId), cycleId: String(f.activeCycleId) },
      layers: {
        // What the resolver reads for this operation: no JP, the members' employees' names.
        service: (server, context) =>
          server.services.teamDashboards.forUnit(
            context,
            f.teamUnitId,
            f.activeCycleId,
            teamDashboardReads(rootFieldInfo(TEAM_QUERY)),
          ),
        minimal: `query Team($unitId: ID!, $cycleId: ID!) {
          teamDashboard(unitId: $unitId, cycleId: $cycleId) { unitId }
        }`,
      },
      // What the answer needs: the cycle's year (which periods have ended) and that the unit exists,
      // members with names and plans, their final evaluations of every cycle (distribution, trend
      // and sparklines are derived from these rows, which need no order and no level column: the
      // service orders them in linear time and takes the level from the predicate), missing reports
      // and objections to decide. All five in flight at once, as the service sends them (the
      // quarters due are known here; every SKP of the bench's data covers the whole year, so none
      // of its quarters belongs to an SKP closed by a mutasi).
      sql: async (connection) => {
        const [[cycle], members, history, missing, objections] = await Promise.all([
          rows(
            connection,
            'SELECT cycle.year, (SELECT COUNT(*) FROM org_unit unit WHERE unit.id = ?) AS units FROM performance_cycle cycle WHERE cycle.id = ?',
            [f.teamUnitId, f.activeCycleId],
          ),
          rows(
            connection,
            `SELECT member.id, member.name, plan.id AS planId, plan.status, plan.evaluatorId, plan.startsOn
               FROM employee member
               LEFT JOIN performance_plan plan ON plan.employeeId = member.id AND plan.cycleId = ? AND plan.endsOn IS NULL
              WHERE member.id IN (${inTeam}) ORDER BY member.name, member.id`,
            [f.activeCycleId, ...teamParams],
          ),
          rows(
            connection,
            `SELECT evaluation.employeeId, evaluation.cycleId, cycle.year, evaluation.period, evaluation.predicate, evaluation.achievement
               FROM evaluation JOIN performance_cycle cycle ON cycle.id = evaluation.cycleId
              WHERE evaluation.supersededAt IS NULL AND evaluation.status IN ${finalStatuses}
                AND evaluation.employeeId IN (${inTeam})`,
            teamParams,
          ),
          rows(
            connection,
            `SELECT plan.employeeId, SUM(3 - (SELECT COUNT(*) FROM realization report
                      WHERE report.indicatorId = indicator.id AND report.replacedAt IS NULL AND report.period IN ('TW1', 'TW2', 'TW3'))) AS missing
               FROM performance_plan plan
               JOIN work_target target ON target.planId = plan.id
               JOIN indicator ON indicator.workTargetId = target.id
              WHERE plan.cycleId = ? AND plan.status = 'APPROVED' AND plan.endsOn IS NULL AND plan.employeeId IN (${inTeam})
              GROUP BY plan.employeeId`,
            [f.activeCycleId, ...teamParams],
          ),
          rows(
            connection,
            `SELECT objection.id, objection.employeeId, evaluation.planId, evaluation.period
               FROM objection
               JOIN evaluation ON evaluation.id = objection.evaluationId
               JOIN employee evaluator ON evaluator.id = evaluation.evaluatorId
              WHERE objection.status = 'FILED' AND evaluator.supervisorId = ? AND objection.employeeId IN (${inTeam})`,
            [f.teamViewerEmployeeId, ...teamParams],
          ),
        ]);
        return { cycle, members, history, missing, objections };
      },
    },
    {
      name: 'distributionCheck',
      detail: 'whole kecamatan (root unit), 2025, counts and curve rules, as camat',
      viewer: f.camat,
      p95Bound: BAR.distributionCheckMs,
      query: `query Curve($unitId: ID!, $cycleId: ID!) {
        distributionCheck(unitId: $unitId, cycleId: $cycleId) {
          unitId cycleId organizationPredicate total passed
          counts { predicate count } percentages { predicate percentage }
          rules { rule predicates bound percent passed count actualPercent detail }
        }
      }`,
      variables: { unitId: String(f.rootUnitId), cycleId: String(f.closedCycleId) },
      sql: async (connection) => ({
        counts: await rows(connection, distributionSql, [f.closedCycleId, f.rootUnitId]),
        organizationPredicate: await organizationPredicate(connection),
      }),
    },
    {
      name: 'ruleEmployees (first 50)',
      detail:
        'distributionCheckEmployees: the first 50 by name of the BAIK rule kecamatan-wide, 2025, as camat (what opening a rule on the Kalibrasi page asks)',
      viewer: f.camat,
      query: `query RulePeople($unitId: ID!, $cycleId: ID!) {
        distributionCheckEmployees(unitId: $unitId, cycleId: $cycleId, predicates: [BAIK], first: 50) {
          totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } }
        }
      }`,
      variables: { unitId: String(f.rootUnitId), cycleId: String(f.closedCycleId) },
      sql: async (connection) => {
        const inRule = `member.id IN (SELECT evaluation.employeeId FROM evaluation
            WHERE evaluation.cycleId = ? AND evaluation.period = 'ANNUAL' AND evaluation.supersededAt IS NULL
              AND evaluation.predicate IN ('BAIK') AND evaluation.employeeId IN (${inRoot}))`;
        const [[total], page] = await Promise.all([
          rows(connection, `SELECT COUNT(*) AS total FROM employee member WHERE ${inRule}`, [
            f.closedCycleId,
            f.rootUnitId,
          ]),
          rows(
            connection,
            `SELECT member.id, member.name FROM employee member WHERE ${inRule} ORDER BY member.name, member.id LIMIT 51`,
            [f.closedCycleId, f.rootUnitId],
          ),
        ]);
        return { total, page };
      },
    },
    {
      name: 'performanceTrend',
      detail: 'one staff member of that team, 18 evaluated periods, as the same head',
      viewer: f.teamViewer,
      query: `query Trend($employeeId: ID!) {
        performanceTrend(employeeId: $employeeId) {
          cycleYear period predicate predicateLevel resultRating behaviorRating achievement
          productivity qualityOfWork professionalAttitude behaviorFeedback { coreValue rating count }
        }
      }`,
      variables: { employeeId: String(f.trendEmployeeId) },
      sql: async (connection) => {
        const [points, areas, feedback] = await Promise.all([
          rows(
            connection,
            `SELECT evaluation.id, cycle.year, evaluation.period, evaluation.predicate, evaluation.predicateLevel,
                  evaluation.resultRating, evaluation.behaviorRating, evaluation.achievement
             FROM evaluation JOIN performance_cycle cycle ON cycle.id = evaluation.cycleId
            WHERE evaluation.employeeId = ? AND evaluation.supersededAt IS NULL AND evaluation.status IN ${finalStatuses}
            ORDER BY cycle.year, evaluation.period`,
            [f.trendEmployeeId],
          ),
          rows(
            connection,
            `SELECT evaluation.id,
                  AVG(CASE WHEN indicator.aspect = 'KUALITAS' THEN NULL ELSE ${achievementSql} END) AS productivity,
                  AVG(CASE WHEN indicator.aspect = 'KUALITAS' THEN ${achievementSql} ELSE NULL END) AS quality
             FROM evaluation
             JOIN work_target target ON target.planId = evaluation.planId
             JOIN indicator ON indicator.workTargetId = target.id
             LEFT JOIN realization report ON report.indicatorId = indicator.id AND report.period = evaluation.period AND report.replacedAt IS NULL
            WHERE evaluation.employeeId = ? AND evaluation.supersededAt IS NULL AND evaluation.status IN ${finalStatuses}
            GROUP BY evaluation.id`,
            [f.trendEmployeeId],
          ),
          rows(
            connection,
            `SELECT item.evaluationId, item.coreValue, item.rating, COUNT(*) AS count
             FROM evaluation_feedback item JOIN evaluation ON evaluation.id = item.evaluationId
            WHERE evaluation.employeeId = ? AND evaluation.supersededAt IS NULL AND evaluation.status IN ${finalStatuses}
              AND item.coreValue IS NOT NULL AND item.rating IS NOT NULL
            GROUP BY item.evaluationId, item.coreValue, item.rating`,
            [f.trendEmployeeId],
          ),
        ]);
        return { points, areas, feedback };
      },
    },
    {
      name: 'employees (first 50)',
      detail: `unit filter ${f.directoryUnitName} and below, sorted by name, as camat`,
      viewer: f.camat,
      query: DIRECTORY_QUERY,
      variables: { unitId: String(f.directoryUnitId) },
      layers: {
        // A directory row asks only what a lean row reads (see `leanRowsFor`).
        service: (server, context) =>
          server.services.employees.list(
            context,
            { unitId: String(f.directoryUnitId) },
            { first: 50 },
            { lean: DIRECTORY_LEAN_ROWS },
          ),
        minimal: `query Directory($unitId: ID!) {
          employees(filter: { unitId: $unitId }, first: 50) { totalCount }
        }`,
      },
      sql: async (connection) => {
        const inUnit =
          'employee.unitId IN (SELECT tree.descendantId FROM org_unit_closure tree WHERE tree.ancestorId = ?)';
        const [total, page] = await Promise.all([
          rows(connection, `SELECT COUNT(*) AS total FROM employee WHERE ${inUnit}`, [
            f.directoryUnitId,
          ]),
          // The page cut while narrow (ids and names), then joined to what a row shows: with fresh
          // statistics MariaDB would otherwise join and sort every row of the subtree first.
          rows(
            connection,
            `SELECT employee.id, employee.name, employee.nip, unit.name AS unitName, position.title, supervisor.name AS supervisorName
             FROM (SELECT employee.id, employee.name FROM employee WHERE ${inUnit}
                    ORDER BY employee.name, employee.id LIMIT 51) cut
             JOIN employee ON employee.id = cut.id
             JOIN org_unit unit ON unit.id = employee.unitId
             JOIN position ON position.id = employee.positionId
             LEFT JOIN employee supervisor ON supervisor.id = employee.supervisorId
            ORDER BY cut.name, cut.id`,
            [f.directoryUnitId],
          ),
        ]);
        return { total, page };
      },
    },
    {
      name: 'kecamatanSummary',
      detail: 'top-level units side by side, 2025, as camat',
      viewer: f.camat,
      query: `query Summary($cycleId: ID!) {
        kecamatanSummary(cycleId: $cycleId) {
          unitId unit { name } members approvedPlans planCompletion evaluationsDone evaluationsExpected
          evaluationCompletion averageAchievement predicateCounts { predicate count }
        }
      }`,
      variables: { cycleId: String(f.closedCycleId) },
      sql: async (connection) => {
        const topMembers = `FROM org_unit top
           JOIN org_unit_closure tree ON tree.ancestorId = top.id
           JOIN employee member ON member.unitId = tree.descendantId AND member.active = 1`;
        // Side by side, as the service reads them. The results sum the totals kept per unit
        // (unit_result_total, unit-counts.ts) over each subtree: the best hand-written SQL once
        // that table exists (scanning the evaluations grows with the staff).
        const [staffing, results] = await Promise.all([
          rows(
            connection,
            `SELECT top.id, top.name, COUNT(DISTINCT member.id) AS members,
                  COUNT(DISTINCT CASE WHEN plan.status = 'APPROVED' THEN plan.id END) AS approvedPlans,
                  COUNT(DISTINCT CASE WHEN plan.status = 'APPROVED' AND plan.evaluatorId IS NOT NULL THEN plan.id END) AS evaluatedPlans
             ${topMembers}
             LEFT JOIN performance_plan plan ON plan.employeeId = member.id AND plan.cycleId = ?
            WHERE top.depth = 1 GROUP BY top.id, top.name ORDER BY top.id`,
            [f.closedCycleId],
          ),
          rows(
            connection,
            `SELECT top.id, kept.predicate, SUM(kept.count) AS count, SUM(kept.achievementSum) AS achievementSum,
                  SUM(kept.achievementCount) AS achievementCount
             FROM org_unit top
             JOIN org_unit_closure tree ON tree.ancestorId = top.id
             JOIN unit_result_total kept ON kept.unitId = tree.descendantId AND kept.cycleId = ?
            WHERE top.depth = 1 AND kept.period IN ('TW1', 'TW2', 'TW3', 'TW4', 'ANNUAL')
            GROUP BY top.id, kept.predicate`,
            [f.closedCycleId],
          ),
        ]);
        return { staffing, results };
      },
    },
    {
      name: 'trainingEffects',
      detail:
        'the effect of every programme on the ratings it strengthens, kecamatan-wide, as camat',
      viewer: f.camat,
      query: `query Effects {
        trainingEffects {
          program { id code title } measure coreValue completions measured improved unchanged
          declined belowBefore belowToMeets enoughData
        }
      }`,
      variables: {},
      sql: async (connection) => {
        const [completions, outcomes] = await Promise.all([
          rows(
            connection,
            `SELECT activity.programId, COUNT(*) AS count FROM development_activity activity
              WHERE activity.programId IS NOT NULL AND activity.status = 'DONE'
              GROUP BY activity.programId`,
            [],
          ),
          rows(
            connection,
            `SELECT effect.programId, effect.measure, effect.coreValue, effect.change,
                    effect.beforeRating, effect.afterRating, COUNT(*) AS count
               FROM training_effect effect
              GROUP BY effect.programId, effect.measure, effect.coreValue, effect.change,
                       effect.beforeRating, effect.afterRating`,
            [],
          ),
        ]);
        const programs = await rows(
          connection,
          `SELECT id, code, title, coreValues, aspects FROM training_program WHERE id IN (?)`,
          [completions.map((row) => Number(row.programId))],
        );
        return { completions, outcomes, programs };
      },
    },
    {
      name: 'developmentHours (page of 50 by JP done)',
      detail:
        'JP of the whole kecamatan in 2025: totals and the 50 with most JP done, ordered in SQL, as camat',
      viewer: f.camat,
      query: `query Hours($cycleId: ID!) {
        developmentHours(cycleId: $cycleId) {
          year yearRunningOut
          totals { employees pns jpDone jpPlanned pnsBelowTarget }
          memberPage(sort: JP_DONE, descending: true, limit: 50) {
            totalCount offset
            members { employeeId employmentType employee { id name unit { id name } }
              jp { year planned done target progress belowTarget flagged } }
          }
        }
      }`,
      variables: { cycleId: String(f.closedCycleId) },
      sql: async (connection) => {
        const cycle = f.closedCycleId;
        // Each employee's JP read from the indexes (employeeId, cycleId), (planId, status, jp) by
        // correlated subqueries: one row per employee, no temporary table (grouping the activities
        // per employee spills its temporary table to disk once it outgrows tmp_table_size, past
        // about 300 000 employees); only the page is sorted (a top-50, kept in memory). The totals
        // in two streamed statements: the headcounts with each PNS's JP done, and the JP summed.
        const jpOf = (condition: string) =>
          `COALESCE((SELECT SUM(activity.jp) FROM development_plan plan
              JOIN development_activity activity ON activity.planId = plan.id
              WHERE plan.employeeId = employee.id AND plan.cycleId = ? AND ${condition}), 0)`;
        const perEmployee = `(SELECT employee.id, employee.name, employee.employmentType,
                    ${jpOf(`activity.status <> 'CANCELLED'`)} AS planned,
                    ${jpOf(`activity.status = 'DONE'`)} AS done
               FROM employee WHERE employee.active = 1) jp`;
        const [headcounts, hours, total, page] = await Promise.all([
          rows(
            connection,
            `SELECT COUNT(*) AS employees, SUM(CASE WHEN employee.employmentType = 'PNS' THEN 1 ELSE 0 END) AS pns,
                    SUM(CASE WHEN employee.employmentType = 'PNS' AND ${jpOf(`activity.status = 'DONE'`)} < 20
                        THEN 1 ELSE 0 END) AS below
               FROM employee WHERE employee.active = 1`,
            [cycle],
          ),
          rows(
            connection,
            `SELECT SUM(CASE WHEN activity.status <> 'CANCELLED' THEN activity.jp ELSE 0 END) AS jpPlanned,
                    SUM(CASE WHEN activity.status = 'DONE' THEN activity.jp ELSE 0 END) AS jpDone
               FROM employee
               JOIN development_plan plan ON plan.employeeId = employee.id AND plan.cycleId = ?
               JOIN development_activity activity ON activity.planId = plan.id
              WHERE employee.active = 1`,
            [cycle],
          ),
          rows(connection, `SELECT COUNT(*) AS total FROM employee WHERE employee.active = 1`, []),
          rows(
            connection,
            `SELECT jp.id, jp.planned, jp.done FROM ${perEmployee}
              ORDER BY jp.done DESC, jp.name ASC, jp.id ASC LIMIT 50`,
            [cycle, cycle],
          ),
        ]);
        const ids = page.map((row) => Number(row.id));
        const employees = await rows(
          connection,
          `SELECT employee.*, unit.id AS unitId, unit.name AS unitName
             FROM employee JOIN org_unit unit ON unit.id = employee.unitId WHERE employee.id IN (?)`,
          [ids],
        );
        return { headcounts, hours, total, page, employees };
      },
    },
  ];
}

// ---- timing ------------------------------------------------------------------------------------

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

type Timing = { p50: number; p95: number };
const summarize = (samples: number[]): Timing => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
};

/**
 * Statements this process sent to the database: both sides run on mysql2 (TypeORM's pool and the
 * bench's own), so counting at its connection counts them alike, whatever sent them. While the
 * timeline records a request, each statement's send and its result's arrival (mysql2 calls the
 * callback, its last argument, once every row is read) are marked too.
 */
const sent = { statements: 0 };
const timeline = new TimelineRecorder();
let counting = false;
function countStatements() {
  if (counting) return;
  counting = true;
  const connection = MysqlConnection.prototype as unknown as Record<
    'query' | 'execute',
    (...args: unknown[]) => unknown
  >;
  for (const method of ['query', 'execute'] as const) {
    const original = connection[method];
    connection[method] = function (this: unknown, ...args: unknown[]) {
      sent.statements += 1;
      const arrived = timeline.statementSent();
      const callback = args.at(-1);
      if (arrived && typeof callback === 'function')
        args[args.length - 1] = function (this: unknown, ...results: unknown[]) {
          arrived();
          return (callback as (...values: unknown[]) => unknown).apply(this, results);
        };
      return original.apply(this, args);
    };
  }
}

async function runGraphql(server: KinerjaServer, dataSource: DataSource, run: Case) {
  const contextValue = createContext({
    dataSource,
    viewer: run.viewer,
    clientAddress: '127.0.0.1',
  });
  const response = await server.apollo.executeOperation(
    { query: run.query, variables: run.variables },
    { contextValue },
  );
  if (response.body.kind !== 'single') throw new Error('Unexpected incremental response');
  const { errors, data } = response.body.singleResult;
  if (errors?.length) throw new Error(`${run.name}: ${JSON.stringify(errors)}`);
  return data;
}

/** Every garbage-collection pause of the process, in time order (perf_hooks' `gc` entries). */
const gcPauses: Span[] = [];
function observeGcPauses() {
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      gcPauses.push({ start: entry.startTime, duration: entry.duration });
  });
  observer.observe({ entryTypes: ['gc'] });
  return observer;
}

/**
 * One side's wall time per run, and over the measured runs its CPU time (the whole process, user +
 * system: what the load of a shared machine does not change much), the garbage-collection pauses
 * inside its requests, and statements per request.
 */
class Side {
  readonly samples: number[] = [];
  /** When each measured request ran: the collections that paused it are counted against it. */
  private readonly spans: Span[] = [];
  private cpuMicros = 0;
  private statements = 0;
  private allocated = 0;
  private readonly allocation = new AllocationMeter();

  async time(work: () => Promise<unknown>, measured: boolean) {
    const statements = sent.statements;
    this.allocation.start();
    const cpu = process.cpuUsage();
    const started = performance.now();
    await work();
    const elapsed = performance.now() - started;
    const used = process.cpuUsage(cpu);
    const allocated = this.allocation.stop();
    if (!measured) return;
    this.samples.push(elapsed);
    this.spans.push({ start: started, duration: elapsed });
    this.cpuMicros += used.user + used.system;
    this.statements += sent.statements - statements;
    this.allocated += allocated;
  }

  result() {
    const runs = this.samples.length;
    return {
      ...summarize(this.samples),
      cpuMs: this.cpuMicros / 1000 / runs,
      gcMs: pausedWithin(this.spans, gcPauses) / runs,
      statements: this.statements / runs,
      allocatedKiB: this.allocated / 1024 / runs,
    };
  }
}

type Sides = { graphql: () => Promise<unknown>; sql: () => Promise<unknown> };
/** What a case runs against: the server, its data source, the baseline's pool, the case, the options. */
type CaseRun = [
  server: KinerjaServer,
  dataSource: DataSource,
  connection: Pool,
  run: Case,
  options: BenchOptions,
];

/** Warm-ups, then runs alternating GraphQL and SQL so drift on a shared machine hits both alike. */
async function alternate(
  [server, dataSource, connection, run, { runs, warmups }]: CaseRun,
  step: (sides: Sides, measured: boolean) => Promise<void>,
) {
  countStatements();
  const sides: Sides = {
    graphql: () => runGraphql(server, dataSource, run),
    sql: () => run.sql(connection),
  };
  for (let index = 0; index < warmups + runs; index += 1) await step(sides, index >= warmups);
}

async function measure(...args: CaseRun) {
  const graphql = new Side();
  const sql = new Side();
  await alternate(args, async (sides, measured) => {
    await graphql.time(sides.graphql, measured);
    await sql.time(sides.sql, measured);
  });
  return { graphql: graphql.result(), sql: sql.result() };
}

/** The same alternation as `measure`, each request recorded on the timeline instead of timed. */
async function measureTimeline(...args: CaseRun) {
  const graphql: RequestTimeline[] = [];
  const sql: RequestTimeline[] = [];
  await alternate(args, async (sides, measured) => {
    const request = await timeline.record(sides.graphql);
    const baseline = await timeline.record(sides.sql);
    if (!measured) return;
    graphql.push(request);
    sql.push(baseline);
  });
  return { graphql: summarizeTimelines(graphql), sql: summarizeTimelines(sql) };
}

/** The same layers run on JavaScript alone (bench-replay.ts), p50 ms. */
type JavaScriptTimes = Omit<LayerTimes, 'sql'>;
const LAYERS = ['service', 'minimal', 'full'] as const;

/**
 * A case's layers: its service called directly (as its resolver calls it for this operation), the
 * operation asking the least of the same field, the whole operation.
 */
function layersOf(
  server: KinerjaServer,
  dataSource: DataSource,
  run: Case,
): Record<keyof JavaScriptTimes, () => Promise<unknown>> {
  const { service, minimal } = run.layers!;
  return {
    service: () =>
      service(
        server,
        createContext({ dataSource, viewer: run.viewer, clientAddress: '127.0.0.1' }),
      ),
    minimal: () => runGraphql(server, dataSource, { ...run, query: minimal }),
    full: () => runGraphql(server, dataSource, run),
  };
}

/**
 * A case's layers, each request followed by a baseline request as in `measure`: the service called
 * directly, the least operation, the whole operation; the baseline's p50 over all its runs.
 */
async function measureLayers(...args: CaseRun): Promise<LayerTimes> {
  const [server, dataSource, , run] = args;
  const layer = layersOf(server, dataSource, run);
  const sides = { sql: new Side(), service: new Side(), minimal: new Side(), full: new Side() };
  await alternate(args, async ({ sql }, measured) => {
    for (const name of LAYERS) {
      await sides[name].time(layer[name], measured);
      await sides.sql.time(sql, measured);
    }
  });
  return {
    sql: sides.sql.result().p50,
    service: sides.service.result().p50,
    minimal: sides.minimal.result().p50,
    full: sides.full.result().p50,
  };
}

/**
 * The layers again with every statement answered from memory: what this process's own code costs
 * per request, without the database or the machine's noise. Five times the case's runs (each is a
 * tenth of a request's time), the three layers alternating.
 */
async function measureJavaScript(...args: CaseRun): Promise<JavaScriptTimes> {
  const [server, dataSource, , run, { runs, warmups }] = args;
  const layer = layersOf(server, dataSource, run);
  const sides = { service: new Side(), minimal: new Side(), full: new Side() };
  const replay = new StatementReplay((dataSource.driver as MysqlDriver).pool as ReplayablePool);
  try {
    for (const name of LAYERS) await layer[name]();
    replay.replay();
    for (let index = 0; index < 5 * (warmups + runs); index += 1)
      for (const name of LAYERS) await sides[name].time(layer[name], index >= 5 * warmups);
    return {
      service: sides.service.result().p50,
      minimal: sides.minimal.result().p50,
      full: sides.full.result().p50,
    };
  } finally {
    replay.restore();
  }
}

function printJavaScript(cases: { name: string; times: JavaScriptTimes }[]) {
  console.log(
    '\nThe same layers on JavaScript alone (every statement answered from memory), p50 ms: what this' +
      ' process spends per request beside the database.\n',
  );
  printTable(
    [
      'query',
      'service',
      'least operation',
      'whole operation',
      'Apollo and resolver',
      'completing the answer',
    ],
    cases.map(({ name, times }) => [
      name,
      ...[
        times.service,
        times.minimal,
        times.full,
        times.minimal - times.service,
        times.full - times.minimal,
      ].map((value) => value.toFixed(3)),
    ]),
  );
}

function printLayers(layers: { name: string; times: LayerTimes }[]) {
  console.log(
    '\nLayers, p50 ms (each request after a baseline request): the SQL, the service called directly,' +
      ' the operation asking the least of the same field, the whole operation; then what each adds.\n',
  );
  printTable(
    [
      'query',
      'SQL',
      'service',
      'least operation',
      'whole operation',
      'service − SQL',
      'Apollo and resolver',
      'completing the answer',
      'ratio',
    ],
    layers.map(({ name, times }) => {
      const costs = layerCosts(times);
      return [
        name,
        ...[times.sql, times.service, times.minimal, times.full].map((value) => value.toFixed(2)),
        ...[costs.service, costs.pipeline, costs.completion].map((value) => value.toFixed(2)),
        `${costs.ratio.toFixed(2)}×`,
      ];
    }),
  );
}

const TIMELINE_COLUMNS: [keyof TimelineSummary, string][] = [
  ['beforeExecution', 'before execution'],
  ['toFirstStatement', 'to first statement'],
  ['statements', 'statements'],
  ['lastResultToExecutionEnd', 'last result to execution end'],
  ['lastResultToEnd', 'last result to end'],
  ['serial', 'serial'],
  ['total', 'total'],
];

/** A case's name and its timeline on each side. */
type CaseTimeline = { name: string; graphql: TimelineSummary; sql: TimelineSummary };

function printTimelines(timelines: CaseTimeline[]) {
  console.log(
    "\nWhere a request's time goes, p50 ms of each stretch (measured apart, so they need not add up):" +
      " before execution is Apollo's pipeline, to first statement counts from execution start" +
      ' (from the start on the SQL side), statements from the first sent to the last result in,' +
      ' serial is the rest: the time the database waits for this process.\n',
  );
  const cell = (value: number | undefined) => (value === undefined ? '–' : value.toFixed(2));
  printTable(
    ['query', 'side', ...TIMELINE_COLUMNS.map(([, title]) => title)],
    timelines.flatMap(({ name, graphql, sql }) => [
      [name, 'GraphQL', ...TIMELINE_COLUMNS.map(([key]) => cell(graphql[key]))],
      [name, 'SQL', ...TIMELINE_COLUMNS.map(([key]) => cell(sql[key]))],
    ]),
  );
}

/**
 * What this stack spends on a case whatever the resolvers do: Apollo's pipeline for `{ __typename }`
 * with the same context, plus the compiled operation (graphql-jit, as the server runs it) completing
 * the case's answer from a ready-made object (its document on the schema's SDL, default resolvers,
 * the answer as the root value). (SQL + floor) ÷ SQL is the least ratio any resolver code could
 * reach on this stack.
 */
async function measureFloor(
  server: KinerjaServer,
  dataSource: DataSource,
  plain: GraphQLSchema,
  run: Case,
  { runs, warmups }: BenchOptions,
) {
  const rootValue = (await runGraphql(server, dataSource, run)) as Record<string, unknown>;
  const compiled = compileQuery(plain, parse(run.query));
  if (!isCompiledQuery(compiled)) throw new Error(`${run.name}: ${JSON.stringify(compiled)}`);
  const pipeline: number[] = [];
  const completion: number[] = [];
  const ping = { ...run, query: '{ __typename }', variables: {} };
  for (let index = 0; index < warmups + runs; index += 1) {
    let started = performance.now();
    await runGraphql(server, dataSource, ping);
    if (index >= warmups) pipeline.push(performance.now() - started);
    started = performance.now();
    const result = await compiled.query(rootValue, undefined, run.variables);
    if (index >= warmups) completion.push(performance.now() - started);
    if (result.errors?.length) throw new Error(`${run.name}: ${JSON.stringify(result.errors)}`);
  }
  return { pipeline: summarize(pipeline).p50, completion: summarize(completion).p50 };
}

// ---- documents (issue #16): generation time, not compared with SQL ----------------------------

/** SKP PDF generation (gather + render) and an xlsx recap of the unit nearest 1 000 people. */
async function measureDocuments(
  server: KinerjaServer,
  dataSource: DataSource,
  fixture: Fixture,
  { runs, warmups }: BenchOptions,
) {
  const context = () =>
    createContext({
      dataSource,
      viewer: fixture.camat,
      clientAddress: '127.0.0.1',
    });
  const [plan] = await dataSource.query<{ id: number }[]>(
    'SELECT id FROM performance_plan WHERE employeeId = ? AND cycleId = ?',
    [fixture.trendEmployeeId, fixture.activeCycleId],
  );
  const [unit] = await dataSource.query<{ id: number; people: number }[]>(
    `SELECT tree.ancestorId AS id, COUNT(*) AS people
       FROM org_unit_closure tree
       JOIN employee member ON member.unitId = tree.descendantId AND member.active = 1
      GROUP BY tree.ancestorId
      ORDER BY ABS(COUNT(*) - 1000), tree.ancestorId
      LIMIT 1`,
  );
  const time = async (work: () => Promise<unknown>) => {
    const samples: number[] = [];
    for (let index = 0; index < warmups + runs; index += 1) {
      const started = performance.now();
      await work();
      if (index >= warmups) samples.push(performance.now() - started);
    }
    return summarize(samples);
  };
  const skp = await time(async () => {
    const loaded = await server.services.documents.skp(context(), Number(plan.id));
    return renderPdf(buildSkpDocument(loaded.model));
  });
  let rows = 0;
  const recap = await time(async () => {
    const loaded = await server.services.documents.recap(context(), {
      cycleId: String(fixture.activeCycleId),
      unitId: String(unit.id),
      period: 'ANNUAL',
    });
    rows = loaded.model.rows.length;
    return buildRecapWorkbook({ ...loaded.model, generatedOn: '2026-12-31' });
  });
  console.log('\nDocuments (gather with the CASL rules + render), in ms:\n');
  console.log(`| document | p50 | p95 |`);
  console.log(`|---|---|---|`);
  console.log(`| SKP PDF (one plan) | ${ms(skp.p50)} | ${ms(skp.p95)} |`);
  console.log(`| recap xlsx (${rows} employees) | ${ms(recap.p50)} | ${ms(recap.p95)} |`);
}

// ---- report ------------------------------------------------------------------------------------

const ms = (value: number) => value.toFixed(1);

function printTable(header: string[], lines: string[][]) {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => line[column].length)),
  );
  const row = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  console.log(row(header));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const line of lines) console.log(row(line));
}

async function machine(connection: Pool) {
  const [[version]] = await connection.query<RowDataPacket[]>(
    'SELECT VERSION() AS version, @@innodb_buffer_pool_size AS pool',
  );
  return [
    `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}`,
    `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM`,
    `Node ${process.version}`,
    `${version.version as string} (innodb_buffer_pool_size ${Math.round(Number(version.pool) / 2 ** 20)} MiB)`,
    new Date().toISOString().slice(0, 10),
  ].join(', ');
}

async function main() {
  // HTTP throughput against the bare twin (bench-http.ts): its own options and report.
  if (process.argv.includes('--http'))
    return runHttpBench(process.argv.slice(2), {
      prepareDatabase,
      seedIfEmpty,
      findFixture,
      casesFor,
    });
  const options = parseBenchArgs(process.argv.slice(2));
  const url = process.env.BENCH_MYSQL_URL || DEFAULT_URL;
  if (!url.startsWith('mysql://')) throw new Error('BENCH_MYSQL_URL must be a mysql:// URL');
  const dataSource = await prepareDatabase(url, options.reuse);
  let server: KinerjaServer | null = null;
  const connection = createPool({ uri: url, timezone: 'Z', connectionLimit: 10 });
  const collections = observeGcPauses();
  try {
    await seedIfEmpty(dataSource, options.employees);
    server = await createServer({
      dataSource,
      config: loadConfig({ ...process.env, NODE_ENV: undefined }),
      plugins: options.timeline ? [timeline.plugin] : [],
    });
    const fixture = await findFixture(dataSource, server);
    const [[size]] = await connection.query<RowDataPacket[]>(
      `SELECT (SELECT COUNT(*) FROM employee) AS employees, (SELECT COUNT(*) FROM evaluation) AS evaluations,
              (SELECT COUNT(*) FROM realization) AS realizations`,
    );
    console.log(`\nMachine: ${await machine(connection)}`);
    console.log(
      `Data: ${Number(size.employees).toLocaleString('en-US')} employees, ${Number(size.evaluations).toLocaleString('en-US')} evaluations, ` +
        `${Number(size.realizations).toLocaleString('en-US')} realisations. ${options.warmups} warm-ups, ${options.runs} runs each.\n`,
    );

    const header = [
      'query',
      'GraphQL p50',
      'GraphQL p95',
      'SQL p50',
      'SQL p95',
      'ratio p50',
      'ratio p95',
      'bar',
    ];
    const lines: string[][] = [];
    const costs: string[][] = [];
    const floors: string[][] = [];
    const timelines: CaseTimeline[] = [];
    const layers: { name: string; times: LayerTimes }[] = [];
    const javaScript: { name: string; times: JavaScriptTimes }[] = [];
    const plain = buildSchema(printSchema(server.schema));
    const chosen = casesFor(fixture).filter(
      (run) => options.only.length === 0 || options.only.some((name) => run.name.startsWith(name)),
    );
    for (const run of chosen) {
      const { graphql, sql } = await measure(server, dataSource, connection, run, options);
      const ratio50 = graphql.p50 / sql.p50;
      const ratio95 = graphql.p95 / sql.p95;
      const verdicts = [
        ...(run.p95Bound === undefined
          ? []
          : [`p95 < ${run.p95Bound} ms ${graphql.p95 < run.p95Bound ? 'PASS' : 'FAIL'}`]),
        `ratio ≤ ${BAR.ratio} ${ratio50 <= BAR.ratio ? 'PASS' : 'FAIL'}`,
      ];
      lines.push([
        run.name,
        ms(graphql.p50),
        ms(graphql.p95),
        ms(sql.p50),
        ms(sql.p95),
        `${ratio50.toFixed(2)}×`,
        `${ratio95.toFixed(2)}×`,
        verdicts.join('; '),
      ]);
      costs.push([
        run.name,
        ms(graphql.cpuMs),
        ms(sql.cpuMs),
        ms(graphql.cpuMs - sql.cpuMs),
        graphql.gcMs.toFixed(2),
        sql.gcMs.toFixed(2),
        graphql.allocatedKiB.toFixed(0),
        sql.allocatedKiB.toFixed(0),
        String(graphql.statements),
        String(sql.statements),
      ]);
      const floor = await measureFloor(server, dataSource, plain, run, options);
      floors.push([
        run.name,
        ms(sql.p50),
        floor.pipeline.toFixed(2),
        floor.completion.toFixed(2),
        `${((sql.p50 + floor.pipeline + floor.completion) / sql.p50).toFixed(2)}×`,
        `${ratio50.toFixed(2)}×`,
      ]);
      if (options.timeline)
        timelines.push({
          name: run.name,
          ...(await measureTimeline(server, dataSource, connection, run, options)),
        });
      if (options.layers && run.layers) {
        layers.push({
          name: run.name,
          times: await measureLayers(server, dataSource, connection, run, options),
        });
        javaScript.push({
          name: run.name,
          times: await measureJavaScript(server, dataSource, connection, run, options),
        });
      }
      console.log(`  ${run.name}: ${run.detail}`);
    }
    console.log(`\nTimes in ms; ratio = GraphQL / SQL (the bar is on p50).\n`);
    printTable(header, lines);
    // What the load of a shared machine changes little: the CPU the process spends per request.
    // Collections pause the request they fall in: a side that keeps its garbage alive pays here.
    console.log(
      '\nPer request, over the measured runs: CPU ms (user + system), ms paused by garbage collection, KiB allocated on the heap (bench-allocation.ts), and statements.\n',
    );
    printTable(
      [
        'query',
        'GraphQL CPU',
        'SQL CPU',
        'difference',
        'GraphQL GC',
        'SQL GC',
        'GraphQL KiB',
        'SQL KiB',
        'GraphQL statements',
        'SQL statements',
      ],
      costs,
    );
    console.log(
      '\nThe floor of this stack (Apollo + the compiled operation, no resolver code), p50 ms, and the least ratio it allows.\n',
    );
    printTable(
      [
        'query',
        'SQL',
        'pipeline `{ __typename }`',
        'completing the answer',
        'least ratio',
        'ratio',
      ],
      floors,
    );
    if (options.timeline) printTimelines(timelines);
    if (layers.length > 0) printLayers(layers);
    if (javaScript.length > 0) printJavaScript(javaScript);
    // Documents are timed with the full run, or when named: `--only documents`.
    if (options.only.length === 0 || options.only.includes('documents'))
      await measureDocuments(server, dataSource, fixture, options);
  } finally {
    collections.disconnect();
    await connection.end();
    await server?.stop();
    await dataSource.destroy();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  });
}
