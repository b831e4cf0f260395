/**
 * The bare twin of `npm run bench -- --http`: node:http and a mysql2 pool, no Express, Apollo,
 * TypeORM or CASL. It authenticates each request as the real server does (the same token check,
 * then account, state and supervisor chain in one statement) and answers `{ __typename }`,
 * teamDashboard and performanceTrend with the bench's own SQL (casesFor in bench.ts), shaped into
 * the same JSON as the real answer. The control for "how much does the framework cost".
 *
 * Started by bench-http.ts as a child process: BENCH_MYSQL_URL, PORT, JWT_SECRET and the fixture
 * in BENCH_TWIN_FIXTURE (JSON).
 */
import 'reflect-metadata';
import http from 'node:http';
import { createPool, type Pool, type RowDataPacket } from 'mysql2/promise';
import { loadConfig } from '../src/config';
import { computeCycleDeadlines, evaluationsDue } from '../src/modules/cycle/utils/deadlines.util';
import { jakartaDate } from '../src/modules/cycle/utils/periods.util';
import { Period } from '../src/modules/cycle/cycle.enums';
import { shapeTeamDashboard } from '../src/modules/analytics/utils/team-dashboard.util';
import { groupBy, numberOrNull } from '../src/modules/analytics/utils/rows.util';
import type { PlanStatus } from '../src/modules/plan/plan.enums';
import type { Predicate, Rating } from '../src/modules/evaluation/evaluation.enums';
import { SessionTokens } from '../src/platform/auth/session-token';
import { casesFor, type Fixture, rows } from './bench';

const RATING_LEVEL: Record<string, number> = {
  DI_BAWAH_EKSPEKTASI: 1,
  SESUAI_EKSPEKTASI: 2,
  DI_ATAS_EKSPEKTASI: 3,
};

type Answer = { status: number; body: unknown };

// Oldest first as the API orders them (the quarters, then the year), whatever order the SQL gave.
const PERIOD_RANK = new Map(Object.values(Period).map((period, rank) => [period, rank]));
const chronological = (rows: Rows) =>
  rows.sort(
    (a, b) =>
      Number(a.year) - Number(b.year) ||
      PERIOD_RANK.get(a.period as Period)! - PERIOD_RANK.get(b.period as Period)!,
  );
type Rows = RowDataPacket[];

const unauthenticated = (reason: string): Answer => ({
  status: 401,
  body: { errors: [{ message: reason, extensions: { code: 'UNAUTHENTICATED', reason } }] },
});

/** The same check as AuthService.viewerFromToken: token, then one statement for the session. */
async function authenticate(pool: Pool, tokens: SessionTokens, header: string | undefined) {
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  if (!match) return unauthenticated('INVALID_TOKEN');
  let claims;
  try {
    claims = tokens.verify(match[1]);
  } catch {
    return unauthenticated('INVALID_TOKEN');
  }
  const [account] = await rows(
    pool,
    `SELECT account.id, account.roles, account.employeeId, account.active, account.locked, account.sessionVersion,
            (SELECT GROUP_CONCAT(line.ancestorId) FROM reporting_line line
              WHERE line.descendantId = account.employeeId AND line.depth > 0) AS supervisorChain
       FROM account WHERE account.id = ?`,
    [claims.accountId],
  );
  if (!account || !account.active) return unauthenticated('ACCOUNT_INACTIVE');
  if (account.locked) return unauthenticated('ACCOUNT_LOCKED');
  if (account.sessionVersion !== claims.sessionVersion) return unauthenticated('SESSION_ENDED');
  return null;
}

async function main() {
  const url = process.env.BENCH_MYSQL_URL!;
  const fixture = JSON.parse(process.env.BENCH_TWIN_FIXTURE!) as Fixture;
  const config = loadConfig();
  const tokens = new SessionTokens(config.jwtSecret, {
    issuer: config.jwtIssuer,
    expiresIn: config.jwtExpiresIn,
  });
  // The API's pool size.
  const pool = createPool({ uri: url, timezone: 'Z', connectionLimit: 10 });
  const sqlOf = new Map(casesFor(fixture).map((run) => [run.name, run.sql]));
  // The cycle's deadlines decide which periods are overdue (read once: the bench changes none).
  const [[cycle]] = await pool.query<Rows>(
    `SELECT year, DATE_FORMAT(skpDueOn, '%Y-%m-%d') AS skpDueOn, realizationDueDays, reportingWindowDays,
            evaluationDueDays, DATE_FORMAT(annualEvaluationDueOn, '%Y-%m-%d') AS annualEvaluationDueOn
       FROM performance_cycle WHERE id = ?`,
    [fixture.activeCycleId],
  );
  const deadlines = computeCycleDeadlines({
    year: Number(cycle.year),
    skpDueOn: cycle.skpDueOn as string | null,
    realizationDueDays: Number(cycle.realizationDueDays),
    reportingWindowDays: Number(cycle.reportingWindowDays),
    evaluationDueDays: Number(cycle.evaluationDueDays),
    annualEvaluationDueOn: cycle.annualEvaluationDueOn as string | null,
  });

  const teamDashboard = async () => {
    const { members, history, missing, objections } = (await sqlOf.get('teamDashboard')!(
      pool,
    )) as Record<string, Rows>;
    const nameOf = new Map(members.map((row) => [Number(row.id), row.name as string]));
    const employee = (id: number) => ({ id: String(id), name: nameOf.get(id) ?? null });
    const shaped = shapeTeamDashboard({
      unitId: fixture.teamUnitId,
      cycleId: fixture.activeCycleId,
      year: Number(cycle.year),
      members: members.map((row) => ({
        employeeId: Number(row.id),
        plan:
          row.planId === null
            ? null
            : {
                id: Number(row.planId),
                status: row.status as PlanStatus,
                evaluatorId: row.evaluatorId === null ? null : Number(row.evaluatorId),
                startsOn: (row.startsOn as string | null) ?? null,
              },
        // The bench's SQL (casesFor) reads no JP, nor does the API when the query asks none.
        jp: null,
      })),
      finals: chronological(history).map((row) => ({
        employeeId: Number(row.employeeId),
        cycleId: Number(row.cycleId),
        cycleYear: Number(row.year),
        period: row.period as Period,
        predicate: row.predicate as Predicate,
        predicateLevel: Number(row.predicateLevel),
        achievement: row.achievement === null ? null : Number(row.achievement),
      })),
      missingReports: missing.map((row) => ({
        employeeId: Number(row.employeeId),
        missing: Number(row.missing),
      })),
      endedPeriods: evaluationsDue(deadlines, jakartaDate(new Date())),
      viewerEmployeeId: fixture.teamViewerEmployeeId,
      objectionsToDecide: objections.map((row) => ({
        kind: 'DECIDE_OBJECTION',
        employeeId: Number(row.employeeId),
        planId: Number(row.planId),
        period: row.period as Period,
        objectionId: Number(row.id),
      })),
    });
    return {
      unitId: String(shaped.unitId),
      cycleId: String(shaped.cycleId),
      members: shaped.members.map((member) => ({
        employeeId: String(member.employeeId),
        employee: employee(member.employeeId),
        planStatus: member.planStatus,
        latestPredicate: member.latestPredicate,
        latestPeriod: member.latestPeriod,
        latestAchievement: member.latestAchievement,
        overdueRealizations: member.overdueRealizations,
        overdueEvaluations: member.overdueEvaluations,
        predicateLevels: member.predicateLevels,
      })),
      predicateDistribution: shaped.predicateDistribution,
      averageTrend: shaped.averageTrend,
      pendingActions: shaped.pendingActions.map((action) => ({
        kind: action.kind,
        employeeId: String(action.employeeId),
        planId: action.planId === null ? null : String(action.planId),
        period: action.period,
        objectionId: action.objectionId === null ? null : String(action.objectionId),
        employee: employee(action.employeeId),
      })),
      // The curve check is for those who calibrate; the bench's viewer is a supervisor.
      curveCheck: null,
    };
  };

  const performanceTrend = async () => {
    const { points, areas, feedback } = (await sqlOf.get('performanceTrend')!(pool)) as Record<
      string,
      Rows
    >;
    const areaOf = new Map(areas.map((row) => [Number(row.id), row]));
    const feedbackOf = groupBy(feedback, (row) => Number(row.evaluationId));
    return chronological(points).map((point) => {
      const area = areaOf.get(Number(point.id));
      return {
        cycleYear: Number(point.year),
        period: point.period as Period,
        predicate: point.predicate as Predicate,
        predicateLevel: Number(point.predicateLevel),
        resultRating: point.resultRating as Rating,
        behaviorRating: point.behaviorRating as Rating,
        achievement: numberOrNull(point.achievement),
        productivity: numberOrNull(area?.productivity),
        qualityOfWork: numberOrNull(area?.quality),
        professionalAttitude: RATING_LEVEL[point.behaviorRating as string],
        behaviorFeedback: (feedbackOf.get(Number(point.id)) ?? []).map((row) => ({
          coreValue: row.coreValue as string,
          rating: row.rating as Rating,
          count: Number(row.count),
        })),
      };
    });
  };

  const answer = async (request: http.IncomingMessage, body: string): Promise<Answer> => {
    const refused = await authenticate(pool, tokens, request.headers.authorization);
    if (refused) return refused;
    const { query } = JSON.parse(body) as { query?: string };
    if (query?.includes('teamDashboard'))
      return { status: 200, body: { data: { teamDashboard: await teamDashboard() } } };
    if (query?.includes('performanceTrend'))
      return { status: 200, body: { data: { performanceTrend: await performanceTrend() } } };
    if (query?.includes('__typename'))
      return { status: 200, body: { data: { __typename: 'Query' } } };
    return { status: 400, body: { errors: [{ message: 'The twin answers three queries only' }] } };
  };

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      void answer(request, Buffer.concat(chunks).toString('utf8'))
        .catch((error: unknown) => ({
          status: 500,
          body: { errors: [{ message: error instanceof Error ? error.message : String(error) }] },
        }))
        .then(({ status, body }) => {
          response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
          response.end(JSON.stringify(body));
        });
    });
  });
  server.listen(Number(process.env.PORT), '127.0.0.1');
  process.on('SIGTERM', () => {
    server.close();
    void pool.end();
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
