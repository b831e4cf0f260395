import { type DataSource } from 'typeorm';
import { Account } from '../modules/account/account.entity';
import { Role } from '../platform/auth/role';
import { Employee, ReportingLine } from '../modules/org/employee.entity';
import { EmploymentType, Gender, PositionLevel } from '../modules/org/org.enums';
import { OrgUnit, OrgUnitClosure } from '../modules/org/org-unit.entity';
import { Position } from '../modules/org/position.entity';
import { computeClosure } from '../modules/org/utils/closure.util';
import { buildNip } from '../modules/org/utils/nip.util';
import { hashPassword } from '../platform/auth/password';

export const FIXTURE_PASSWORD = 'rahasia-uji-2026';

export interface FixturePerson {
  id: number;
  nip: string;
  name: string;
}

/**
 * A small kecamatan for API tests: root unit with two sections.
 *   camat (root head) ─┬─ kasiA ─┬─ staffA1, staffA2 (+ extraStaffInA more)
 *                      └─ kasiB ─── staffB1
 * Accounts: admin (HR_ADMIN), analis (ANALYST), camat (EMPLOYEE+LEADER), and every employee by NIP.
 */
export async function buildSmallOrg(dataSource: DataSource, { extraStaffInA = 0 } = {}) {
  const passwordHash = await hashPassword(FIXTURE_PASSWORD);
  return dataSource.transaction(async (manager) => {
    const root = await manager.save(OrgUnit, {
      name: 'Kecamatan Uji',
      parentId: null,
      depth: 0,
      sortOrder: 0,
      headId: null,
    });
    const unitA = await manager.save(OrgUnit, {
      name: 'Seksi Pelayanan',
      parentId: root.id,
      depth: 1,
      sortOrder: 1,
      headId: null,
    });
    const unitB = await manager.save(OrgUnit, {
      name: 'Seksi Trantib',
      parentId: root.id,
      depth: 1,
      sortOrder: 2,
      headId: null,
    });
    const camatPosition = await manager.save(Position, {
      title: 'Camat',
      level: PositionLevel.ADMINISTRATOR,
    });
    const kasiPosition = await manager.save(Position, {
      title: 'Kepala Seksi',
      level: PositionLevel.PENGAWAS,
    });
    const staffPosition = await manager.save(Position, {
      title: 'Pengadministrasi Umum',
      level: PositionLevel.PELAKSANA,
    });

    let sequence = 0;
    const add = async (
      name: string,
      unitId: number,
      positionId: number,
      supervisorId: number | null,
      rank: string,
      gender = Gender.LAKI_LAKI,
    ) => {
      sequence += 1;
      const birthDate = `19${70 + (sequence % 25)}-0${1 + (sequence % 9)}-1${sequence % 10}`;
      const nip = buildNip({
        birthDate,
        appointment: `20${10 + (sequence % 10)}-03`,
        gender,
        sequence,
        employmentType: EmploymentType.PNS,
      });
      const employee = await manager.save(Employee, {
        nip,
        name,
        gender,
        birthDate,
        employmentType: EmploymentType.PNS,
        rank,
        unitId,
        positionId,
        supervisorId,
        email: `${name.toLowerCase().replace(/\W+/g, '.')}@uji.go.id`,
        phone: `0812000000${String(sequence).padStart(2, '0')}`,
        active: true,
      });
      return { id: employee.id, nip, name };
    };

    const camat = await add('Bambang Camat', root.id, camatPosition.id, null, 'IV/b');
    const kasiA = await add(
      'Siti Kasi',
      unitA.id,
      kasiPosition.id,
      camat.id,
      'III/d',
      Gender.PEREMPUAN,
    );
    const kasiB = await add('Agus Kasi', unitB.id, kasiPosition.id, camat.id, 'III/d');
    const staffA1 = await add(
      'Dewi Staf',
      unitA.id,
      staffPosition.id,
      kasiA.id,
      'II/c',
      Gender.PEREMPUAN,
    );
    const staffA2 = await add('Eko Staf', unitA.id, staffPosition.id, kasiA.id, 'III/a');
    const staffB1 = await add('Fajar Staf', unitB.id, staffPosition.id, kasiB.id, 'II/d');
    const extra: FixturePerson[] = [];
    for (let i = 0; i < extraStaffInA; i += 1)
      extra.push(
        await add(
          `Staf Tambahan ${String(i).padStart(3, '0')}`,
          unitA.id,
          staffPosition.id,
          kasiA.id,
          'II/a',
        ),
      );

    await manager.update(OrgUnit, root.id, { headId: camat.id });
    await manager.update(OrgUnit, unitA.id, { headId: kasiA.id });
    await manager.update(OrgUnit, unitB.id, { headId: kasiB.id });
    await manager.insert(
      OrgUnitClosure,
      computeClosure({
        parentOf: new Map([
          [root.id, null],
          [unitA.id, root.id],
          [unitB.id, root.id],
        ]),
      }),
    );
    const employees = await manager.find(Employee);
    await manager.insert(
      ReportingLine,
      computeClosure({ parentOf: new Map(employees.map((e) => [e.id, e.supervisorId])) }),
    );

    await manager.insert(Account, [
      { username: 'admin', passwordHash, roles: [Role.HR_ADMIN], employeeId: null },
      { username: 'analis', passwordHash, roles: [Role.ANALYST], employeeId: null },
      {
        username: 'camat',
        passwordHash,
        roles: [Role.EMPLOYEE, Role.LEADER],
        employeeId: camat.id,
      },
      ...employees
        .filter((e) => e.id !== camat.id)
        .map((e) => ({ username: e.nip, passwordHash, roles: [Role.EMPLOYEE], employeeId: e.id })),
    ]);
    return {
      units: { root, unitA, unitB },
      positions: { camatPosition, kasiPosition, staffPosition },
      people: { camat, kasiA, kasiB, staffA1, staffA2, staffB1 },
      extra,
    };
  });
}

export type SmallOrg = Awaited<ReturnType<typeof buildSmallOrg>>;

/** Who a new employee of the small org is; each test file keeps its own `sequence` (NIPs differ). */
export interface NewEmployee {
  sequence: number;
  name: string;
  gender?: Gender;
  birthDate?: string;
  /** TMT CPNS as `YYYY-MM`, part of the NIP. */
  appointment?: string;
  rank?: string;
  unit?: keyof SmallOrg['units'];
  position?: keyof SmallOrg['positions'];
  supervisor?: keyof SmallOrg['people'];
}

/**
 * A valid `CreateEmployeeInput` of the small org (a PNS whose NIP agrees with their birth date,
 * appointment and gender), by default a staff member of unit B under its Kasi.
 */
export function newEmployeeInput(
  org: SmallOrg,
  {
    sequence,
    name,
    gender = Gender.PEREMPUAN,
    birthDate = '1990-06-15',
    appointment = '2015-03',
    rank = 'III/a',
    unit = 'unitB',
    position = 'staffPosition',
    supervisor = 'kasiB',
  }: NewEmployee,
) {
  return {
    nip: buildNip({ birthDate, appointment, gender, sequence, employmentType: EmploymentType.PNS }),
    name,
    gender: gender as string,
    birthDate,
    employmentType: EmploymentType.PNS as string,
    rank,
    positionId: String(org.positions[position].id),
    unitId: String(org.units[unit].id),
    supervisorId: String(org.people[supervisor].id),
  };
}
