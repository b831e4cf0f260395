import { type DataSource, In, IsNull } from 'typeorm';
import { Account } from '../api/src/modules/account/account.entity';
import { PerformanceCycle } from '../api/src/modules/cycle/cycle.entity';
import { CycleStatus, Period } from '../api/src/modules/cycle/cycle.enums';
import { Evaluation } from '../api/src/modules/evaluation/evaluation.entity';
import { EvaluationStatus } from '../api/src/modules/evaluation/evaluation.enums';
import { Objection, ObjectionStatus } from '../api/src/modules/evaluation/objection.entity';
import { Employee, ReportingLine } from '../api/src/modules/org/employee.entity';
import { EmploymentType } from '../api/src/modules/org/org.enums';
import { OrgUnit } from '../api/src/modules/org/org-unit.entity';
import { PerformancePlan } from '../api/src/modules/plan/performance-plan.entity';
import { PlanStatus } from '../api/src/modules/plan/plan.enums';
import { JobHistory } from '../api/src/modules/staffing/job-history.entity';
import { CALIBRATION_2026 } from './evaluation.seed';
import { DEMO_USERNAMES } from './gayungan.seed';

// Finds well-known people of the seeded demo by their place in the organisation, so tests never
// hard-code ids or NIPs. Call it after `seedDemo`.

export type DemoPerson = {
  employeeId: number;
  nip: string;
  name: string;
  /** The account username: the NIP, or `camat` for the Camat. */
  username: string;
  unitId: number;
  supervisorId: number | null;
};

export type DemoPeople = {
  usernames: typeof DEMO_USERNAMES;
  rootUnitId: number;
  /** Unit id by unit name (names are unique). */
  unitIds: Record<string, number>;
  /** Head of the root unit; EMPLOYEE + LEADER, logs in as `camat`. */
  camat: DemoPerson;
  /** Sekretaris Kecamatan, reports to the Camat; supervises the two Kasubbag. */
  sekcam: DemoPerson;
  /** Kepala Subbagian Umum dan Kepegawaian (the HR unit's head), reports to the Sekcam. */
  hrHead: DemoPerson;
  /** An active staff member of Subbagian Umum dan Kepegawaian (an ordinary EMPLOYEE account). */
  hrStaff: DemoPerson;
  /** Kepala Seksi Pemerintahan dan Pelayanan Publik (kecamatan), reports to the Camat. */
  aKasi: DemoPerson;
  /** An active direct subordinate of `aKasi`. */
  aStaffOfThatKasi: DemoPerson;
  /** Another active member of the same unit, neither above nor below `aStaffOfThatKasi`. */
  aColleagueOfThatStaff: DemoPerson;
  /** An active staff member of another seksi: outside `aKasi`'s team and not in its chain. */
  aStaffElsewhere: DemoPerson;
  /** Lurah Ketintang, reports to the Camat. */
  aLurah: DemoPerson;
  /** Head of a seksi of Kelurahan Ketintang, reports to `aLurah`. */
  aKelurahanKasi: DemoPerson;
  /** An active staff member of that kelurahan seksi: three steps below the Camat. */
  aKelurahanStaff: DemoPerson;
  /** An active PPPK employee. */
  aPppk: DemoPerson;
  /** An inactive employee (still has an inactive account). */
  anInactive: DemoPerson;
};

const UNIT = {
  sekretariat: 'Sekretariat Kecamatan',
  hr: 'Subbagian Umum dan Kepegawaian',
  kasiUnit: 'Seksi Pemerintahan dan Pelayanan Publik',
  elsewhere: 'Seksi Kesejahteraan Rakyat dan Perekonomian',
  kelurahan: 'Kelurahan Ketintang',
  kelurahanSeksi: 'Seksi Pemerintahan dan Pelayanan Publik Kelurahan Ketintang',
} as const;

export async function findDemoPeople(dataSource: DataSource): Promise<DemoPeople> {
  const manager = dataSource.manager;
  const units = await manager.find(OrgUnit, { order: { id: 'ASC' } });
  const employees = await manager.find(Employee, { order: { id: 'ASC' } });
  const accounts = await manager.find(Account);
  const lines = await manager.find(ReportingLine);

  const root = units.find((unit) => unit.parentId === null);
  if (!root) throw new Error('findDemoPeople: no root unit; run seedDemo first');
  const unitIds = Object.fromEntries(units.map((unit) => [unit.name, unit.id]));
  const byId = new Map(employees.map((employee) => [employee.id, employee]));
  const usernameOf = new Map(
    accounts.filter((a) => a.employeeId !== null).map((a) => [a.employeeId!, a.username]),
  );
  const related = new Set(lines.map((line) => `${line.ancestorId}:${line.descendantId}`));
  const inChainOf = (a: number, b: number) => related.has(`${a}:${b}`) || related.has(`${b}:${a}`);
  const headIds = new Set(units.map((unit) => unit.headId));

  const person = (employee: Employee | undefined, what: string): DemoPerson => {
    if (!employee) throw new Error(`findDemoPeople: no ${what} in the seeded data`);
    return {
      employeeId: employee.id,
      nip: employee.nip,
      name: employee.name,
      username: usernameOf.get(employee.id) ?? employee.nip,
      unitId: employee.unitId,
      supervisorId: employee.supervisorId,
    };
  };
  const headOf = (unitName: string) => {
    const unit = units.find((candidate) => candidate.name === unitName);
    return byId.get(unit?.headId ?? -1);
  };
  const activeStaff = (predicate: (employee: Employee) => boolean) =>
    employees.find(
      (employee) => employee.active && !headIds.has(employee.id) && predicate(employee),
    );

  const camat = byId.get(root.headId ?? -1);
  const kasi = headOf(UNIT.kasiUnit);
  const staff = activeStaff((employee) => employee.supervisorId === kasi?.id);
  const colleague = activeStaff(
    (employee) =>
      employee.unitId === staff?.unitId &&
      employee.id !== staff.id &&
      !inChainOf(employee.id, staff.id),
  );
  const kelurahanKasi = headOf(UNIT.kelurahanSeksi);

  return {
    usernames: DEMO_USERNAMES,
    rootUnitId: root.id,
    unitIds,
    camat: person(camat, 'Camat'),
    sekcam: person(headOf(UNIT.sekretariat), 'Sekretaris Kecamatan'),
    hrHead: person(headOf(UNIT.hr), `head of ${UNIT.hr}`),
    hrStaff: person(
      activeStaff((employee) => employee.unitId === unitIds[UNIT.hr]),
      `staff of ${UNIT.hr}`,
    ),
    aKasi: person(kasi, `head of ${UNIT.kasiUnit}`),
    aStaffOfThatKasi: person(staff, 'staff of that Kasi'),
    aColleagueOfThatStaff: person(colleague, 'colleague of that staff'),
    aStaffElsewhere: person(
      activeStaff(
        (employee) =>
          employee.unitId === unitIds[UNIT.elsewhere] && !inChainOf(employee.id, kasi?.id ?? -1),
      ),
      `staff of ${UNIT.elsewhere}`,
    ),
    aLurah: person(headOf(UNIT.kelurahan), `head of ${UNIT.kelurahan}`),
    aKelurahanKasi: person(kelurahanKasi, `head of ${UNIT.kelurahanSeksi}`),
    aKelurahanStaff: person(
      activeStaff((employee) => employee.supervisorId === kelurahanKasi?.id),
      `staff of ${UNIT.kelurahanSeksi}`,
    ),
    aPppk: person(
      activeStaff((employee) => employee.employmentType === EmploymentType.PPPK),
      'active PPPK',
    ),
    anInactive: person(
      employees.find((employee) => !employee.active),
      'inactive employee',
    ),
  };
}

export type DemoSkp = {
  /** Cycle id by year (2023–2026). */
  cycleIds: Record<number, number>;
  activeCycleId: number;
  /** 2026 staff plans still on their way (never a supervisor's), by status. */
  pendingPlans: Record<'DRAFT' | 'SUBMITTED' | 'RETURNED', DemoPendingPlan[]>;
};
export type DemoPendingPlan = { planId: number; employeeId: number; evaluatorId: number };

/** Finds the seeded SKP cycles and the 2026 plans that are not approved yet. */
export async function findDemoSkp(dataSource: DataSource): Promise<DemoSkp> {
  const cycles = await dataSource.manager.find(PerformanceCycle, { order: { year: 'ASC' } });
  const active = cycles.find((cycle) => cycle.status === CycleStatus.ACTIVE);
  if (!active) throw new Error('findDemoSkp: no active cycle; run seedDemo first');
  const pending = await dataSource.manager.find(PerformancePlan, {
    where: {
      cycleId: active.id,
      status: In([PlanStatus.DRAFT, PlanStatus.SUBMITTED, PlanStatus.RETURNED]),
    },
    order: { id: 'ASC' },
  });
  const ofStatus = (status: PlanStatus) =>
    pending
      .filter((plan) => plan.status === status)
      .map((plan) => ({
        planId: plan.id,
        employeeId: plan.employeeId,
        evaluatorId: plan.evaluatorId!,
      }));
  return {
    cycleIds: Object.fromEntries(cycles.map((cycle) => [cycle.year, cycle.id])),
    activeCycleId: active.id,
    pendingPlans: {
      DRAFT: ofStatus(PlanStatus.DRAFT),
      SUBMITTED: ofStatus(PlanStatus.SUBMITTED),
      RETURNED: ofStatus(PlanStatus.RETURNED),
    },
  };
}

export type DemoEvaluationRef = {
  planId: number;
  employeeId: number;
  evaluatorId: number;
  /** Null when the period has no evaluation yet. */
  evaluationId: number | null;
  version: number | null;
};
export type DemoObjectionRef = {
  objectionId: number;
  evaluationId: number;
  revisedEvaluationId: number | null;
  employeeId: number;
  deciderId: number;
};

export type DemoEvaluations = {
  /** TW3 of the active year: approved plans nobody has evaluated yet ("evaluations due"). */
  dueTw3: DemoEvaluationRef[];
  /** TW3 drafts, with the version `saveEvaluation`/`finalizeEvaluation` expect. */
  draftTw3: DemoEvaluationRef[];
  /** TW3 evaluations FINAL and not yet acknowledged by the employee. */
  finalTw3: DemoEvaluationRef[];
  objections: { upheld: DemoObjectionRef[]; rejected: DemoObjectionRef[] };
  /** 2026: the unit whose annual drafts fail its curve, and one whose drafts pass. */
  calibration: { cycleId: number; failingUnitId: number; passingUnitId: number };
};

/**
 * Finds the seeded evaluation states tests need. The Kasi of `findDemoPeople` always has one
 * TW3 evaluation due (`aStaffOfThatKasi`) and one in DRAFT.
 */
export async function findDemoEvaluations(dataSource: DataSource): Promise<DemoEvaluations> {
  const manager = dataSource.manager;
  const skp = await findDemoSkp(dataSource);
  const plans = await manager.find(PerformancePlan, {
    where: { cycleId: skp.activeCycleId, status: PlanStatus.APPROVED },
    order: { id: 'ASC' },
  });
  const tw3 = await manager.find(Evaluation, {
    where: { cycleId: skp.activeCycleId, period: Period.TW3, supersededAt: IsNull() },
  });
  const byPlan = new Map(tw3.map((evaluation) => [evaluation.planId, evaluation]));
  const refs = plans
    .filter((plan) => plan.evaluatorId !== null)
    .map((plan) => {
      const evaluation = byPlan.get(plan.id) ?? null;
      return {
        ref: {
          planId: plan.id,
          employeeId: plan.employeeId,
          evaluatorId: plan.evaluatorId!,
          evaluationId: evaluation?.id ?? null,
          version: evaluation?.version ?? null,
        },
        status: evaluation?.status ?? null,
      };
    });
  const withStatus = (status: EvaluationStatus | null) =>
    refs.filter((entry) => entry.status === status).map((entry) => entry.ref);

  const objections = await manager.find(Objection, { order: { id: 'ASC' } });
  const objectionRef = (objection: Objection): DemoObjectionRef => ({
    objectionId: objection.id,
    evaluationId: objection.evaluationId,
    revisedEvaluationId: objection.revisedEvaluationId,
    employeeId: objection.employeeId,
    deciderId: objection.deciderId!,
  });
  const units = await manager.find(OrgUnit, { select: { id: true, name: true } });
  const unitId = (name: string) => units.find((unit) => unit.name === name)!.id;
  return {
    dueTw3: withStatus(null),
    draftTw3: withStatus(EvaluationStatus.DRAFT),
    finalTw3: withStatus(EvaluationStatus.FINAL),
    objections: {
      upheld: objections.filter((o) => o.status === ObjectionStatus.UPHELD).map(objectionRef),
      rejected: objections.filter((o) => o.status === ObjectionStatus.REJECTED).map(objectionRef),
    },
    calibration: {
      cycleId: skp.activeCycleId,
      failingUnitId: unitId(CALIBRATION_2026.failingUnit),
      passingUnitId: unitId(CALIBRATION_2026.passingUnit),
    },
  };
}

export type DemoPost = { unitId: number; supervisorId: number | null };

/**
 * Where each employee worked on a given day, from the riwayat jabatan (the demo mutasi moves one
 * employee in TW4 2026): the stretch in force that day, or the first one before it began.
 */
export async function findDemoPosts(
  dataSource: DataSource,
): Promise<{ postOn: (employeeId: number, date: string) => DemoPost }> {
  const rows = await dataSource.manager.find(JobHistory, { order: { startsOn: 'ASC', id: 'ASC' } });
  const byEmployee = new Map<number, JobHistory[]>();
  for (const row of rows)
    byEmployee.set(row.employeeId, [...(byEmployee.get(row.employeeId) ?? []), row]);
  return {
    postOn(employeeId, date) {
      const history = byEmployee.get(employeeId);
      if (!history) throw new Error(`findDemoPosts: employee ${employeeId} has no job history`);
      const row = history.filter((stretch) => stretch.startsOn <= date).at(-1) ?? history[0];
      return { unitId: row.unitId, supervisorId: row.supervisorId };
    },
  };
}
