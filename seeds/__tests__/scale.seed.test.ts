import { JobHistory } from '../../api/src/modules/staffing/job-history.entity';
import { createHash } from 'node:crypto';
import { type DataSource, IsNull } from 'typeorm';
import { Account } from '../../api/src/modules/account/account.entity';
import { Role } from '../../api/src/platform/auth/role';
import { PerformanceCycle } from '../../api/src/modules/cycle/cycle.entity';
import { CycleStatus, Period } from '../../api/src/modules/cycle/cycle.enums';
import { addDays } from '../../api/src/modules/cycle/utils/deadlines.util';
import { jakartaDate, periodsOf } from '../../api/src/modules/cycle/utils/periods.util';
import { DevelopmentActivity } from '../../api/src/modules/development/development-activity.entity';
import { DevelopmentPlan } from '../../api/src/modules/development/development-plan.entity';
import { ActivityStatus, EffectChange } from '../../api/src/modules/development/development.enums';
import { TrainingEffect } from '../../api/src/modules/development/training-effect.entity';
import { refreshTrainingEffects } from '../../api/src/modules/development/training-effects';
import { TrainingProgram } from '../../api/src/modules/development/training-program.entity';
import { EvaluationFeedback } from '../../api/src/modules/evaluation/evaluation-feedback.entity';
import { Evaluation } from '../../api/src/modules/evaluation/evaluation.entity';
import { EvaluationStatus } from '../../api/src/modules/evaluation/evaluation.enums';
import { OrganizationPredicate } from '../../api/src/modules/evaluation/organization-predicate.entity';
import {
  computePredicate,
  suggestResultRating,
} from '../../api/src/modules/evaluation/utils/predicate.util';
import { Employee, ReportingLine } from '../../api/src/modules/org/employee.entity';
import { EmploymentType, PositionLevel } from '../../api/src/modules/org/org.enums';
import { OrgUnit, OrgUnitClosure } from '../../api/src/modules/org/org-unit.entity';
import { Position } from '../../api/src/modules/org/position.entity';
import { computeClosure } from '../../api/src/modules/org/utils/closure.util';
import { parseNip } from '../../api/src/modules/org/utils/nip.util';
import { isRankValid } from '../../api/src/modules/org/utils/rank.util';
import { BehaviorExpectation } from '../../api/src/modules/plan/behavior-expectation.entity';
import { Indicator } from '../../api/src/modules/plan/indicator.entity';
import { PerformancePlan } from '../../api/src/modules/plan/performance-plan.entity';
import { CoreValue, PlanStatus, WorkTargetKind } from '../../api/src/modules/plan/plan.enums';
import { indicatorPlanOf } from '../../api/src/modules/plan/plan-achievement';
import { Realization } from '../../api/src/modules/plan/realization.entity';
import {
  computePeriodResult,
  computePlanAchievement,
} from '../../api/src/modules/plan/utils/achievement.util';
import { WorkTarget } from '../../api/src/modules/plan/work-target.entity';
import { AuditLog } from '../../api/src/platform/audit/audit-log.entity';
import { verifyPassword } from '../../api/src/platform/auth/password';
import { DRIVERS, openTestDatabase, type TestDatabase } from '../../api/src/testing/databases';
import {
  keptAndFreshPredicateCounts,
  keptAndFreshResultTotals,
} from '../../api/src/testing/plan-fixtures';
import { deferSecondaryIndexes, mappedTables } from '../bulk.util';
import { planGayunganDemo } from '../gayungan.plan';
import { DEMO_USERNAMES, seedDemo } from '../gayungan.seed';
import {
  evaluatedPeriodsOf,
  planScale,
  SCALE_ACTIVE_YEAR,
  SCALE_CYCLE_YEARS,
  SCALE_PHASES,
  type ScaleCounts,
  type ScalePhase,
  type ScaleProgress,
  seedScale,
  TEAM_SIZE,
  WORK_GROUP_HEAD_TITLE,
} from '../scale.seed';

const EMPLOYEES = 600;
const PASSWORD = 'test-scale-password';
const WORK_GROUP = /^Kelompok Kerja \d{4} /;
/** training_effect of the 600-employee seed before the effects phase was rewritten (issue #19). */
const GOLDEN_EFFECTS = {
  rows: 5_064,
  digest: 'e4444fe6f0bf40bd188b12a2522298623f2f2ea69dee249544b68b1fb184e384',
};
const SKELETON_NAMES = planGayunganDemo().units.map((unit) => unit.name);

const key = (row: { ancestorId: number; descendantId: number; depth: number }) =>
  `${row.ancestorId}>${row.descendantId}@${row.depth}`;

/** Everything generated about people and units, in id order, as one hash. */
async function digestOf(dataSource: DataSource): Promise<string> {
  const hash = createHash('sha256');
  for (const unit of await dataSource.manager.find(OrgUnit, { order: { id: 'ASC' } })) {
    hash.update(JSON.stringify([unit.id, unit.name, unit.parentId, unit.sortOrder, unit.headId]));
  }
  for (const employee of await dataSource.manager.find(Employee, { order: { id: 'ASC' } })) {
    const { id, nip, name, gender, birthDate, employmentType, rank, email, phone, active } =
      employee;
    const { positionId, unitId, supervisorId } = employee;
    hash.update(
      JSON.stringify([id, nip, name, gender, birthDate, employmentType, rank, email, phone]),
    );
    hash.update(JSON.stringify([active, positionId, unitId, supervisorId]));
  }
  // The SKP side: every table in id order, read raw (hydrating ~60 000 rows would be slow).
  for (const table of [
    'performance_cycle',
    'performance_plan',
    'work_target',
    'indicator',
    'behavior_expectation',
    'realization',
    'evaluation',
    'evaluation_feedback',
    'organization_predicate',
  ]) {
    const rows: object[] = await dataSource.query(`SELECT * FROM ${table} ORDER BY id`);
    for (const row of rows) hash.update(JSON.stringify(row));
  }
  return hash.digest('hex');
}

/** `digestOf` and the development tables, all but the activities' own timestamps (now()). */
async function fullDigestOf(dataSource: DataSource): Promise<string> {
  const hash = createHash('sha256').update(await digestOf(dataSource));
  for (const query of [
    'SELECT * FROM development_plan ORDER BY id',
    'SELECT id, planId, employeeId, programId, title, reason, jp, status, dueDate, completedOn, cancelReason, version FROM development_activity ORDER BY id',
    'SELECT * FROM training_effect ORDER BY id',
  ]) {
    const rows: object[] = await dataSource.query(query);
    for (const row of rows) hash.update(JSON.stringify(row));
  }
  return hash.digest('hex');
}

describe('planScale', () => {
  it('is the same on every call, yet varied within', () => {
    const plan = planScale({ employees: 300 });
    expect(planScale({ employees: 300 })).toEqual(plan);
    expect(new Set(plan.employees.map((employee) => employee.name)).size).toBeGreaterThan(200);
    expect(new Set(plan.employees.map((employee) => employee.birthDate)).size).toBeGreaterThan(200);
  });

  it('makes teams of 20–60 people, every tenth exactly 50, for any size', () => {
    for (const employees of [SKELETON_NAMES.length + 19, 1_000, 4_321]) {
      const plan = planScale({ employees });
      expect(plan.employees).toHaveLength(employees);
      const sizes = new Map<number, number>();
      for (const employee of plan.employees)
        sizes.set(employee.unitId, (sizes.get(employee.unitId) ?? 0) + 1);
      const groups = plan.units.filter((unit) => WORK_GROUP.test(unit.name));
      const groupSizes = groups.map((unit) => sizes.get(unit.id));
      expect(groups.length).toBe(plan.units.length - SKELETON_NAMES.length);
      if (employees === SKELETON_NAMES.length + 19) {
        // Fewer than a team's worth beyond the heads of the real units: one small group.
        expect(groupSizes).toEqual([19]);
        continue;
      }
      for (const size of groupSizes) {
        expect(size).toBeGreaterThanOrEqual(TEAM_SIZE.smallest);
        expect(size).toBeLessThanOrEqual(TEAM_SIZE.largest);
      }
      const benchmarkTeams = groupSizes.filter((size) => size === TEAM_SIZE.benchmark).length;
      // Every tenth team is a benchmark team; only the one fitted to the remainder may differ.
      expect(benchmarkTeams).toBeGreaterThanOrEqual(Math.ceil(groups.length / 10) - 1);
    }
  });

  it('refuses fewer employees than the Gayungan units need heads', () => {
    expect(() => planScale({ employees: SKELETON_NAMES.length - 1 })).toThrow(
      `needs at least ${SKELETON_NAMES.length} employees`,
    );
    expect(planScale({ employees: SKELETON_NAMES.length }).employees).toHaveLength(
      SKELETON_NAMES.length,
    );
  });
});

/** Every index of every table as the database lists it: table, name, uniqueness, columns. */
async function indexesOf(dataSource: DataSource): Promise<unknown[]> {
  if (dataSource.options.type === 'better-sqlite3')
    return dataSource.query(
      "SELECT tbl_name, name, sql FROM sqlite_master WHERE type = 'index' ORDER BY tbl_name, name",
    );
  return dataSource.query(
    `SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, SEQ_IN_INDEX, COLUMN_NAME, SUB_PART, INDEX_TYPE
     FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()
     ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX`,
  );
}

describe.each(DRIVERS)('seedScale on %s', (kind) => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let counts: ScaleCounts;
  let progress: ScaleProgress[];
  let employees: Employee[];
  let units: OrgUnit[];
  let employeeById: Map<number, Employee>;
  let unitById: Map<number, OrgUnit>;
  let camatId: number;
  let migratedIndexes: unknown[];
  /** Of the seeded database, before any test changes it (the refresh renumbers the effects). */
  let seededDigest: string;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    dataSource = db.dataSource;
    migratedIndexes = await indexesOf(dataSource);
    progress = [];
    counts = await seedScale(dataSource, {
      employees: EMPLOYEES,
      password: PASSWORD,
      onProgress: (event) => progress.push(event),
    });
    seededDigest = await fullDigestOf(dataSource);
    employees = await dataSource.manager.find(Employee, {
      relations: { position: true },
      order: { id: 'ASC' },
    });
    units = await dataSource.manager.find(OrgUnit, { order: { id: 'ASC' } });
    employeeById = new Map(employees.map((employee) => [employee.id, employee]));
    unitById = new Map(units.map((unit) => [unit.id, unit]));
    camatId = units.find((unit) => unit.parentId === null)!.headId!;
  }, 60_000);

  afterAll(async () => {
    await db?.close();
  });

  it('keeps the counts per unit (calibration, kecamatan summary) as a fresh count has them', async () => {
    for (const { kept, fresh } of [
      await keptAndFreshPredicateCounts(dataSource),
      await keptAndFreshResultTotals(dataSource),
    ]) {
      expect(kept.length).toBeGreaterThan(0);
      expect(kept).toEqual(fresh);
    }
  });

  it('creates exactly the requested number of employees and reports true counts', async () => {
    expect(employees).toHaveLength(EMPLOYEES);
    const manager = dataSource.manager;
    expect(counts).toEqual({
      units: await manager.count(OrgUnit),
      positions: await manager.count(Position),
      employees: EMPLOYEES,
      unitClosure: await manager.count(OrgUnitClosure),
      reportingLines: await manager.count(ReportingLine),
      accounts: await manager.count(Account),
      cycles: await manager.count(PerformanceCycle),
      plans: await manager.count(PerformancePlan),
      workTargets: await manager.count(WorkTarget),
      indicators: await manager.count(Indicator),
      behaviorExpectations: await manager.count(BehaviorExpectation),
      realizations: await manager.count(Realization),
      evaluations: await manager.count(Evaluation),
      evaluationFeedback: await manager.count(EvaluationFeedback),
      organizationPredicates: await manager.count(OrganizationPredicate),
      trainingPrograms: await manager.count(TrainingProgram, { where: { retiredAt: IsNull() } }),
      developmentPlans: await manager.count(DevelopmentPlan),
      developmentActivities: await manager.count(DevelopmentActivity),
      trainingEffects: await manager.count(TrainingEffect),
    });
    const audit = await manager.findOneByOrFail(AuditLog, { action: 'syntheticData.seed' });
    expect(audit.after).toEqual(counts);
  });

  it('writes one current job history row per employee, their post since the appointment', async () => {
    const rows = await dataSource.manager.find(JobHistory, { order: { employeeId: 'ASC' } });
    expect(rows.map((row) => row.employeeId)).toEqual(employees.map((employee) => employee.id));
    for (const [index, row] of rows.entries()) {
      const employee = employees[index];
      expect(row).toMatchObject({
        unitId: employee.unitId,
        positionId: employee.positionId,
        rank: employee.rank,
        supervisorId: employee.supervisorId,
        kind: 'PENGANGKATAN',
        endsOn: null,
        startsOn:
          employee.employmentType === EmploymentType.PNS
            ? `${employee.nip.slice(8, 12)}-${employee.nip.slice(12, 14)}-01`
            : `${employee.nip.slice(8, 12)}-01-01`,
      });
    }
  });

  it('records the kecamatan’s own predicate with the city’s decision, the units’ without', async () => {
    const recorded = await dataSource.manager.find(OrganizationPredicate);
    const root = units.find((unit) => unit.parentId === null)!;
    expect(recorded.some((row) => row.unitId === root.id)).toBe(true);
    for (const row of recorded) {
      if (row.unitId === root.id) {
        expect(row.referenceNumber).toMatch(/^188\.45\/\d{3}\/436\.1\.2\/\d{4}$/);
        expect(String(row.referenceDate)).toMatch(/^\d{4}-01-08/);
      } else {
        expect([row.referenceNumber, row.referenceDate]).toEqual([null, null]);
      }
    }
  });

  it('reports each phase from 0 to its total, in order', async () => {
    expect([...new Set(progress.map((event) => event.phase))]).toEqual(SCALE_PHASES);
    const [trainees] = await dataSource.query(
      'SELECT COUNT(DISTINCT employeeId) AS count FROM development_activity',
    );
    const totals: Record<ScalePhase, number> = {
      ...counts,
      unitHeads: counts.units,
      // Effects are computed a slice of employees at a time: the phase counts employees.
      trainingEffects: Number(trainees.count),
      // MySQL builds the indexes of the big tables after the load; SQLite keeps them up.
      indexes:
        kind === 'mysql'
          ? counts.plans +
            counts.workTargets +
            counts.indicators +
            counts.behaviorExpectations +
            counts.realizations +
            counts.evaluations +
            counts.evaluationFeedback +
            counts.developmentPlans +
            counts.developmentActivities +
            counts.trainingEffects
          : 0,
      statistics: mappedTables(dataSource).length,
    };
    for (const phase of SCALE_PHASES) {
      const events = progress.filter((event) => event.phase === phase);
      expect(events.every((event) => event.total === totals[phase])).toBe(true);
      expect(events[0].done).toBe(0);
      expect(events.at(-1)!.done).toBe(totals[phase]);
      const done = events.map((event) => event.done);
      expect(done).toEqual([...done].sort((a, b) => a - b));
    }
    // 600 employees still need more than one INSERT for the reporting lines.
    expect(progress.filter((event) => event.phase === 'reportingLines').length).toBeGreaterThan(2);
  });

  it('plans development beside every SKP: programmes done in closed years, with stored effects', async () => {
    const manager = dataSource.manager;
    expect(counts.developmentPlans).toBe(counts.plans);
    const activities = await manager.find(DevelopmentActivity, { relations: { plan: true } });
    const cycles = new Map(
      (await manager.find(PerformanceCycle)).map((cycle) => [cycle.id, cycle.year]),
    );
    const yearOf = (activity: DevelopmentActivity) => cycles.get(activity.plan!.cycleId)!;
    for (const activity of activities) {
      if (yearOf(activity) < SCALE_ACTIVE_YEAR)
        expect([ActivityStatus.DONE, ActivityStatus.CANCELLED]).toContain(activity.status);
      if (activity.status === ActivityStatus.DONE) {
        expect(activity.completedOn!.slice(0, 4)).toBe(String(yearOf(activity)));
        expect(activity.completedOn! <= `${SCALE_ACTIVE_YEAR}-09-30`).toBe(true);
      } else expect(activity.completedOn).toBeNull();
    }
    const done = new Set(
      activities
        .filter((activity) => activity.status === ActivityStatus.DONE)
        .map((activity) => activity.id),
    );
    // The ratings measured before and after a completion: at most the result and seven values.
    const effects = await manager.find(TrainingEffect);
    expect(effects.length).toBe(counts.trainingEffects);
    expect(effects.length).toBeGreaterThan(done.size / 2);
    expect(effects.length).toBeLessThanOrEqual(done.size * 8);
    expect(effects.every((effect) => done.has(effect.activityId))).toBe(true);
    const changes = new Set(effects.map((effect) => effect.change));
    expect([...changes].sort()).toEqual(
      [EffectChange.DECLINED, EffectChange.IMPROVED, EffectChange.UNCHANGED].sort(),
    );
  });

  it('stores exactly the training effects of the rule as first written, ids included', async () => {
    // The rows (and their order, hence their ids) the seed stored when the effects were still
    // computed by regenerating every evaluation: computing them from the facts kept while the
    // evaluations are written must change none of them, on either driver.
    const rows: Record<string, unknown>[] = await dataSource.query(
      'SELECT id, activityId, employeeId, programId, measure, coreValue, beforeRating, afterRating, `change` FROM training_effect ORDER BY id',
    );
    const hash = createHash('sha256');
    for (const row of rows) hash.update(JSON.stringify(Object.values(row).map(String)));
    expect({ rows: rows.length, digest: hash.digest('hex') }).toEqual({
      rows: GOLDEN_EFFECTS.rows,
      digest: GOLDEN_EFFECTS.digest,
    });
  });

  it('stores the same training effects as the API’s refresh computes from the database', async () => {
    const stored = async () =>
      (
        await dataSource.manager.find(TrainingEffect, {
          order: { activityId: 'ASC', measure: 'ASC', coreValue: 'ASC' },
        })
      ).map(({ id: _id, ...effect }) => effect);
    const seeded = await stored();
    const changes = seeded.map((effect) => effect.change);
    expect(new Set(changes).size).toBe(3);
    await dataSource.transaction((manager) =>
      refreshTrainingEffects(
        manager,
        employees.map((employee) => employee.id),
      ),
    );
    const refreshed = await stored();
    expect(refreshed).toHaveLength(counts.trainingEffects);
    expect(refreshed).toEqual(seeded);
  });

  it('gives every employee a unique, valid NIP that agrees with birth date and gender', () => {
    for (const employee of employees) {
      const check = parseNip({ nip: employee.nip, employmentType: employee.employmentType });
      expect({ nip: employee.nip, check }).toEqual({
        nip: employee.nip,
        check: expect.objectContaining({ ok: true }),
      });
      if (!check.ok) continue;
      expect({ nip: employee.nip, birthDate: employee.birthDate, gender: employee.gender }).toEqual(
        { nip: employee.nip, birthDate: check.facts.birthDate, gender: check.facts.gender },
      );
    }
    expect(new Set(employees.map((employee) => employee.nip)).size).toBe(EMPLOYEES);
  });

  it('gives ranks that fit the position, mostly PNS with some PPPK on staff posts', () => {
    for (const { nip, employmentType, rank, position } of employees) {
      expect({ nip, valid: isRankValid({ employmentType, rank }) }).toEqual({ nip, valid: true });
      if (employmentType === EmploymentType.PPPK) {
        expect([PositionLevel.PELAKSANA, PositionLevel.FUNGSIONAL]).toContain(position!.level);
      }
    }
    const pppk = employees.filter((employee) => employee.employmentType === EmploymentType.PPPK);
    expect(pppk.length).toBeGreaterThan(EMPLOYEES * 0.05);
    expect(pppk.length).toBeLessThan(EMPLOYEES * 0.3);
    expect(['IV/b', 'IV/c']).toContain(employeeById.get(camatId)!.rank);
    const groupHeads = employees.filter(
      (employee) => employee.position!.title === WORK_GROUP_HEAD_TITLE,
    );
    expect(groupHeads.length).toBeGreaterThan(0);
    for (const head of groupHeads) {
      expect({ nip: head.nip, type: head.employmentType, rank: head.rank }).toEqual({
        nip: head.nip,
        type: EmploymentType.PNS,
        rank: expect.stringMatching(/^III\/[cd]$/),
      });
    }
  });

  it('stores unique emails and phones and a few inactive staff', () => {
    for (const employee of employees) {
      expect(employee.email).toMatch(/^[a-z.]+\d+@surabaya\.go\.id$/);
      expect(employee.phone).toMatch(/^08\d{10}$/);
    }
    expect(new Set(employees.map((employee) => employee.email)).size).toBe(EMPLOYEES);
    expect(new Set(employees.map((employee) => employee.phone)).size).toBe(EMPLOYEES);
    const inactive = employees.filter((employee) => !employee.active);
    expect(inactive.length).toBeLessThan(EMPLOYEES * 0.05);
  });

  it('builds the real Gayungan units with work groups of 20–60 under them, some of exactly 50', () => {
    const names = units.map((unit) => unit.name);
    expect(names.filter((name) => !WORK_GROUP.test(name))).toEqual(SKELETON_NAMES);
    const groups = units.filter((unit) => WORK_GROUP.test(unit.name));
    expect(groups.length).toBeGreaterThan(5);

    const members = new Map<number, number>();
    for (const employee of employees)
      members.set(employee.unitId, (members.get(employee.unitId) ?? 0) + 1);
    for (const group of groups) {
      const parent = unitById.get(group.parentId!)!;
      expect(group.name.endsWith(` ${parent.name}`)).toBe(true);
      expect(SKELETON_NAMES).toContain(parent.name);
      const size = members.get(group.id) ?? 0;
      expect({ unit: group.name, fits: size >= 20 && size <= 60 }).toEqual({
        unit: group.name,
        fits: true,
      });
    }
    expect(groups.filter((group) => members.get(group.id) === 50).length).toBeGreaterThan(0);
    expect(groups.some((group) => group.name.endsWith(' Kelurahan Ketintang'))).toBe(true);
  });

  it('gives every unit an active head of its own, reporting to the head of the parent unit', () => {
    for (const unit of units) {
      const head = employeeById.get(unit.headId ?? -1);
      const parent = unit.parentId === null ? null : unitById.get(unit.parentId)!;
      expect({
        unit: unit.name,
        depth: unit.depth,
        headUnit: head?.unitId,
        headActive: head?.active,
        headSupervisor: head?.supervisorId,
      }).toEqual({
        unit: unit.name,
        depth: parent ? parent.depth + 1 : 0,
        headUnit: unit.id,
        headActive: true,
        headSupervisor: parent?.headId ?? null,
      });
    }
  });

  it("puts staff under their unit's head and reaches the Camat from everyone", async () => {
    const heads = new Set(units.map((unit) => unit.headId));
    const lines = await dataSource.manager.find(ReportingLine, { where: { ancestorId: camatId } });
    const stepsToCamat = new Map(lines.map((line) => [line.descendantId, line.depth]));
    for (const employee of employees) {
      const unit = unitById.get(employee.unitId)!;
      const isHead = heads.has(employee.id);
      expect({
        id: employee.id,
        supervisor: employee.supervisorId,
        steps: stepsToCamat.get(employee.id),
      }).toEqual({
        id: employee.id,
        supervisor: isHead ? employee.supervisorId : unit.headId,
        steps: unit.depth + (isHead ? 0 : 1),
      });
    }
    expect(employeeById.get(camatId)!.supervisorId).toBeNull();
  });

  it('fills both closure tables exactly as computeClosure does', async () => {
    const unitClosure = await dataSource.manager.find(OrgUnitClosure);
    const expectedUnits = computeClosure({
      parentOf: new Map(units.map((unit) => [unit.id, unit.parentId])),
    });
    expect(unitClosure.map(key).sort()).toEqual(expectedUnits.map(key).sort());

    const lines = await dataSource.manager.find(ReportingLine);
    const expectedLines = computeClosure({
      parentOf: new Map(employees.map((employee) => [employee.id, employee.supervisorId])),
    });
    expect(lines.map(key).sort()).toEqual(expectedLines.map(key).sort());
  });

  it('creates admin, camat, analis and one account per other employee, all with one hash', async () => {
    const accounts = await dataSource.manager.find(Account);
    const byUsername = new Map(accounts.map((account) => [account.username, account]));
    expect(byUsername.get(DEMO_USERNAMES.admin)).toMatchObject({
      roles: [Role.HR_ADMIN],
      employeeId: null,
    });
    expect(byUsername.get(DEMO_USERNAMES.analyst)).toMatchObject({
      roles: [Role.ANALYST],
      employeeId: null,
    });
    expect(byUsername.get(DEMO_USERNAMES.camat)).toMatchObject({ employeeId: camatId });
    expect([...byUsername.get(DEMO_USERNAMES.camat)!.roles].sort()).toEqual([
      Role.EMPLOYEE,
      Role.LEADER,
    ]);
    const byEmployee = new Map(accounts.map((account) => [account.employeeId, account]));
    for (const employee of employees) {
      if (employee.id === camatId) continue;
      const account = byEmployee.get(employee.id);
      expect({
        username: account?.username,
        roles: account?.roles,
        active: account?.active,
      }).toEqual({ username: employee.nip, roles: [Role.EMPLOYEE], active: employee.active });
    }
    expect(accounts).toHaveLength(EMPLOYEES + 2);

    const hashes = new Set(accounts.map((account) => account.passwordHash));
    expect(hashes.size).toBe(1);
    const [hash] = hashes;
    expect(await verifyPassword(hash, PASSWORD)).toBe(true);
    expect(await verifyPassword(hash, 'wrong')).toBe(false);
  });

  describe('SKP, realisations and evaluations', () => {
    let cycles: PerformanceCycle[];
    let plans: PerformancePlan[];
    let targets: WorkTarget[];
    let indicators: Indicator[];
    let evaluations: Evaluation[];
    let planById: Map<number, PerformancePlan>;
    let targetById: Map<number, WorkTarget>;
    let cycleYear: Map<number, number>;
    let active: Employee[];

    beforeAll(async () => {
      const manager = dataSource.manager;
      cycles = await manager.find(PerformanceCycle, { order: { year: 'ASC' } });
      plans = await manager.find(PerformancePlan, { order: { id: 'ASC' } });
      targets = await manager.find(WorkTarget, { order: { id: 'ASC' } });
      indicators = await manager.find(Indicator, { order: { id: 'ASC' } });
      evaluations = await manager.find(Evaluation, { order: { id: 'ASC' } });
      planById = new Map(plans.map((plan) => [plan.id, plan]));
      targetById = new Map(targets.map((target) => [target.id, target]));
      cycleYear = new Map(cycles.map((cycle) => [cycle.id, cycle.year]));
      active = employees.filter((employee) => employee.active);
    });

    it('has cycles 2023–2025 closed and 2026 active', () => {
      expect(cycles.map(({ year, status }) => ({ year, status }))).toEqual(
        SCALE_CYCLE_YEARS.map((year) => ({
          year,
          status: year === SCALE_ACTIVE_YEAR ? CycleStatus.ACTIVE : CycleStatus.CLOSED,
        })),
      );
    });

    it('gives every active employee one approved SKP per cycle, evaluated by the supervisor', () => {
      const owners = new Set(plans.map((plan) => `${plan.employeeId}|${plan.cycleId}`));
      expect(owners.size).toBe(plans.length);
      expect(plans).toHaveLength(active.length * cycles.length);
      for (const plan of plans) {
        const employee = employeeById.get(plan.employeeId)!;
        expect({ plan: plan.id, active: employee.active, status: plan.status }).toEqual({
          plan: plan.id,
          active: true,
          status: PlanStatus.APPROVED,
        });
        expect(plan.evaluatorId).toBe(employee.supervisorId);
        expect(plan.approvedAt!.getTime()).toBeGreaterThanOrEqual(plan.submittedAt!.getTime());
      }
    });

    it('cascades: each RHK utama intervenes an RHK of the supervisor’s SKP of the same cycle', () => {
      const perPlan = new Map<number, WorkTarget[]>();
      for (const target of targets)
        perPlan.set(target.planId, [...(perPlan.get(target.planId) ?? []), target]);
      for (const plan of plans) {
        const own = perPlan.get(plan.id) ?? [];
        expect({ plan: plan.id, fits: own.length >= 2 && own.length <= 3 }).toEqual({
          plan: plan.id,
          fits: true,
        });
        expect(own.some((target) => target.kind === WorkTargetKind.UTAMA)).toBe(true);
        for (const target of own) {
          if (target.kind === WorkTargetKind.TAMBAHAN || plan.evaluatorId === null) {
            expect({ target: target.id, parent: target.parentTargetId }).toEqual({
              target: target.id,
              parent: null,
            });
            continue;
          }
          const parent = targetById.get(target.parentTargetId ?? -1);
          const parentPlan = planById.get(parent?.planId ?? -1);
          expect({
            target: target.id,
            owner: parentPlan?.employeeId,
            cycle: parentPlan?.cycleId,
            kind: parent?.kind,
          }).toEqual({
            target: target.id,
            owner: plan.evaluatorId,
            cycle: plan.cycleId,
            kind: WorkTargetKind.UTAMA,
          });
        }
      }
      const camatTargets = targets.filter(
        (target) => planById.get(target.planId)!.employeeId === camatId,
      );
      expect(camatTargets.length).toBeGreaterThan(0);
      expect(camatTargets.every((target) => target.parentTargetId === null)).toBe(true);
    });

    it('gives each RHK 1–2 IKI and each SKP the seven BerAKHLAK values', async () => {
      const perTarget = new Map<number, number>();
      for (const indicator of indicators)
        perTarget.set(indicator.workTargetId, (perTarget.get(indicator.workTargetId) ?? 0) + 1);
      for (const target of targets) expect([1, 2]).toContain(perTarget.get(target.id));
      const expectations = await dataSource.manager.find(BehaviorExpectation);
      const values = new Map<number, Set<string>>();
      for (const expectation of expectations)
        values.set(
          expectation.planId,
          (values.get(expectation.planId) ?? new Set()).add(expectation.coreValue),
        );
      expect(expectations).toHaveLength(plans.length * 7);
      for (const plan of plans) expect(values.get(plan.id)?.size).toBe(7);
      expect(Object.values(CoreValue)).toHaveLength(7);
      expect(expectations.some((expectation) => expectation.specificExpectation !== null)).toBe(
        true,
      );
    });

    it('reports every IKI once per ended quarter (the year is derived), with a few TW3 reports of 2026 still missing', async () => {
      const realizations = await dataSource.manager.find(Realization);
      const seen = new Set<string>();
      for (const report of realizations) {
        const key = `${report.indicatorId}|${report.period}`;
        expect(seen.has(key)).toBe(false);
        seen.add(key);
        expect(report.replacedAt).toBeNull();
        expect(report.period).not.toBe(Period.ANNUAL);
      }
      const planOf = (indicator: Indicator) =>
        planById.get(targetById.get(indicator.workTargetId)!.planId)!;
      let missing = 0;
      for (const indicator of indicators) {
        const year = cycleYear.get(planOf(indicator).cycleId)!;
        for (const period of Object.values(Period).filter((one) => one !== Period.ANNUAL)) {
          const reported = seen.has(`${indicator.id}|${period}`);
          const ended = evaluatedPeriodsOf(year).includes(period);
          if (ended && !reported) {
            expect({ indicator: indicator.id, year, period }).toEqual({
              indicator: indicator.id,
              year: SCALE_ACTIVE_YEAR,
              period: Period.TW3,
            });
            missing += 1;
          }
          if (!ended)
            expect({ indicator: indicator.id, period, reported }).toEqual({
              indicator: indicator.id,
              period,
              reported: false,
            });
        }
      }
      expect(missing).toBeGreaterThan(0);
      expect(missing).toBeLessThan(indicators.length * 0.25);
    });

    it('evaluates every plan but the Camat’s once per ended period, one evaluation in force each', () => {
      const inForce = new Map<string, number>();
      for (const evaluation of evaluations) {
        const plan = planById.get(evaluation.planId)!;
        expect({
          id: evaluation.id,
          employee: evaluation.employeeId,
          cycle: evaluation.cycleId,
          evaluator: evaluation.evaluatorId,
        }).toEqual({
          id: evaluation.id,
          employee: plan.employeeId,
          cycle: plan.cycleId,
          evaluator: plan.evaluatorId,
        });
        if (evaluation.supersededAt !== null) continue;
        const key = `${evaluation.planId}|${evaluation.period}`;
        inForce.set(key, (inForce.get(key) ?? 0) + 1);
      }
      expect([...inForce.values()].every((count) => count === 1)).toBe(true);
      expect(evaluations.some((evaluation) => evaluation.employeeId === camatId)).toBe(false);

      // Counts per cycle and period: everyone evaluated but the Camat, for every ended period.
      const evaluated = active.length - 1;
      for (const cycle of cycles) {
        for (const period of Object.values(Period)) {
          const count = evaluations.filter(
            (evaluation) => evaluation.cycleId === cycle.id && evaluation.period === period,
          ).length;
          const expected = evaluatedPeriodsOf(cycle.year).includes(period) ? evaluated : 0;
          expect({ year: cycle.year, period, count }).toEqual({
            year: cycle.year,
            period,
            count: expected,
          });
        }
      }
    });

    it('derives achievement from the realisations and the predicate from the ratings', async () => {
      const realizations = await dataSource.manager.find(Realization);
      const reportsOf = new Map<number, Partial<Record<Period, number>>>();
      for (const report of realizations)
        reportsOf.set(report.indicatorId, {
          ...reportsOf.get(report.indicatorId),
          [report.period]: report.value,
        });
      const indicatorsOf = new Map<number, Indicator[]>();
      for (const indicator of indicators) {
        const planId = targetById.get(indicator.workTargetId)!.planId;
        indicatorsOf.set(planId, [...(indicatorsOf.get(planId) ?? []), indicator]);
      }
      let differing = 0;
      for (const evaluation of evaluations) {
        // Against each period's target, the year derived from the quarters, unreported left out.
        const achievement = computePlanAchievement({
          achievements: indicatorsOf.get(evaluation.planId)!.flatMap((indicator) => {
            const { achievement: one } = computePeriodResult({
              plan: indicatorPlanOf(indicator),
              period: evaluation.period,
              reports: reportsOf.get(indicator.id) ?? {},
            });
            return one === null ? [] : [one];
          }),
        });
        const suggested = suggestResultRating({
          achievement,
          exceedsThreshold: 110,
          meetsThreshold: 90,
        });
        expect({
          id: evaluation.id,
          achievement: evaluation.achievement,
          suggested: evaluation.suggestedResultRating,
          differs: evaluation.differsFromSuggestion,
          ...computePredicate(evaluation),
        }).toEqual({
          id: evaluation.id,
          achievement,
          suggested,
          differs: suggested !== null && suggested !== evaluation.resultRating,
          predicate: evaluation.predicate,
          predicateLevel: evaluation.predicateLevel,
        });
        if (evaluation.differsFromSuggestion) differing += 1;
      }
      expect(differing).toBeGreaterThan(0);
      expect(differing).toBeLessThan(evaluations.length * 0.1);
      expect(new Set(evaluations.map((evaluation) => evaluation.predicate)).size).toBeGreaterThan(
        3,
      );
    });

    it('has final or acknowledged evaluations, with a share of 2026 TW3 still in draft', () => {
      const activeCycle = cycles.find((cycle) => cycle.year === SCALE_ACTIVE_YEAR)!;
      const tw3 = (evaluation: Evaluation) =>
        evaluation.cycleId === activeCycle.id && evaluation.period === Period.TW3;
      for (const evaluation of evaluations) {
        const { status } = evaluation;
        if (!tw3(evaluation)) expect(status).not.toBe(EvaluationStatus.DRAFT);
        expect({
          id: evaluation.id,
          finalized: evaluation.finalizedAt !== null,
          acknowledged: evaluation.acknowledgedAt !== null,
          version: evaluation.version,
        }).toEqual({
          id: evaluation.id,
          finalized: status !== EvaluationStatus.DRAFT,
          acknowledged: status === EvaluationStatus.ACKNOWLEDGED,
          version: { DRAFT: 1, FINAL: 2, ACKNOWLEDGED: 3 }[status],
        });
      }
      const drafts = evaluations.filter(
        (evaluation) => tw3(evaluation) && evaluation.status === EvaluationStatus.DRAFT,
      ).length;
      const ofTw3 = evaluations.filter(tw3).length;
      expect(drafts).toBeGreaterThan(ofTw3 * 0.05);
      expect(drafts).toBeLessThan(ofTw3 * 0.4);
      expect(evaluations.some((e) => e.status === EvaluationStatus.FINAL)).toBe(true);
    });

    it('finalises each evaluation only after its period ends, mostly by its deadline; never 2026 TW4 or ANNUAL', () => {
      const yearOf = new Map(cycles.map((cycle) => [cycle.id, cycle.year]));
      let onTime = 0;
      const finalised = evaluations.filter((evaluation) => evaluation.finalizedAt !== null);
      for (const evaluation of finalised) {
        const year = yearOf.get(evaluation.cycleId)!;
        const endsOn = periodsOf({ year }).find(
          (range) => range.period === evaluation.period,
        )!.endsOn;
        const day = jakartaDate(evaluation.finalizedAt!);
        expect({ id: evaluation.id, after: day > endsOn }).toEqual({
          id: evaluation.id,
          after: true,
        });
        const dueOn =
          evaluation.period === Period.ANNUAL ? `${year + 1}-01-31` : addDays(endsOn, 15);
        if (day <= dueOn) onTime += 1;
        if (year === SCALE_ACTIVE_YEAR)
          expect([Period.TW4, Period.ANNUAL]).not.toContain(evaluation.period);
      }
      expect(onTime).toBeGreaterThan(finalised.length * 0.75);
    });

    it('adds feedback on values for every year-end evaluation, and some on RHK of the same SKP', async () => {
      const feedback = await dataSource.manager.find(EvaluationFeedback);
      const evaluationById = new Map(evaluations.map((evaluation) => [evaluation.id, evaluation]));
      const withValueFeedback = new Set<number>();
      for (const item of feedback) {
        const evaluation = evaluationById.get(item.evaluationId)!;
        if (item.workTargetId === null) {
          expect(item.coreValue).not.toBeNull();
          expect(item.rating).not.toBeNull();
          withValueFeedback.add(item.evaluationId);
        } else {
          expect(targetById.get(item.workTargetId)!.planId).toBe(evaluation.planId);
        }
      }
      for (const evaluation of evaluations)
        if (evaluation.period === Period.ANNUAL)
          expect(withValueFeedback.has(evaluation.id)).toBe(true);
      expect(feedback.some((item) => item.workTargetId !== null)).toBe(true);
    });

    it('records organisation predicates for the kecamatan and its top-level units, closed years only', async () => {
      const predicates = await dataSource.manager.find(OrganizationPredicate);
      const topUnits = units.filter((unit) => unit.depth <= 1).map((unit) => unit.id);
      const closed = cycles.filter((cycle) => cycle.status === CycleStatus.CLOSED);
      expect(predicates.map((row) => `${row.unitId}|${row.cycleId}`).sort()).toEqual(
        closed.flatMap((cycle) => topUnits.map((unitId) => `${unitId}|${cycle.id}`)).sort(),
      );
    });
  });

  it('leaves the optimiser statistics describing the rows it loaded', async () => {
    // Rows per table as the optimiser sees them: InnoDB's persistent statistics (exact for tables
    // this small, every page sampled), SQLite's sqlite_stat1 (each entry starts with the rows).
    const tables = ['employee', 'org_unit_closure', 'reporting_line'];
    const seen: { name: string; rows: number | string }[] =
      kind === 'mysql'
        ? await dataSource.query(
            `SELECT table_name AS name, n_rows AS \`rows\` FROM mysql.innodb_table_stats
              WHERE database_name = DATABASE() AND table_name IN (?, ?, ?)`,
            tables,
          )
        : await dataSource.query(
            `SELECT tbl AS name, MAX(CAST(stat AS INTEGER)) AS \`rows\` FROM sqlite_stat1
              WHERE tbl IN (?, ?, ?) GROUP BY tbl`,
            tables,
          );
    expect(Object.fromEntries(seen.map((row) => [row.name, Number(row.rows)]))).toEqual({
      employee: EMPLOYEES,
      org_unit_closure: counts.unitClosure,
      reporting_line: counts.reportingLines,
    });
  });

  it('ends with exactly the indexes the migrations made, and nothing pending', async () => {
    expect(await indexesOf(dataSource)).toEqual(migratedIndexes);
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('leaves a failed load empty with all its indexes, even after a run killed mid-load', async () => {
    const other = await openTestDatabase(kind);
    try {
      // A killed run: the indexes of two big tables dropped and never built.
      await deferSecondaryIndexes(other.dataSource, [Evaluation, TrainingEffect]);
      await expect(
        seedScale(other.dataSource, {
          employees: EMPLOYEES,
          password: PASSWORD,
          onProgress: (event) => {
            if (event.phase === 'evaluations' && event.done > 0) throw new Error('interrupted');
          },
        }),
      ).rejects.toThrow('interrupted');
      expect(await other.dataSource.manager.count(Employee)).toBe(0);
      expect(await other.dataSource.manager.count(Realization)).toBe(0);
      expect(await indexesOf(other.dataSource)).toEqual(migratedIndexes);
    } finally {
      await other.close();
    }
  }, 60_000);

  it('writes the same organisation, SKP and evaluations into a second fresh database', async () => {
    const other = await openTestDatabase(kind);
    try {
      await seedScale(other.dataSource, { employees: EMPLOYEES, password: 'another password' });
      expect(await digestOf(other.dataSource)).toBe(await digestOf(dataSource));
    } finally {
      await other.close();
    }
  }, 60_000);

  it('writes the SKP a few employees at a time, the same rows as in one batch', async () => {
    // 600 employees are one batch by default: seven at a time, every phase writes many batches,
    // each with its plans, RHK, IKI, realisations and evaluations, before the next is planned.
    const other = await openTestDatabase(kind);
    try {
      const events: ScaleProgress[] = [];
      const batchCounts = await seedScale(other.dataSource, {
        employees: EMPLOYEES,
        password: PASSWORD,
        batchEmployees: 7,
        onProgress: (event) => events.push(event),
      });
      expect(batchCounts).toEqual(counts);
      const plans = events.filter((event) => event.phase === 'plans').map((event) => event.done);
      expect(plans.length).toBeGreaterThan(counts.plans / 7);
      expect(Math.max(...plans.slice(1).map((done, at) => done - plans[at]))).toBeLessThanOrEqual(
        7,
      );
      // Evaluations are written long before the last plan is.
      const firstEvaluation = events.findIndex((e) => e.phase === 'evaluations' && e.done > 0);
      const lastPlan = events.findLastIndex((event) => event.phase === 'plans');
      expect(firstEvaluation).toBeLessThan(lastPlan);
      expect(await fullDigestOf(other.dataSource)).toBe(seededDigest);
    } finally {
      await other.close();
    }
  }, 60_000);

  it('refuses a database holding the Gayungan demo, changing nothing', async () => {
    const demo = await openTestDatabase(kind);
    try {
      await seedDemo(demo.dataSource, { password: PASSWORD });
      const before = await digestOf(demo.dataSource);
      await expect(
        seedScale(demo.dataSource, { employees: EMPLOYEES, password: PASSWORD }),
      ).rejects.toThrow(/only writes to an empty database.*must not be mixed with the demo/s);
      expect(await digestOf(demo.dataSource)).toBe(before);
    } finally {
      await demo.close();
    }
  }, 60_000);

  it('refuses to run twice, changing nothing', async () => {
    const before = await digestOf(dataSource);
    const accounts = await dataSource.manager.count(Account);
    const progressBefore = progress.length;
    await expect(
      seedScale(dataSource, {
        employees: EMPLOYEES,
        password: PASSWORD,
        onProgress: (event) => progress.push(event),
      }),
    ).rejects.toThrow(`already has ${counts.units} units`);
    expect(await digestOf(dataSource)).toBe(before);
    expect(await dataSource.manager.count(Account)).toBe(accounts);
    expect(progress).toHaveLength(progressBefore);
  }, 60_000);
});
