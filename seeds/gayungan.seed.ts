import { JobHistory } from '../api/src/modules/staffing/job-history.entity';
import { ActingAssignment } from '../api/src/modules/staffing/acting-assignment.entity';
import { ActingKind, JobChangeKind } from '../api/src/modules/staffing/staffing.enums';
import {
  type DataSource,
  type EntityManager,
  type EntityTarget,
  IsNull,
  type ObjectLiteral,
} from 'typeorm';
import { Account } from '../api/src/modules/account/account.entity';
import { Role } from '../api/src/platform/auth/role';
import { Employee, ReportingLine } from '../api/src/modules/org/employee.entity';
import { OrgUnit, OrgUnitClosure } from '../api/src/modules/org/org-unit.entity';
import { Position } from '../api/src/modules/org/position.entity';
import { computeClosure } from '../api/src/modules/org/utils/closure.util';
import { recordAudit } from '../api/src/platform/audit/audit.service';
import { hashPassword } from '../api/src/platform/auth/password';
import { createContext } from '../api/src/platform/graphql/context';
import { MutasiService } from '../api/src/modules/staffing/mutasi.service';
import { PejabatPenilaiService } from '../api/src/modules/staffing/pejabat-penilai.service';
import type { MoveEmployeeInput } from '../api/src/modules/staffing/staffing.inputs';
import { countDevelopment, type DevelopmentCounts, seedDevelopment } from './development.seed';
import { countEvaluations, type EvaluationCounts, seedEvaluations } from './evaluation.seed';
import { type DemoPlan, planGayunganDemo } from './gayungan.plan';
import { countSkp, seedSkp, type SkpCounts } from './skp.seed';

/** The demo's one (past) Plt term. */
export const DEMO_PLT = {
  unitName: 'Kelurahan Menanggal',
  employeeKey: 'post:Sekretaris Kelurahan Menanggal',
  startsOn: '2026-01-05',
  endsOn: '2026-01-30',
  decreeNumber: '800/12/436.11/2026',
} as const;

/**
 * The demo's one mutasi: in TW4 2026, after the TW3 evaluations and the last feedback of the demo,
 * a staff member of a kelurahan seksi moves to another seksi of the same kelurahan (so the
 * kelurahan's own counts stay as they were). HR records it through the API's mutasi service: the
 * riwayat jabatan, the SKP closed the day before the TMT with its TW1–TW3 evaluations, and a new
 * SKP (being drafted) for TW4 and the year with the new seksi head as pejabat penilai.
 */
export const DEMO_MUTASI = {
  employeeKey: 'staff:Seksi Kesejahteraan Rakyat dan Perekonomian Kelurahan Dukuh Menanggal:2',
  fromUnitName: 'Seksi Kesejahteraan Rakyat dan Perekonomian Kelurahan Dukuh Menanggal',
  toUnitName: 'Seksi Pemerintahan dan Pelayanan Publik Kelurahan Dukuh Menanggal',
  tmt: '2026-11-02',
  decreeNumber: '821.2/57/436.11/2026',
  /** HR records it on its TMT, at nine in the morning (Asia/Jakarta). */
  recordedAt: new Date('2026-11-02T02:00:00Z'),
} as const;

/** Usernames of the demo's role accounts; every other employee logs in with their NIP. */
export const DEMO_USERNAMES = { admin: 'admin', camat: 'camat', analyst: 'analis' } as const;

export type SeedCounts = {
  units: number;
  positions: number;
  employees: number;
  accounts: number;
} & SkpCounts &
  EvaluationCounts &
  DevelopmentCounts;
export type SeedResult = { created: boolean; counts: SeedCounts };

type AccountDraft = {
  username: string;
  roles: Role[];
  employeeKey: string | null;
  active: boolean;
};

const INSERT_CHUNK = 500;
// argon2 runs on libuv's pool (4 threads by default); more in flight only queues.
const HASH_CONCURRENCY = 4;

/** Accounts of the demo: the three role accounts, then one per employee (the Camat uses `camat`). */
export function planDemoAccounts(plan: DemoPlan): AccountDraft[] {
  const accounts: AccountDraft[] = [
    { username: DEMO_USERNAMES.admin, roles: [Role.HR_ADMIN], employeeKey: null, active: true },
    {
      username: DEMO_USERNAMES.camat,
      roles: [Role.EMPLOYEE, Role.LEADER],
      employeeKey: plan.camatKey,
      active: true,
    },
    { username: DEMO_USERNAMES.analyst, roles: [Role.ANALYST], employeeKey: null, active: true },
  ];
  for (const employee of plan.employees) {
    if (employee.key === plan.camatKey) continue;
    accounts.push({
      username: employee.nip,
      roles: [Role.EMPLOYEE],
      employeeKey: employee.key,
      active: employee.active,
    });
  }
  return accounts;
}

async function mapWithConcurrency<T, R>(
  items: T[],
  limit: number,
  map: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await map(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

async function insertInChunks<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: T[],
) {
  for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
    await manager.insert(target, rows.slice(start, start + INSERT_CHUNK));
  }
}

async function insertOne<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  row: T,
): Promise<number> {
  const result = await manager.insert(target, row);
  return Number(result.identifiers[0].id);
}

/** The appointment month a NIP encodes (PNS: TMT CPNS YYYYMM; PPPK: the year), as a first day. */
function appointmentDate(nip: string, employmentType: string): string {
  return employmentType === 'PNS'
    ? `${nip.slice(8, 12)}-${nip.slice(12, 14)}-01`
    : `${nip.slice(8, 12)}-01-01`;
}

export async function countSeeded(manager: EntityManager): Promise<SeedCounts> {
  // One after another: inside a transaction they share a single connection anyway.
  const units = await manager.count(OrgUnit);
  const positions = await manager.count(Position);
  const employees = await manager.count(Employee);
  const accounts = await manager.count(Account);
  return {
    units,
    positions,
    employees,
    accounts,
    ...(await countSkp(manager)),
    ...(await countEvaluations(manager)),
    ...(await countDevelopment(manager)),
  };
}

/** DEMO_MUTASI through the service `moveEmployee` uses, as the `admin` (HR) account. */
async function seedMutasi(
  manager: EntityManager,
  { employeeId, unitId, hrAccountId }: { employeeId: number; unitId: number; hrAccountId: number },
) {
  const context = createContext({
    dataSource: manager.connection,
    viewer: {
      accountId: hrAccountId,
      username: DEMO_USERNAMES.admin,
      roles: [Role.HR_ADMIN],
      employeeId: null,
      supervisorChainIds: [],
    },
    clientAddress: '127.0.0.1',
    now: DEMO_MUTASI.recordedAt,
  });
  const employee = await manager.findOneByOrFail(Employee, { id: employeeId });
  const input: MoveEmployeeInput = {
    employeeId: String(employeeId),
    version: employee.version,
    tmt: DEMO_MUTASI.tmt,
    decreeNumber: DEMO_MUTASI.decreeNumber,
    unitId: String(unitId),
  };
  const { problems, outcome } = await new MutasiService(
    manager.connection,
    new PejabatPenilaiService(),
  ).moveWithin(context, manager, input);
  if (!outcome || outcome.closedPlans.length !== 1)
    throw new Error(`The demo mutasi did not split one SKP: ${JSON.stringify(problems)}`);
}

const rootExists = (manager: EntityManager) =>
  manager.exists(OrgUnit, { where: { parentId: IsNull() } });

/**
 * Seeds the Gayungan demo organisation (units, positions, employees, reporting lines, accounts),
 * its SKP history (cycles, plans, realisations) and its evaluations (with objections, feedback
 * and organisation predicates) in one transaction. Idempotent: when a root unit already exists
 * it changes nothing.
 */
export async function seedDemo(
  dataSource: DataSource,
  { password }: { password: string },
): Promise<SeedResult> {
  if (await rootExists(dataSource.manager)) {
    return { created: false, counts: await countSeeded(dataSource.manager) };
  }

  const plan = planGayunganDemo();
  const accountDrafts = planDemoAccounts(plan);
  // Hashed before the transaction opens so the write lock is held for the inserts only.
  const hashes = await mapWithConcurrency(accountDrafts, HASH_CONCURRENCY, () =>
    hashPassword(password),
  );

  return dataSource.transaction(async (manager) => {
    if (await rootExists(manager)) return { created: false, counts: await countSeeded(manager) };

    const unitIds = new Map<string, number>();
    for (const unit of plan.units) {
      const parentId = unit.parentName === null ? null : unitIds.get(unit.parentName)!;
      const id = await insertOne(manager, OrgUnit, {
        name: unit.name,
        parentId,
        depth: unit.depth,
        sortOrder: unit.sortOrder,
        headId: null,
      } as OrgUnit);
      unitIds.set(unit.name, id);
    }

    const positionIds = new Map<string, number>();
    for (const position of plan.positions) {
      positionIds.set(position.title, await insertOne(manager, Position, position as Position));
    }
    // A head post belongs to the unit it heads (a title heading several units stays general).
    const planned = new Map(plan.employees.map((employee) => [employee.key, employee]));
    const unitsHeadedBy = new Map<string, string[]>();
    for (const unit of plan.units) {
      const title = planned.get(unit.headKey)!.positionTitle;
      unitsHeadedBy.set(title, [...(unitsHeadedBy.get(title) ?? []), unit.name]);
    }
    for (const [title, [unitName, ...others]] of unitsHeadedBy) {
      if (others.length > 0) continue;
      const unitId = unitIds.get(unitName)!;
      await manager.update(
        Position,
        { id: positionIds.get(title)! },
        { unitId, isHead: true, headOfUnitId: unitId },
      );
    }

    const employeeIds = new Map<string, number>();
    for (const employee of plan.employees) {
      const id = await insertOne(manager, Employee, {
        nip: employee.nip,
        name: employee.name,
        gender: employee.gender,
        birthDate: employee.birthDate,
        employmentType: employee.employmentType,
        rank: employee.rank,
        positionId: positionIds.get(employee.positionTitle)!,
        unitId: unitIds.get(employee.unitName)!,
        supervisorId:
          employee.supervisorKey === null ? null : employeeIds.get(employee.supervisorKey)!,
        email: employee.email,
        phone: employee.phone,
        active: employee.active,
      } as Employee);
      employeeIds.set(employee.key, id);
    }

    for (const unit of plan.units) {
      await manager.update(
        OrgUnit,
        { id: unitIds.get(unit.name)! },
        { headId: employeeIds.get(unit.headKey)! },
      );
    }

    const unitParents = new Map(
      plan.units.map((unit) => [
        unitIds.get(unit.name)!,
        unit.parentName === null ? null : unitIds.get(unit.parentName)!,
      ]),
    );
    await insertInChunks(
      manager,
      OrgUnitClosure,
      computeClosure({ parentOf: unitParents }) as OrgUnitClosure[],
    );

    const supervisors = new Map(
      plan.employees.map((employee) => [
        employeeIds.get(employee.key)!,
        employee.supervisorKey === null ? null : employeeIds.get(employee.supervisorKey)!,
      ]),
    );
    await insertInChunks(
      manager,
      ReportingLine,
      computeClosure({ parentOf: supervisors }) as ReportingLine[],
    );

    // Riwayat jabatan: every employee's current post since their appointment (TMT CPNS / PPPK).
    await insertInChunks(
      manager,
      JobHistory,
      plan.employees.map((employee) => {
        const id = employeeIds.get(employee.key)!;
        return {
          employeeId: id,
          unitId: unitIds.get(employee.unitName)!,
          positionId: positionIds.get(employee.positionTitle)!,
          rank: employee.rank,
          supervisorId: supervisors.get(id) ?? null,
          kind: JobChangeKind.PENGANGKATAN,
          startsOn: appointmentDate(employee.nip, employee.employmentType),
          endsOn: null,
          decreeNumber: null,
        } as JobHistory;
      }),
    );

    // A past Plt term, so the Plt/Plh screens have history: the Sekretaris Kelurahan acted as
    // Lurah Menanggal in January 2026 (ended before any evaluation was signed).
    const actingUnit = plan.units.find((unit) => unit.name === DEMO_PLT.unitName);
    const acting = plan.employees.find((employee) => employee.key === DEMO_PLT.employeeKey);
    if (!actingUnit || !acting) throw new Error('The demo Plt term names no planned unit or post');
    await insertOne(manager, ActingAssignment, {
      kind: ActingKind.PLT,
      employeeId: employeeIds.get(acting.key)!,
      unitId: unitIds.get(actingUnit.name)!,
      startsOn: DEMO_PLT.startsOn,
      endsOn: DEMO_PLT.endsOn,
      decreeNumber: DEMO_PLT.decreeNumber,
    } as ActingAssignment);

    const accounts = accountDrafts.map(
      (draft, index) =>
        ({
          username: draft.username,
          passwordHash: hashes[index],
          roles: draft.roles,
          employeeId: draft.employeeKey === null ? null : employeeIds.get(draft.employeeKey)!,
          active: draft.active,
        }) as Account,
    );
    const accountIds = new Map<string, number>();
    for (const account of accounts)
      accountIds.set(account.username, await insertOne(manager, Account, account));

    // Cycles 2023–2026 and every employee's SKP with realisations, cascading from the Camat.
    await seedSkp(manager, plan, employeeIds);
    // Evaluations up to TW3 2026, objections, organisation predicates and continuous feedback.
    await seedEvaluations(manager, plan, employeeIds);
    // The training catalogue, development plans 2023–2026 and the required pembinaan.
    await seedDevelopment(manager);
    // The mutasi of TW4 2026, by HR, once the year's history up to TW3 stands.
    await seedMutasi(manager, {
      employeeId: employeeIds.get(DEMO_MUTASI.employeeKey)!,
      unitId: unitIds.get(DEMO_MUTASI.toUnitName)!,
      hrAccountId: accountIds.get(DEMO_USERNAMES.admin)!,
    });

    const counts = await countSeeded(manager);
    await recordAudit(manager, {
      actor: null,
      action: 'demo.seed',
      entity: 'OrgUnit',
      entityId: unitIds.get(plan.rootUnitName)!,
      // The action and the counts say what happened; a reason is what a person wrote.
      after: counts,
    });
    return { created: true, counts };
  });
}
