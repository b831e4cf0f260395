import {
  type DataSource,
  type EntityManager,
  type EntityTarget,
  type ObjectLiteral,
} from 'typeorm';
import { Account, Role } from '../api/src/modules/account/account.entity';
import { Employee, ReportingLine } from '../api/src/modules/org/employee.entity';
import { EmploymentType, Gender, PositionLevel } from '../api/src/modules/org/org.enums';
import { OrgUnit, OrgUnitClosure } from '../api/src/modules/org/org-unit.entity';
import { Position } from '../api/src/modules/org/position.entity';
import { computeClosure } from '../api/src/modules/org/utils/closure.util';
import { buildNip } from '../api/src/modules/org/utils/nip.util';
import { ranksBetween } from '../api/src/modules/org/utils/rank.util';
import { recordAudit } from '../api/src/platform/audit/audit.service';
import { hashPassword } from '../api/src/platform/auth/password';
import { EMAIL_DOMAIN, planGayunganDemo, STAFF_POSITIONS } from './gayungan.plan';
import { DEMO_USERNAMES } from './gayungan.seed';
import { DEGREES, FAMILY_NAMES, GIVEN_NAMES, PHONE_PREFIXES, SINGLE_NAMES } from './names.data';
import { createRandom, type Random } from './prng.util';

// Synthetic data at scale for benchmarks (DESIGN §6): the real Gayungan units on top, then
// "Kelompok Kerja" units of 20–60 people under them, written in bulk inserts. Deterministic.

export const SCALE_SEED = 0x5ca1_2026;
export const WORK_GROUP_HEAD_TITLE = 'Ketua Kelompok Kerja';
/** Team sizes of the synthetic units (head included); every tenth has exactly the benchmark size. */
export const TEAM_SIZE = { smallest: 20, largest: 60, benchmark: 50, benchmarkEvery: 10 } as const;

export type ScalePhase = 'units' | 'employees' | 'unitHeads' | 'reportingLines' | 'accounts';
export const SCALE_PHASES: readonly ScalePhase[] = [
  'units',
  'employees',
  'unitHeads',
  'reportingLines',
  'accounts',
];
export type ScaleProgress = { phase: ScalePhase; done: number; total: number };

export type ScaleOptions = {
  employees: number;
  password: string;
  /** Called when a phase starts (done 0) and after each chunk it writes. */
  onProgress?: (progress: ScaleProgress) => void;
};

export type ScaleCounts = {
  units: number;
  positions: number;
  employees: number;
  unitClosure: number;
  reportingLines: number;
  accounts: number;
};

export type ScaleUnitPlan = {
  id: number;
  name: string;
  parentId: number | null;
  depth: number;
  sortOrder: number;
  headId: number;
};

export type ScaleEmployeePlan = {
  id: number;
  nip: string;
  name: string;
  gender: Gender;
  birthDate: string;
  employmentType: EmploymentType;
  rank: string;
  positionId: number;
  unitId: number;
  supervisorId: number | null;
  email: string;
  phone: string;
  active: boolean;
};

export type ScalePlan = {
  camatId: number;
  positions: { id: number; title: string; level: PositionLevel }[];
  /** Parents before children; ids are assigned here, from 1, so the writer needs no round trips. */
  units: ScaleUnitPlan[];
  /** Supervisors before the people they supervise. */
  employees: ScaleEmployeePlan[];
};

type RankBand = { lowest: string; highest: string };
type PersonSpec = {
  pns: RankBand;
  pppk?: RankBand;
  education: readonly (keyof typeof DEGREES | 'none')[];
};

/** No appointment later than this, so the data never depends on today's date. */
const LATEST_APPOINTMENT_YEAR = 2024;
const PPPK_SHARE = 0.15;
const INACTIVE_SHARE = 0.01;
const band = (lowest: string, highest: string): RankBand => ({ lowest, highest });
const CAMAT_SPEC: PersonSpec = { pns: band('IV/b', 'IV/c'), education: ['master'] };
const HEAD_SPECS: Partial<Record<PositionLevel, PersonSpec>> = {
  [PositionLevel.ADMINISTRATOR]: { pns: band('III/d', 'IV/a'), education: ['master'] },
  [PositionLevel.PENGAWAS]: { pns: band('III/c', 'III/d'), education: ['bachelor', 'master'] },
};
// A work group is led by a functional official (Ahli Muda), as after the 2021 delayering.
const WORK_GROUP_HEAD_SPEC: PersonSpec = {
  pns: band('III/c', 'III/d'),
  education: ['bachelor', 'master'],
};
const STAFF_TITLES = Object.keys(STAFF_POSITIONS);
const KELURAHAN_PREFIX = 'Kelurahan ';
// An odd multiplier not divisible by 5 is a bijection modulo 10^8: unique, random-looking numbers.
const PHONE_STRIDE = 7_368_787;
const PHONE_SPACE = 100_000_000;

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** Sizes of the synthetic teams for `people` employees: 20–60 each (unless fewer are left). */
function planTeamSizes(people: number, random: Random): number[] {
  const { smallest, largest, benchmark, benchmarkEvery } = TEAM_SIZE;
  const sizes: number[] = [];
  let left = people;
  while (left > 0) {
    let size = sizes.length % benchmarkEvery === 0 ? benchmark : random.int(smallest, largest);
    if (left <= largest) size = left;
    else if (left - size < smallest) size = left - smallest;
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

/** Makes people with valid, unique NIPs; emails and phones are unique by construction (from the id). */
class ScalePeople {
  private readonly nips = new Set<string>();

  constructor(private readonly random: Random) {}

  person({
    id,
    spec,
    employmentType,
    birthYears,
    positionId,
    unitId,
    supervisorId,
    active,
  }: {
    id: number;
    spec: PersonSpec;
    employmentType: EmploymentType;
    birthYears: [number, number];
    positionId: number;
    unitId: number;
    supervisorId: number | null;
    active: boolean;
  }): ScaleEmployeePlan {
    const { random } = this;
    const gender = random.chance(0.5) ? Gender.LAKI_LAKI : Gender.PEREMPUAN;
    const birthYear = random.int(birthYears[0], birthYears[1]);
    const birthDate = `${birthYear}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`;
    const bareName =
      birthYear < 1980 && random.chance(0.15)
        ? random.pick(SINGLE_NAMES[gender])
        : `${random.pick(GIVEN_NAMES[gender])} ${random.pick(FAMILY_NAMES[gender])}`;
    const education = random.pick(spec.education);
    const name =
      education === 'none' ? bareName : `${bareName}, ${random.pick(DEGREES[education])}`;

    const isPns = employmentType === EmploymentType.PNS;
    const appointmentYear = isPns
      ? Math.min(birthYear + random.int(22, 28), LATEST_APPOINTMENT_YEAR)
      : random.int(2021, LATEST_APPOINTMENT_YEAR);
    const appointment = isPns
      ? `${appointmentYear}-${pad(random.int(1, 12))}`
      : String(appointmentYear);

    const rankBand = isPns ? spec.pns : spec.pppk;
    if (!rankBand) throw new Error(`Position ${positionId} cannot be held by a ${employmentType}`);
    // Longer service sits higher in the position's band, as promotions would have placed it.
    const ranks = ranksBetween({ employmentType, ...rankBand });
    const seniority = Math.min(1, (LATEST_APPOINTMENT_YEAR - appointmentYear) / 20);
    const rank = ranks[Math.round(seniority * (ranks.length - 1))];

    let sequence = random.int(1, 999);
    let nip = buildNip({ birthDate, appointment, gender, sequence, employmentType });
    while (this.nips.has(nip)) {
      sequence = (sequence % 999) + 1;
      nip = buildNip({ birthDate, appointment, gender, sequence, employmentType });
    }
    this.nips.add(nip);

    const local = bareName
      .toLowerCase()
      .replace(/[^a-z ]/g, '')
      .trim()
      .replace(/\s+/g, '.');
    const phoneDigits = (id * PHONE_STRIDE) % PHONE_SPACE;
    return {
      id,
      nip,
      name,
      gender,
      birthDate,
      employmentType,
      rank,
      positionId,
      unitId,
      supervisorId,
      email: `${local}${id}@${EMAIL_DOMAIN}`,
      phone: `${random.pick(PHONE_PREFIXES)}${pad(phoneDigits, 8)}`,
      active,
    };
  }
}

/**
 * The whole synthetic organisation for `employees` people, the same on every call: the demo's
 * units and head titles, each headed by a generated PNS, then work groups of 20–60 under the
 * kelurahan and every leaf unit (subbagian, seksi), each with a head and staff.
 */
export function planScale({ employees }: { employees: number }): ScalePlan {
  const skeleton = planGayunganDemo();
  if (!Number.isInteger(employees) || employees < skeleton.units.length) {
    throw new Error(
      `The scale generator needs at least ${skeleton.units.length} employees (one head for each Gayungan unit); got ${employees}`,
    );
  }
  const random = createRandom(SCALE_SEED);
  const people = new ScalePeople(random);
  const positions: ScalePlan['positions'] = [];
  const positionIds = new Map<string, number>();
  const addPosition = (title: string, level: PositionLevel) => {
    if (!positionIds.has(title)) {
      positions.push({ id: positions.length + 1, title, level });
      positionIds.set(title, positions.length);
    }
    return positionIds.get(title)!;
  };
  const levelOf = new Map(skeleton.positions.map((position) => [position.title, position.level]));
  const headTitleOf = new Map(
    skeleton.employees.map((employee) => [employee.key, employee.positionTitle]),
  );

  const units: ScaleUnitPlan[] = [];
  const roster: ScaleEmployeePlan[] = [];
  const unitIdOf = new Map<string, number>();
  const childCount = new Map<number, number>();
  const nextEmployeeId = () => roster.length + 1;

  const addUnit = (
    name: string,
    parent: ScaleUnitPlan | null,
    head: { title: string; level: PositionLevel; spec: PersonSpec; birthYears: [number, number] },
  ) => {
    const id = units.length + 1;
    const headId = nextEmployeeId();
    const sortOrder = parent === null ? 0 : (childCount.get(parent.id) ?? 0);
    if (parent !== null) childCount.set(parent.id, sortOrder + 1);
    const unit = {
      id,
      name,
      parentId: parent?.id ?? null,
      depth: parent === null ? 0 : parent.depth + 1,
      sortOrder,
      headId,
    };
    units.push(unit);
    unitIdOf.set(name, id);
    roster.push(
      people.person({
        id: headId,
        spec: head.spec,
        employmentType: EmploymentType.PNS,
        birthYears: head.birthYears,
        positionId: addPosition(head.title, head.level),
        unitId: id,
        supervisorId: parent?.headId ?? null,
        active: true,
      }),
    );
    return unit;
  };

  // The real structure: the demo's units, in its order (parents first), with its head titles.
  for (const unit of skeleton.units) {
    const title = headTitleOf.get(unit.headKey)!;
    const level = levelOf.get(title)!;
    const isRoot = unit.parentName === null;
    const spec = isRoot ? CAMAT_SPEC : HEAD_SPECS[level];
    if (!spec) throw new Error(`No rank band for the head of ${unit.name} (${level})`);
    const parent = isRoot ? null : units[unitIdOf.get(unit.parentName!)! - 1];
    const birthYears: [number, number] = isRoot
      ? [1971, 1976]
      : level === PositionLevel.ADMINISTRATOR
        ? [1970, 1981]
        : [1972, 1987];
    addUnit(unit.name, parent, { title, level, spec, birthYears });
  }

  // Work groups hang under the kelurahan and under every leaf unit, round robin.
  const parentIds = new Set(units.map((unit) => unit.parentId));
  const hosts = units.filter(
    (unit) => unit.name.startsWith(KELURAHAN_PREFIX) || !parentIds.has(unit.id),
  );
  const groupsPerHost = new Map<number, number>();
  const staffPositionIds = STAFF_TITLES.map((title) =>
    addPosition(title, STAFF_POSITIONS[title].level),
  );
  const teamSizes = planTeamSizes(employees - units.length, random);
  teamSizes.forEach((size, index) => {
    const host = hosts[index % hosts.length];
    const number = (groupsPerHost.get(host.id) ?? 0) + 1;
    groupsPerHost.set(host.id, number);
    const group = addUnit(`Kelompok Kerja ${pad(number, 4)} ${host.name}`, host, {
      title: WORK_GROUP_HEAD_TITLE,
      level: PositionLevel.FUNGSIONAL,
      spec: WORK_GROUP_HEAD_SPEC,
      birthYears: [1972, 1990],
    });
    for (let member = 1; member < size; member += 1) {
      const titleIndex = random.int(0, STAFF_TITLES.length - 1);
      const employmentType = random.chance(PPPK_SHARE) ? EmploymentType.PPPK : EmploymentType.PNS;
      roster.push(
        people.person({
          id: nextEmployeeId(),
          spec: STAFF_POSITIONS[STAFF_TITLES[titleIndex]],
          employmentType,
          birthYears: employmentType === EmploymentType.PPPK ? [1970, 1998] : [1968, 1999],
          positionId: staffPositionIds[titleIndex],
          unitId: group.id,
          supervisorId: group.headId,
          active: !random.chance(INACTIVE_SHARE),
        }),
      );
    }
  });

  return { camatId: units[0].headId, positions, units, employees: roster };
}

// Bound parameters per INSERT stay under SQLite's 32 766 (MySQL allows 65 535); 1 000 employee
// rows are about 300 kB, far below MariaDB's default 16 MB max_allowed_packet.
const PARAMETER_BUDGET = 30_000;
const MAX_ROWS_PER_INSERT = 1_000;
const HEAD_UPDATES_PER_REPORT = 100;

async function insertInChunks<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: T[],
  onChunk: (done: number) => void = () => {},
) {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]).length;
  const size = Math.min(MAX_ROWS_PER_INSERT, Math.floor(PARAMETER_BUDGET / columns));
  for (let start = 0; start < rows.length; start += size) {
    const chunk = rows.slice(start, start + size);
    // updateEntity(false): no read-back of generated columns, which costs a SELECT per chunk on MySQL.
    await manager
      .createQueryBuilder()
      .insert()
      .into(target)
      .values(chunk)
      .updateEntity(false)
      .callListeners(false)
      .execute();
    onChunk(start + chunk.length);
  }
}

async function countExisting(manager: EntityManager) {
  return {
    units: await manager.count(OrgUnit),
    positions: await manager.count(Position),
    employees: await manager.count(Employee),
    accounts: await manager.count(Account),
  };
}

async function assertEmpty(manager: EntityManager) {
  const existing = await countExisting(manager);
  if (Object.values(existing).some((count) => count > 0)) {
    throw new Error(
      `The scale generator only writes to an empty database, and this one already has ${existing.units} units, ${existing.positions} positions, ${existing.employees} employees and ${existing.accounts} accounts. ` +
        'Scale data is for benchmarks and must not be mixed with the demo: point DATABASE_URL at a new database.',
    );
  }
}

/**
 * Writes `planScale({ employees })` and its accounts to an empty database in one transaction;
 * refuses (changing nothing) when units, positions, employees or accounts already exist.
 */
export async function seedScale(
  dataSource: DataSource,
  { employees, password, onProgress = () => {} }: ScaleOptions,
): Promise<ScaleCounts> {
  const plan = planScale({ employees });
  await assertEmpty(dataSource.manager);
  // Hashed once and shared by every account: 50 000 argon2id hashes would take about an hour, and
  // these are benchmark accounts with one known password, not real ones, so salts buy nothing.
  const passwordHash = await hashPassword(password);

  const unitClosure = computeClosure({
    parentOf: new Map(plan.units.map((unit) => [unit.id, unit.parentId])),
  });
  const reportingLines = computeClosure({
    parentOf: new Map(plan.employees.map((employee) => [employee.id, employee.supervisorId])),
  });
  const accounts: Partial<Account>[] = [
    { username: DEMO_USERNAMES.admin, passwordHash, roles: [Role.HR_ADMIN], employeeId: null },
    {
      username: DEMO_USERNAMES.camat,
      passwordHash,
      roles: [Role.EMPLOYEE, Role.LEADER],
      employeeId: plan.camatId,
    },
    { username: DEMO_USERNAMES.analyst, passwordHash, roles: [Role.ANALYST], employeeId: null },
  ].map((account) => ({ ...account, active: true }));
  for (const employee of plan.employees) {
    if (employee.id === plan.camatId) continue;
    accounts.push({
      username: employee.nip,
      passwordHash,
      roles: [Role.EMPLOYEE],
      employeeId: employee.id,
      active: employee.active,
    });
  }

  const report = (phase: ScalePhase, total: number) => {
    onProgress({ phase, done: 0, total });
    return (done: number) => onProgress({ phase, done, total });
  };

  return dataSource.transaction(async (manager) => {
    await assertEmpty(manager);

    await insertInChunks(manager, Position, plan.positions as Position[]);
    // Heads are set once their employees exist (the two tables point at each other).
    const unitsDone = report('units', plan.units.length);
    await insertInChunks(
      manager,
      OrgUnit,
      plan.units.map((unit) => ({ ...unit, headId: null })),
      unitsDone,
    );
    await insertInChunks(manager, OrgUnitClosure, unitClosure as OrgUnitClosure[]);

    await insertInChunks(
      manager,
      Employee,
      plan.employees as Employee[],
      report('employees', plan.employees.length),
    );

    const headsDone = report('unitHeads', plan.units.length);
    for (const [index, unit] of plan.units.entries()) {
      await manager.update(OrgUnit, { id: unit.id }, { headId: unit.headId });
      if ((index + 1) % HEAD_UPDATES_PER_REPORT === 0 || index + 1 === plan.units.length)
        headsDone(index + 1);
    }

    await insertInChunks(
      manager,
      ReportingLine,
      reportingLines as ReportingLine[],
      report('reportingLines', reportingLines.length),
    );
    await insertInChunks(
      manager,
      Account,
      accounts as Account[],
      report('accounts', accounts.length),
    );

    // Later issues add cycles, SKP plans, realisations and evaluations at scale here (DESIGN §6:
    // 4 cycles × 5 periods), built from `plan` in memory and written with `insertInChunks`.

    const counts: ScaleCounts = {
      units: plan.units.length,
      positions: plan.positions.length,
      employees: plan.employees.length,
      unitClosure: unitClosure.length,
      reportingLines: reportingLines.length,
      accounts: accounts.length,
    };
    await recordAudit(manager, {
      actor: null,
      action: 'SEED_SCALE',
      entity: 'OrgUnit',
      entityId: plan.units[0].id,
      after: counts,
      reason: `Synthetic scale data for benchmarks (${employees} employees) on an empty database`,
    });
    return counts;
  });
}
