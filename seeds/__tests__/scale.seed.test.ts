import { createHash } from 'node:crypto';
import { type DataSource } from 'typeorm';
import { Account, Role } from '../../api/src/modules/account/account.entity';
import { Employee, ReportingLine } from '../../api/src/modules/org/employee.entity';
import { EmploymentType, PositionLevel } from '../../api/src/modules/org/org.enums';
import { OrgUnit, OrgUnitClosure } from '../../api/src/modules/org/org-unit.entity';
import { Position } from '../../api/src/modules/org/position.entity';
import { computeClosure } from '../../api/src/modules/org/utils/closure.util';
import { parseNip } from '../../api/src/modules/org/utils/nip.util';
import { isRankValid } from '../../api/src/modules/org/utils/rank.util';
import { AuditLog } from '../../api/src/platform/audit/audit-log.entity';
import { verifyPassword } from '../../api/src/platform/auth/password';
import { DRIVERS, openTestDatabase, type TestDatabase } from '../../api/src/testing/databases';
import { planGayunganDemo } from '../gayungan.plan';
import { DEMO_USERNAMES, seedDemo } from '../gayungan.seed';
import {
  planScale,
  SCALE_PHASES,
  type ScaleCounts,
  type ScaleProgress,
  seedScale,
  TEAM_SIZE,
  WORK_GROUP_HEAD_TITLE,
} from '../scale.seed';

const EMPLOYEES = 600;
const PASSWORD = 'test-scale-password';
const WORK_GROUP = /^Kelompok Kerja \d{4} /;
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

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    dataSource = db.dataSource;
    progress = [];
    counts = await seedScale(dataSource, {
      employees: EMPLOYEES,
      password: PASSWORD,
      onProgress: (event) => progress.push(event),
    });
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
    });
    const audit = await manager.findOneByOrFail(AuditLog, { action: 'SEED_SCALE' });
    expect(audit.after).toEqual(counts);
  });

  it('reports each phase from 0 to its total, in order', () => {
    expect([...new Set(progress.map((event) => event.phase))]).toEqual(SCALE_PHASES);
    const totals = {
      units: counts.units,
      employees: counts.employees,
      unitHeads: counts.units,
      reportingLines: counts.reportingLines,
      accounts: counts.accounts,
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

  it('writes the same organisation into a second fresh database', async () => {
    const other = await openTestDatabase(kind);
    try {
      await seedScale(other.dataSource, { employees: EMPLOYEES, password: 'another password' });
      expect(await digestOf(other.dataSource)).toBe(await digestOf(dataSource));
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
  });
});
