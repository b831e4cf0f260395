import { type DataSource } from 'typeorm';
import { Account } from '../../api/src/modules/account/account.entity';
import { Role } from '../../api/src/platform/auth/role';
import { Employee, ReportingLine } from '../../api/src/modules/org/employee.entity';
import { EmploymentType, PositionLevel } from '../../api/src/modules/org/org.enums';
import { OrgUnit, OrgUnitClosure } from '../../api/src/modules/org/org-unit.entity';
import { Position } from '../../api/src/modules/org/position.entity';
import { computeClosure } from '../../api/src/modules/org/utils/closure.util';
import { parseNip } from '../../api/src/modules/org/utils/nip.util';
import { isRankValid } from '../../api/src/modules/org/utils/rank.util';
import { verifyPassword } from '../../api/src/platform/auth/password';
import { DRIVERS, openTestDatabase, type TestDatabase } from '../../api/src/testing/databases';
import {
  keptAndFreshPredicateCounts,
  keptAndFreshResultTotals,
} from '../../api/src/testing/plan-fixtures';
import { GAYUNGAN_FACTS } from '../../api/src/domain-data';
import { findDemoPeople } from '../demo-facts';
import { planGayunganDemo } from '../gayungan.plan';
import { DEMO_MUTASI, DEMO_PLT, DEMO_USERNAMES, seedDemo } from '../gayungan.seed';
import { JobHistory } from '../../api/src/modules/staffing/job-history.entity';
import { JobChangeKind } from '../../api/src/modules/staffing/staffing.enums';
import { PerformancePlan } from '../../api/src/modules/plan/performance-plan.entity';
import { PerformanceCycle } from '../../api/src/modules/cycle/cycle.entity';
import { Evaluation } from '../../api/src/modules/evaluation/evaluation.entity';
import { AuditLog } from '../../api/src/platform/audit/audit-log.entity';
import { ActingAssignment } from '../../api/src/modules/staffing/acting-assignment.entity';

const PASSWORD = 'test-demo-password';

const key = (row: { ancestorId: number; descendantId: number; depth: number }) =>
  `${row.ancestorId}>${row.descendantId}@${row.depth}`;

describe('planGayunganDemo', () => {
  it('is the same on every call', () => {
    expect(planGayunganDemo()).toEqual(planGayunganDemo());
  });
});

describe.each(DRIVERS)('seedDemo on %s', (kind) => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let firstRun: Awaited<ReturnType<typeof seedDemo>>;
  let employees: Employee[];
  let units: OrgUnit[];

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    dataSource = db.dataSource;
    firstRun = await seedDemo(dataSource, { password: PASSWORD });
    employees = await dataSource.manager.find(Employee, {
      relations: { position: true },
      order: { id: 'ASC' },
    });
    units = await dataSource.manager.find(OrgUnit, { order: { id: 'ASC' } });
  }, 60_000);

  afterAll(async () => {
    await db?.close();
  });

  it('creates 60–90 employees, mostly PNS with some PPPK', () => {
    expect(firstRun.created).toBe(true);
    expect(employees.length).toBeGreaterThanOrEqual(60);
    expect(employees.length).toBeLessThanOrEqual(90);
    expect(firstRun.counts.employees).toBe(employees.length);
    const pppk = employees.filter((employee) => employee.employmentType === EmploymentType.PPPK);
    expect(pppk.length).toBeGreaterThan(0);
    expect(pppk.length).toBeLessThan(employees.length / 2);
  });

  it('gives every employee a valid NIP that agrees with birth date and gender', () => {
    for (const employee of employees) {
      const check = parseNip({ nip: employee.nip, employmentType: employee.employmentType });
      expect({ nip: employee.nip, check }).toEqual({
        nip: employee.nip,
        check: expect.objectContaining({ ok: true }),
      });
      if (!check.ok) continue;
      expect({ nip: employee.nip, birthDate: employee.birthDate, gender: employee.gender }).toEqual(
        {
          nip: employee.nip,
          birthDate: check.facts.birthDate,
          gender: check.facts.gender,
        },
      );
    }
    expect(new Set(employees.map((employee) => employee.nip)).size).toBe(employees.length);
  });

  it('gives ranks that exist and fit the position level', () => {
    for (const employee of employees) {
      const { employmentType, rank } = employee;
      expect({ nip: employee.nip, rank, valid: isRankValid({ employmentType, rank }) }).toEqual({
        nip: employee.nip,
        rank,
        valid: true,
      });
      if (employmentType === EmploymentType.PPPK) {
        expect([PositionLevel.PELAKSANA, PositionLevel.FUNGSIONAL]).toContain(
          employee.position!.level,
        );
      }
    }
    const rankOf = (title: string) =>
      employees.find((employee) => employee.position!.title === title)!.rank;
    expect(['IV/b', 'IV/c']).toContain(rankOf(GAYUNGAN_FACTS.root.head));
  });

  it('stores names, unique emails, phones and active flags', () => {
    for (const employee of employees) {
      expect(employee.name.length).toBeGreaterThan(2);
      expect(employee.email).toMatch(/^[a-z.]+\d*@surabaya\.go\.id$/);
      expect(employee.phone).toMatch(/^08\d{8,11}$/);
      expect(typeof employee.active).toBe('boolean');
    }
    expect(new Set(employees.map((employee) => employee.email)).size).toBe(employees.length);
    expect(employees.filter((employee) => !employee.active).length).toBeGreaterThan(0);
  });

  it('builds the Gayungan unit tree with unique names and a head for every unit', async () => {
    const names = units.map((unit) => unit.name);
    expect(new Set(names).size).toBe(names.length);
    for (const unit of GAYUNGAN_FACTS.units) expect(names).toContain(unit.name);
    expect(names).toContain('Subbagian Umum dan Kepegawaian');
    expect(names).toContain('Seksi Pemerintahan dan Pelayanan Publik Kelurahan Ketintang');
    const roots = units.filter((unit) => unit.parentId === null);
    expect(roots.map((unit) => unit.name)).toEqual([GAYUNGAN_FACTS.root.name]);

    const byId = new Map(units.map((unit) => [unit.id, unit]));
    const employeeById = new Map(employees.map((employee) => [employee.id, employee]));
    for (const unit of units) {
      const parent = unit.parentId === null ? null : byId.get(unit.parentId)!;
      expect({ unit: unit.name, depth: unit.depth }).toEqual({
        unit: unit.name,
        depth: parent ? parent.depth + 1 : 0,
      });
      const head = employeeById.get(unit.headId ?? -1);
      expect({ unit: unit.name, headActive: head?.active, headUnit: head?.unitId }).toEqual({
        unit: unit.name,
        headActive: true,
        headUnit: unit.id,
      });
    }
    expect(await dataSource.manager.count(Position)).toBe(firstRun.counts.positions);
  });

  it('makes each unit head report to the head of the parent unit', () => {
    const byId = new Map(units.map((unit) => [unit.id, unit]));
    for (const unit of units) {
      const head = employees.find((employee) => employee.id === unit.headId)!;
      const parentHead = unit.parentId === null ? null : byId.get(unit.parentId)!.headId;
      expect({ unit: unit.name, supervisorId: head.supervisorId }).toEqual({
        unit: unit.name,
        supervisorId: parentHead,
      });
    }
  });

  it("reaches the Camat from every employee's reporting line", async () => {
    const root = units.find((unit) => unit.parentId === null)!;
    const camatId = root.headId!;
    const lines = await dataSource.manager.find(ReportingLine);
    const camatRows = new Set(
      lines.filter((line) => line.ancestorId === camatId).map((line) => line.descendantId),
    );
    for (const employee of employees)
      expect({ id: employee.id, reaches: camatRows.has(employee.id) }).toEqual({
        id: employee.id,
        reaches: true,
      });
    expect(employees.find((employee) => employee.id === camatId)!.supervisorId).toBeNull();
    // Staff sit at most four steps below the Camat (staff → kasi → lurah → camat, or via the sekretaris).
    expect(Math.max(...lines.map((line) => line.depth))).toBeLessThanOrEqual(4);
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
    expect(lines.filter((line) => line.depth === 0)).toHaveLength(employees.length);
  });

  it('creates the role accounts and one account per employee', async () => {
    const accounts = await dataSource.manager.find(Account);
    const byUsername = new Map(accounts.map((account) => [account.username, account]));
    const camat = units.find((unit) => unit.parentId === null)!.headId;

    expect(byUsername.get(DEMO_USERNAMES.admin)).toMatchObject({
      roles: [Role.HR_ADMIN],
      employeeId: null,
    });
    expect(byUsername.get(DEMO_USERNAMES.analyst)).toMatchObject({
      roles: [Role.ANALYST],
      employeeId: null,
    });
    expect(byUsername.get(DEMO_USERNAMES.camat)).toMatchObject({ employeeId: camat });
    expect([...byUsername.get(DEMO_USERNAMES.camat)!.roles].sort()).toEqual([
      Role.EMPLOYEE,
      Role.LEADER,
    ]);

    for (const employee of employees) {
      const account = accounts.find((candidate) => candidate.employeeId === employee.id);
      expect({ id: employee.id, username: account?.username, active: account?.active }).toEqual({
        id: employee.id,
        username: employee.id === camat ? DEMO_USERNAMES.camat : employee.nip,
        active: employee.active,
      });
      if (employee.id !== camat) expect(account!.roles).toEqual([Role.EMPLOYEE]);
    }
    expect(accounts).toHaveLength(employees.length + 2);
    expect(new Set(accounts.map((account) => account.passwordHash)).size).toBe(accounts.length);
    expect(await verifyPassword(byUsername.get(DEMO_USERNAMES.admin)!.passwordHash, PASSWORD)).toBe(
      true,
    );
    expect(await verifyPassword(byUsername.get(employees[5].nip)!.passwordHash, PASSWORD)).toBe(
      true,
    );
    expect(await verifyPassword(byUsername.get(employees[5].nip)!.passwordHash, 'wrong')).toBe(
      false,
    );
  });

  it('finds the demo people by their place in the organisation', async () => {
    const people = await findDemoPeople(dataSource);
    const lines = await dataSource.manager.find(ReportingLine);
    const isAbove = (ancestorId: number, descendantId: number) =>
      lines.some(
        (line) =>
          line.ancestorId === ancestorId && line.descendantId === descendantId && line.depth > 0,
      );

    expect(people.camat.username).toBe(DEMO_USERNAMES.camat);
    expect(people.camat.unitId).toBe(people.rootUnitId);
    expect(people.sekcam.supervisorId).toBe(people.camat.employeeId);
    expect(people.hrHead.supervisorId).toBe(people.sekcam.employeeId);
    expect(people.hrStaff.supervisorId).toBe(people.hrHead.employeeId);
    expect(people.aKasi.supervisorId).toBe(people.camat.employeeId);
    expect(people.aStaffOfThatKasi.supervisorId).toBe(people.aKasi.employeeId);
    expect(people.aStaffOfThatKasi.username).toBe(people.aStaffOfThatKasi.nip);
    expect(people.aColleagueOfThatStaff.unitId).toBe(people.aStaffOfThatKasi.unitId);
    expect(people.aColleagueOfThatStaff.employeeId).not.toBe(people.aStaffOfThatKasi.employeeId);
    expect(
      isAbove(people.aColleagueOfThatStaff.employeeId, people.aStaffOfThatKasi.employeeId),
    ).toBe(false);
    expect(
      isAbove(people.aStaffOfThatKasi.employeeId, people.aColleagueOfThatStaff.employeeId),
    ).toBe(false);
    expect(isAbove(people.aKasi.employeeId, people.aStaffElsewhere.employeeId)).toBe(false);
    expect(people.aLurah.supervisorId).toBe(people.camat.employeeId);
    expect(people.aKelurahanKasi.supervisorId).toBe(people.aLurah.employeeId);
    expect(isAbove(people.camat.employeeId, people.aKelurahanStaff.employeeId)).toBe(true);
    expect(isAbove(people.aLurah.employeeId, people.aKelurahanStaff.employeeId)).toBe(true);

    const employeeOf = (id: number) => employees.find((employee) => employee.id === id)!;
    expect(employeeOf(people.aPppk.employeeId)).toMatchObject({
      employmentType: EmploymentType.PPPK,
      active: true,
    });
    expect(employeeOf(people.anInactive.employeeId).active).toBe(false);
    for (const who of [
      people.aStaffOfThatKasi,
      people.aColleagueOfThatStaff,
      people.hrStaff,
      people.aKelurahanStaff,
    ]) {
      expect(employeeOf(who.employeeId).active).toBe(true);
    }
  });

  it('records one past Plt term: the Sekretaris Kelurahan acting as Lurah Menanggal', async () => {
    const terms = await dataSource.manager.find(ActingAssignment);
    expect(terms).toHaveLength(1);
    const acting = await dataSource.manager.findOneByOrFail(Employee, {
      id: terms[0].employeeId,
    });
    const unit = await dataSource.manager.findOneByOrFail(OrgUnit, { id: terms[0].unitId });
    expect(unit.name).toBe(DEMO_PLT.unitName);
    expect(acting.unitId).toBe(unit.id);
    expect(unit.headId).not.toBe(acting.id);
    expect(terms[0]).toMatchObject({
      kind: 'PLT',
      startsOn: DEMO_PLT.startsOn,
      endsOn: DEMO_PLT.endsOn,
      cancelledAt: null,
    });
  });

  it('records one mutasi in TW4 2026 through the mutasi service: riwayat jabatan, the SKP split at the TMT, the new seksi head as pejabat penilai', async () => {
    const manager = dataSource.manager;
    const unitNamed = (name: string) => units.find((unit) => unit.name === name)!;
    const from = unitNamed(DEMO_MUTASI.fromUnitName);
    const to = unitNamed(DEMO_MUTASI.toUnitName);
    // Two seksi of one kelurahan: the kelurahan's own counts stay as they were.
    expect(from.parentId).toBe(to.parentId);
    const moves = await manager.find(JobHistory, { where: { kind: JobChangeKind.MUTASI } });
    expect(moves).toHaveLength(1);
    const moved = employees.find((employee) => employee.id === moves[0].employeeId)!;
    expect(moved).toMatchObject({ unitId: to.id, supervisorId: to.headId, active: true });
    const history = await manager.find(JobHistory, {
      where: { employeeId: moved.id },
      order: { startsOn: 'ASC' },
    });
    expect(
      history.map((row) => [row.kind, row.unitId, row.supervisorId, row.startsOn, row.endsOn]),
    ).toEqual([
      [JobChangeKind.PENGANGKATAN, from.id, from.headId, history[0].startsOn, '2026-11-01'],
      [JobChangeKind.MUTASI, to.id, to.headId, DEMO_MUTASI.tmt, null],
    ]);
    expect(history[1].decreeNumber).toBe(DEMO_MUTASI.decreeNumber);
    expect(
      await manager.existsBy(ReportingLine, { ancestorId: to.headId!, descendantId: moved.id }),
    ).toBe(true);
    expect(
      await manager.existsBy(ReportingLine, { ancestorId: from.headId!, descendantId: moved.id }),
    ).toBe(false);

    // The 2026 SKP closes the day before the TMT with its TW1–TW3 evaluations; the new one is
    // being drafted for the new post, with the new seksi head as pejabat penilai.
    const cycle = await manager.findOneByOrFail(PerformanceCycle, { year: 2026 });
    const plans = await manager.find(PerformancePlan, {
      where: { employeeId: moved.id, cycleId: cycle.id },
      order: { sequence: 'ASC' },
    });
    expect(
      plans.map((plan) => [
        plan.sequence,
        plan.startsOn,
        plan.endsOn,
        plan.status,
        plan.evaluatorId,
      ]),
    ).toEqual([
      [1, null, '2026-11-01', 'APPROVED', from.headId],
      [2, DEMO_MUTASI.tmt, null, 'DRAFT', to.headId],
    ]);
    const evaluations = await manager.find(Evaluation, {
      where: { employeeId: moved.id, cycleId: cycle.id },
    });
    expect(evaluations.map((evaluation) => evaluation.period).sort()).toEqual([
      'TW1',
      'TW2',
      'TW3',
    ]);
    for (const evaluation of evaluations) {
      expect(evaluation.planId).toBe(plans[0].id);
      expect(evaluation.evaluatorId).toBe(from.headId);
    }
    // Recorded by HR, as the API records it.
    const admin = await manager.findOneByOrFail(Account, { username: 'admin' });
    const audit = await manager.find(AuditLog, {
      where: { action: 'employee.move' },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entityId: String(moved.id), actorAccountId: admin.id });
  });

  it('changes nothing when run again', async () => {
    const before = await snapshot(dataSource);
    const secondRun = await seedDemo(dataSource, { password: PASSWORD });
    expect(secondRun).toEqual({ created: false, counts: firstRun.counts });
    expect(await snapshot(dataSource)).toEqual(before);
  });
});

async function snapshot(dataSource: DataSource) {
  const manager = dataSource.manager;
  return {
    units: await manager.count(OrgUnit),
    unitClosure: await manager.count(OrgUnitClosure),
    positions: await manager.count(Position),
    employees: await manager.count(Employee),
    reportingLines: await manager.count(ReportingLine),
    accounts: await manager.count(Account),
  };
}
