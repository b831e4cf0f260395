import {
  type DataSource,
  type EntityManager,
  type EntityTarget,
  type ObjectLiteral,
} from 'typeorm';
import { type ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { Account } from '../api/src/modules/account/account.entity';
import { Role } from '../api/src/platform/auth/role';
import { DevelopmentActivity } from '../api/src/modules/development/development-activity.entity';
import { DevelopmentPlan } from '../api/src/modules/development/development-plan.entity';
import { ActivityKind, ActivityStatus } from '../api/src/modules/development/development.enums';
import { TrainingEffect } from '../api/src/modules/development/training-effect.entity';
import {
  computeStoredEffects,
  type EffectCompletion,
  type StoredEffect,
  toEvaluationPoints,
} from '../api/src/modules/development/utils/effect.util';
import { TrainingProgram } from '../api/src/modules/development/training-program.entity';
import { PerformanceCycle } from '../api/src/modules/cycle/cycle.entity';
import { CycleStatus, Period } from '../api/src/modules/cycle/cycle.enums';
import { periodsOf } from '../api/src/modules/cycle/utils/periods.util';
import { EvaluationFeedback } from '../api/src/modules/evaluation/evaluation-feedback.entity';
import { Evaluation } from '../api/src/modules/evaluation/evaluation.entity';
import { recountAllUnits } from '../api/src/modules/evaluation/unit-counts';
import {
  EvaluationStatus,
  IN_FORCE_STATUSES,
  OrganizationPredicateValue,
  Predicate,
  Rating,
} from '../api/src/modules/evaluation/evaluation.enums';
import { OrganizationPredicate } from '../api/src/modules/evaluation/organization-predicate.entity';
import {
  computePredicate,
  suggestResultRating,
} from '../api/src/modules/evaluation/utils/predicate.util';
import { Employee, ReportingLine } from '../api/src/modules/org/employee.entity';
import { EmploymentType, Gender, PositionLevel } from '../api/src/modules/org/org.enums';
import { OrgUnit, OrgUnitClosure } from '../api/src/modules/org/org-unit.entity';
import { Position } from '../api/src/modules/org/position.entity';
import { BehaviorExpectation } from '../api/src/modules/plan/behavior-expectation.entity';
import { Indicator } from '../api/src/modules/plan/indicator.entity';
import { PerformancePlan } from '../api/src/modules/plan/performance-plan.entity';
import {
  CoreValue,
  IndicatorAggregation,
  IndicatorAspect,
  IndicatorDirection,
  PlanApproach,
  PlanStatus,
  WorkTargetKind,
} from '../api/src/modules/plan/plan.enums';
import { Realization } from '../api/src/modules/plan/realization.entity';
import {
  computePeriodResult,
  computePlanAchievement,
} from '../api/src/modules/plan/utils/achievement.util';
import { WorkTarget } from '../api/src/modules/plan/work-target.entity';
import { computeClosure } from '../api/src/modules/org/utils/closure.util';
import { buildNip } from '../api/src/modules/org/utils/nip.util';
import { ranksBetween } from '../api/src/modules/org/utils/rank.util';
import { recordAudit } from '../api/src/platform/audit/audit.service';
import { hashPassword } from '../api/src/platform/auth/password';
import { analyzeTables, deferSecondaryIndexes, mappedTables } from './bulk.util';
import { catalogueRows } from './development.seed';
import { EMAIL_DOMAIN, planGayunganDemo, STAFF_POSITIONS } from './gayungan.plan';
import { DEMO_USERNAMES } from './gayungan.seed';
import { DEGREES, FAMILY_NAMES, GIVEN_NAMES, PHONE_PREFIXES, SINGLE_NAMES } from './names.data';
import { createRandom, type Random } from './prng.util';
import { quarterColumns, seededQuarterPlan } from './quarters.util';
import { GENERAL_REASONS } from './training-catalogue';
import {
  EVIDENCE_NOTES,
  type IndicatorTemplate,
  RHK_TAMBAHAN,
  RHK_UTAMA,
  SPECIFIC_EXPECTATIONS,
  type TargetTemplate,
} from './skp.data';
import { EVIDENCE_BASE_URL, profileOf } from './skp.seed';

// Synthetic data at scale for benchmarks (DESIGN §6): the real Gayungan units on top, then
// "Kelompok Kerja" units of 20–60 people under them, written in bulk inserts. Deterministic.

export const SCALE_SEED = 0x5ca1_2026;
export const WORK_GROUP_HEAD_TITLE = 'Ketua Kelompok Kerja';
/** Team sizes of the synthetic units (head included); every tenth has exactly the benchmark size. */
export const TEAM_SIZE = { smallest: 20, largest: 60, benchmark: 50, benchmarkEvery: 10 } as const;

export type ScalePhase =
  | 'units'
  | 'employees'
  | 'unitHeads'
  | 'reportingLines'
  | 'accounts'
  | 'plans'
  | 'workTargets'
  | 'indicators'
  | 'behaviorExpectations'
  | 'realizations'
  | 'evaluations'
  | 'evaluationFeedback'
  | 'organizationPredicates'
  | 'developmentPlans'
  | 'developmentActivities'
  | 'trainingEffects'
  | 'indexes'
  | 'statistics';
/** The phases the SKP batches advance side by side. */
const SKP_PHASES = [
  'plans',
  'workTargets',
  'indicators',
  'behaviorExpectations',
  'realizations',
  'evaluations',
  'evaluationFeedback',
] as const satisfies readonly ScalePhase[];
type SkpPhase = (typeof SKP_PHASES)[number];

/** Opens a phase's progress (its total) and returns what reports how much of it is done. */
type PhaseReporter = (phase: ScalePhase, total: number) => (done: number) => void;

export const SCALE_PHASES: readonly ScalePhase[] = [
  'units',
  'employees',
  'unitHeads',
  'reportingLines',
  'accounts',
  ...SKP_PHASES,
  'organizationPredicates',
  'developmentPlans',
  'developmentActivities',
  'trainingEffects',
  'indexes',
  'statistics',
];
export type ScaleProgress = { phase: ScalePhase; done: number; total: number };

export type ScaleOptions = {
  employees: number;
  password: string;
  /** Called when a phase starts (done 0) and after each chunk it writes. */
  onProgress?: (progress: ScaleProgress) => void;
  /** Employees whose SKP are planned and written together (`SKP_BATCH_EMPLOYEES`): same data. */
  batchEmployees?: number;
};

export type ScaleCounts = {
  units: number;
  positions: number;
  employees: number;
  unitClosure: number;
  reportingLines: number;
  accounts: number;
  cycles: number;
  plans: number;
  workTargets: number;
  indicators: number;
  behaviorExpectations: number;
  realizations: number;
  evaluations: number;
  evaluationFeedback: number;
  organizationPredicates: number;
  trainingPrograms: number;
  developmentPlans: number;
  developmentActivities: number;
  trainingEffects: number;
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

/** At least one employee for each unit of Gayungan, whose heads the generator names first. */
function assertScaleSize(employees: number, skeleton = planGayunganDemo()): void {
  if (!Number.isInteger(employees) || employees < skeleton.units.length) {
    throw new Error(
      `The scale generator needs at least ${skeleton.units.length} employees (one head for each Gayungan unit); got ${employees}`,
    );
  }
}

/**
 * The whole synthetic organisation for `employees` people, the same on every call: the demo's
 * units and head titles, each headed by a generated PNS, then work groups of 20–60 under the
 * kelurahan and every leaf unit (subbagian, seksi), each with a head and staff.
 */
export function planScale({ employees }: { employees: number }): ScalePlan {
  const skeleton = planGayunganDemo();
  assertScaleSize(employees, skeleton);
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

// ---- SKP, realisations and evaluations at scale ------------------------------------------------

export const SCALE_CYCLE_YEARS = [2023, 2024, 2025, 2026] as const;
export const SCALE_ACTIVE_YEAR = 2026;
/** The active year's evaluated periods end here (TW3), so its completions fall before it. */
const ACTIVE_YEAR_REPORTED_UNTIL = `${SCALE_ACTIVE_YEAR}-09-30`;
const QUARTERS = [Period.TW1, Period.TW2, Period.TW3, Period.TW4] as const;
const ALL_PERIODS = [...QUARTERS, Period.ANNUAL] as const;
/** Periods that have ended and are evaluated: all five in a closed year, TW1–TW3 in the active one. */
export function evaluatedPeriodsOf(year: number): readonly Period[] {
  return year === SCALE_ACTIVE_YEAR ? [Period.TW1, Period.TW2, Period.TW3] : ALL_PERIODS;
}
/** Share of the active year's TW3 evaluations still in DRAFT (besides those whose reports are late). */
const TW3_DRAFT_SHARE = 0.12;
const ACKNOWLEDGED_SHARE = 0.85;
/** Evaluators sometimes rate results one step away from the suggestion (and say so). */
const OVERRIDE_SHARE = 0.05;
const CUTOFFS = { exceedsThreshold: 110, meetsThreshold: 90 } as const;

export type ScaleSkpIndicator = {
  id: number;
  template: IndicatorTemplate;
  target: number;
  aggregation: IndicatorAggregation;
  quarterTargets: number[];
  /** The realised value per period (ALL_PERIODS order); NaN = not reported. */
  values: number[];
};
export type ScaleSkpTarget = {
  id: number;
  kind: WorkTargetKind;
  template: TargetTemplate;
  parentTargetId: number | null;
  sortOrder: number;
  indicators: ScaleSkpIndicator[];
};
export type ScaleSkpPlan = {
  id: number;
  employeeId: number;
  nip: string;
  place: string;
  cycleId: number;
  year: number;
  evaluatorId: number | null;
  approach: PlanApproach;
  createdAt: Date;
  submittedAt: Date;
  approvedAt: Date;
  targets: ScaleSkpTarget[];
  /** Plan achievement (%) per evaluated period, from the realisations (unreported counts 0). */
  achievements: Partial<Record<Period, number>>;
  /** Realised values stored (the reported periods of every IKI). */
  realizations: number;
};
export type ScaleCycle = { id: number; year: number; status: CycleStatus; createdAt: Date };

/**
 * Employees whose SKP are planned, written and dropped together: the SKP phases hold one batch
 * of plans with their RHK, IKI and values at a time, whatever the number of employees (issue #19).
 */
export const SKP_BATCH_EMPLOYEES = 2_000;

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const JAKARTA_OFFSET = 7 * 60 * MINUTE;

/** A Jakarta calendar date `days` later, at `minute` minutes after midnight (WIB). */
function jakartaAt(date: string, days: number, minute: number): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY + minute * MINUTE - JAKARTA_OFFSET);
}

/** An independent stream per key, whatever order things are generated in. */
function streamOf(...parts: number[]): Random {
  let hash = SCALE_SEED;
  for (const part of parts) hash = Math.imul(hash ^ part, 0x9e37_79b1) >>> 0;
  return createRandom((hash ^ (hash >>> 16)) >>> 0);
}
const STREAM = {
  plan: 1,
  realization: 2,
  evaluation: 3,
  expectation: 4,
  organization: 5,
  development: 6,
} as const;

const between = (random: Random, low: number, high: number) => low + random.next() * (high - low);
const CAMAT_UTAMA = RHK_UTAMA.camat;
const STAFF_UTAMA = Object.entries(RHK_UTAMA)
  .filter(([role]) => role !== 'camat')
  .flatMap(([, templates]) => templates.filter((template) => !template.years));
const PERCENT_LIKE = new Set(['%', 'nilai']);

function yearTarget(indicator: IndicatorTemplate, year: number): number {
  if (
    indicator.aspect !== IndicatorAspect.KUANTITAS ||
    PERCENT_LIKE.has(indicator.unit) ||
    indicator.target < 10
  )
    return indicator.target;
  return Math.round(indicator.target * (1 + 0.04 * (year - SCALE_CYCLE_YEARS[0])));
}

function realisedValue(
  indicator: IndicatorTemplate,
  target: number,
  ratio: number,
  aggregation: IndicatorAggregation,
): number {
  const raw =
    indicator.direction === IndicatorDirection.LOWER_IS_BETTER ? target / ratio : target * ratio;
  // A count is a whole number in every quarter.
  if (aggregation === IndicatorAggregation.SUM) return Math.round(raw);
  if (indicator.unit === 'rupiah') return Math.round(raw / 1000) * 1000;
  if (PERCENT_LIKE.has(indicator.unit)) return Math.min(100, Math.round(raw * 100) / 100);
  return target < 10 ? Math.max(0.1, Math.round(raw * 10) / 10) : Math.round(raw);
}

const fill = (text: string, place: string) => text.replaceAll('{kelurahan}', place);
const KELURAHAN_OF = /Kelurahan (.+)$/;

/** The four performance cycles, ids from 1; the last one active. */
export function scaleCycles(): ScaleCycle[] {
  return SCALE_CYCLE_YEARS.map((year, index) => ({
    id: index + 1,
    year,
    status: year === SCALE_ACTIVE_YEAR ? CycleStatus.ACTIVE : CycleStatus.CLOSED,
    createdAt: jakartaAt(`${year - 1}-12-01`, 0, 9 * 60),
  }));
}

/**
 * Four cycles of SKP for every active employee of `plan`, the same on every call: an approved
 * plan per cycle whose RHK utama each intervene an RHK of the supervisor's plan (the Camat's stand
 * alone), 2–3 RHK of 1–2 IKI, and the realised value of every IKI for every ended period.
 * Planned cycle by cycle, supervisors before the people they supervise (parent RHK ids come
 * first), and handed out `batchEmployees` plans at a time: the batches are the same plans, ids
 * included, whatever their size, and only a few bytes an employee outlive them (the ids of their
 * RHK utama in the current cycle, for their staff's cascade).
 */
export function* planScaleSkp(
  plan: ScalePlan,
  batchEmployees: number = SKP_BATCH_EMPLOYEES,
): Generator<ScaleSkpPlan[]> {
  if (!Number.isInteger(batchEmployees) || batchEmployees < 1)
    throw new Error(`A batch needs at least one employee; got ${batchEmployees}`);
  const unitName = new Map(plan.units.map((unit) => [unit.id, unit.name]));
  const active = plan.employees.filter((employee) => employee.active);
  // Employee ids run from 1; supervisors come before their staff.
  const idSpace = plan.employees.length + 1;
  const depthOf = new Uint16Array(idSpace);
  for (const employee of plan.employees)
    depthOf[employee.id] = employee.supervisorId === null ? 0 : depthOf[employee.supervisorId] + 1;
  // The RHK utama of each employee's plan in the current cycle: consecutive ids, as they are
  // the first of the plan's RHK (utamaCount −1: no plan yet in this cycle).
  const firstUtamaId = new Int32Array(idSpace);
  const utamaCount = new Int8Array(idSpace);
  const utamaOf = (id: number) =>
    utamaCount[id] < 0
      ? undefined
      : Array.from({ length: utamaCount[id] }, (_, n) => firstUtamaId[id] + n);
  let planId = 0;
  let targetId = 0;
  let indicatorId = 0;

  for (const cycle of scaleCycles()) {
    const { year } = cycle;
    const periods = evaluatedPeriodsOf(year);
    utamaCount.fill(-1);
    let plans: ScaleSkpPlan[] = [];
    for (const employee of active) {
      const random = streamOf(STREAM.plan, employee.id, year);
      const profile = profileOf(`scale-${employee.id}`);
      const place = KELURAHAN_OF.exec(unitName.get(employee.unitId)!)?.[1] ?? 'Gayungan';
      const isCamat = employee.supervisorId === null;
      const supervisorTargets = isCamat ? [] : utamaOf(employee.supervisorId!);
      if (!isCamat && !supervisorTargets)
        throw new Error(`Employee ${employee.id} has a ${year} SKP but their supervisor has none`);

      const count = random.int(2, 3);
      const tambahan = count === 3 && random.chance(0.5) ? 1 : 0;
      const utama = isCamat
        ? CAMAT_UTAMA.slice(0, count)
        : Array.from({ length: count - tambahan }, () => random.pick(STAFF_UTAMA));
      const tambahanPool = RHK_TAMBAHAN.filter(
        (template) => !template.years || template.years.includes(year),
      );
      const chosen = [
        ...utama.map((template) => ({ template, kind: WorkTargetKind.UTAMA })),
        ...(isCamat ? [] : Array.from({ length: tambahan }, () => random.pick(tambahanPool))).map(
          (template) => ({ template, kind: WorkTargetKind.TAMBAHAN }),
        ),
      ];
      const expected = profile.base + profile.slope * (year - SCALE_CYCLE_YEARS[0]);
      const reported = new Map<Period, number[]>(periods.map((period) => [period, []]));
      let realizations = 0;
      const behind = year === SCALE_ACTIVE_YEAR && profile.behindThisQuarter;

      const targets = chosen.map(({ template, kind }, sortOrder): ScaleSkpTarget => {
        const wanted = Math.min(template.indicators.length, random.int(1, 2));
        const indicators = template.indicators.slice(0, wanted).map((indicatorTemplate) => {
          indicatorId += 1;
          const target = yearTarget(indicatorTemplate, year);
          const { aggregation, quarterTargets } = seededQuarterPlan({
            ...indicatorTemplate,
            target,
          });
          const offset = between(random, -0.03, 0.03);
          const ratios = QUARTERS.map(() =>
            Math.min(1.35, Math.max(0.5, expected + offset + between(random, -0.07, 0.07))),
          );
          // Quarters are realised against their own targets; the year is derived from them, never
          // reported; an unreported period is left out of the plan's achievement.
          const reports: Partial<Record<Period, number>> = {};
          const values = ALL_PERIODS.map((period, index) => {
            const ended = periods.includes(period);
            const missing = (behind && period === Period.TW3) || period === Period.ANNUAL;
            const value =
              ended && !missing
                ? realisedValue(
                    indicatorTemplate,
                    quarterTargets[index],
                    ratios[index],
                    aggregation,
                  )
                : NaN;
            if (!ended) return value;
            if (!missing) {
              realizations += 1;
              reports[period] = value;
            }
            const { achievement } = computePeriodResult({
              plan: {
                target,
                quarterTargets,
                aggregation,
                direction: indicatorTemplate.direction,
              },
              period,
              reports,
            });
            if (achievement !== null) reported.get(period)!.push(achievement);
            return value;
          });
          return {
            id: indicatorId,
            template: indicatorTemplate,
            target,
            aggregation,
            quarterTargets,
            values,
          };
        });
        targetId += 1;
        return {
          id: targetId,
          kind,
          template: { ...template, description: fill(template.description, place) },
          parentTargetId:
            kind === WorkTargetKind.UTAMA && !isCamat ? random.pick(supervisorTargets!) : null,
          sortOrder,
          indicators,
        };
      });
      firstUtamaId[employee.id] = targets[0].id;
      utamaCount[employee.id] = targets.filter(
        (target) => target.kind === WorkTargetKind.UTAMA,
      ).length;

      // Plans are approved down the line in the first working days of January.
      const approvedAt = jakartaAt(
        `${year}-01-02`,
        depthOf[employee.id],
        8 * 60 + random.int(0, 7 * 60),
      );
      const submittedAt = isCamat
        ? approvedAt
        : new Date(approvedAt.getTime() - random.int(10, 300) * MINUTE);
      const achievements: Partial<Record<Period, number>> = {};
      for (const [period, list] of reported)
        achievements[period] = computePlanAchievement({ achievements: list }) ?? undefined;
      planId += 1;
      plans.push({
        id: planId,
        employeeId: employee.id,
        nip: employee.nip,
        place,
        cycleId: cycle.id,
        year,
        evaluatorId: employee.supervisorId,
        approach: PlanApproach.KUANTITATIF,
        createdAt: new Date(submittedAt.getTime() - random.int(20, 180) * MINUTE),
        submittedAt,
        approvedAt,
        targets,
        achievements,
        realizations,
      });
      if (plans.length === batchEmployees) {
        yield plans;
        plans = [];
      }
    }
    if (plans.length > 0) yield plans;
  }
}

/**
 * Predicates for the kecamatan and its top-level units once a year is closed: the Camat's for the
 * units, and the kecamatan's own as the city decided it (a Keputusan Wali Kota a week before HR
 * records it, with its number).
 */
function organizationPredicatesOf(
  plan: ScalePlan,
  cycles: readonly ScaleCycle[],
): Partial<OrganizationPredicate>[] {
  const units = plan.units.filter((unit) => unit.depth <= 1);
  return cycles
    .filter((cycle) => cycle.status === CycleStatus.CLOSED)
    .flatMap((cycle) =>
      units.map((unit) => {
        const roll = streamOf(STREAM.organization, unit.id, cycle.year).next();
        return {
          unitId: unit.id,
          cycleId: cycle.id,
          predicate:
            unit.depth === 0 || roll < 0.6
              ? OrganizationPredicateValue.BAIK
              : roll < 0.9
                ? OrganizationPredicateValue.ISTIMEWA
                : OrganizationPredicateValue.BUTUH_PERBAIKAN,
          recordedAt: jakartaAt(`${cycle.year + 1}-01-15`, 0, 10 * 60 + unit.id),
          referenceNumber:
            unit.depth === 0 ? `188.45/${100 + (unit.id % 900)}/436.1.2/${cycle.year + 1}` : null,
          referenceDate: unit.depth === 0 ? `${cycle.year + 1}-01-08` : null,
        };
      }),
    );
}

const FEEDBACK_TEXT: Record<Rating, readonly string[]> = {
  [Rating.DI_ATAS_EKSPEKTASI]: [
    'Menjadi teladan bagi rekan satu tim; pertahankan.',
    'Inisiatifnya membantu tim menyelesaikan pekerjaan lebih cepat dari jadwal.',
  ],
  [Rating.SESUAI_EKSPEKTASI]: [
    'Sudah sesuai harapan; terus jaga konsistensinya.',
    'Perilaku kerja baik; bisa lebih aktif berbagi pengetahuan dengan tim.',
  ],
  [Rating.DI_BAWAH_EKSPEKTASI]: [
    'Perlu perbaikan; kita bahas rencana pembinaannya pada pertemuan berikutnya.',
    'Beberapa kali belum sesuai arahan; mohon lebih disiplin dan berkoordinasi.',
  ],
};
const TARGET_FEEDBACK = [
  'Target triwulan ini tercapai; dokumentasi bukti dukung sudah rapi.',
  'Capaian masih di bawah target; perlu percepatan pada triwulan berikutnya.',
  'Kualitas hasil kerja baik; perhatikan ketepatan waktu pelaporan.',
];
const SUMMARIES: Record<Predicate, string> = {
  [Predicate.SANGAT_BAIK]: 'Kinerja tahun ini sangat baik, hasil dan perilaku di atas ekspektasi.',
  [Predicate.BAIK]: 'Kinerja tahun ini baik dan sesuai ekspektasi.',
  [Predicate.BUTUH_PERBAIKAN]: 'Hasil kerja belum mencapai ekspektasi; disusun rencana pembinaan.',
  [Predicate.KURANG]: 'Perilaku kerja belum sesuai ekspektasi; perlu pembinaan oleh atasan.',
  [Predicate.SANGAT_KURANG]: 'Hasil dan perilaku kerja di bawah ekspektasi; pembinaan intensif.',
};
const RATING_STEPS = [
  Rating.DI_BAWAH_EKSPEKTASI,
  Rating.SESUAI_EKSPEKTASI,
  Rating.DI_ATAS_EKSPEKTASI,
];
const CORE_VALUES = Object.values(CoreValue);

/** The evaluations of one plan (and their feedback), the same on every call. */
function evaluationsOf(plan: ScaleSkpPlan, firstId: number) {
  const random = streamOf(STREAM.evaluation, plan.id);
  const profile = profileOf(`scale-${plan.employeeId}`);
  const rows: Partial<Evaluation>[] = [];
  const feedback: Partial<EvaluationFeedback>[] = [];
  const ranges = periodsOf({ year: plan.year });
  for (const period of evaluatedPeriodsOf(plan.year)) {
    const id = firstId + rows.length;
    const achievement = plan.achievements[period] ?? null;
    const suggested = suggestResultRating({ achievement, ...CUTOFFS });
    let resultRating = suggested ?? Rating.DI_BAWAH_EKSPEKTASI;
    if (random.chance(OVERRIDE_SHARE)) {
      const step = RATING_STEPS.indexOf(resultRating) + (random.chance(0.5) ? 1 : -1);
      resultRating = RATING_STEPS[Math.min(2, Math.max(0, step))];
    }
    const roll = random.next();
    const behaviorRating =
      roll < (profile.tendency === 'high' ? 0.4 : 0.12)
        ? Rating.DI_ATAS_EKSPEKTASI
        : roll > (profile.tendency === 'low' ? 0.85 : 0.97)
          ? Rating.DI_BAWAH_EKSPEKTASI
          : Rating.SESUAI_EKSPEKTASI;
    const { predicate, predicateLevel } = computePredicate({ resultRating, behaviorRating });

    const lateReports =
      achievement !== null &&
      plan.year === SCALE_ACTIVE_YEAR &&
      period === Period.TW3 &&
      profile.behindThisQuarter;
    const draft =
      plan.year === SCALE_ACTIVE_YEAR &&
      period === Period.TW3 &&
      (lateReports || random.chance(TW3_DRAFT_SHARE));
    const status = draft
      ? EvaluationStatus.DRAFT
      : random.chance(ACKNOWLEDGED_SHARE)
        ? EvaluationStatus.ACKNOWLEDGED
        : EvaluationStatus.FINAL;
    const endsOn = ranges.find((range) => range.period === period)!.endsOn;
    // Drafted after the period and finalised within a day or two: mostly by the 15-day deadline.
    const createdAt = jakartaAt(endsOn, random.int(2, 16), 8 * 60 + random.int(0, 7 * 60));
    const finalizedAt = draft
      ? null
      : new Date(createdAt.getTime() + random.int(1, 48) * 60 * MINUTE);
    const acknowledgedAt =
      status === EvaluationStatus.ACKNOWLEDGED
        ? new Date(finalizedAt!.getTime() + random.int(2, 120) * 60 * MINUTE)
        : null;
    rows.push({
      id,
      planId: plan.id,
      employeeId: plan.employeeId,
      cycleId: plan.cycleId,
      evaluatorId: plan.evaluatorId!,
      period,
      resultRating,
      behaviorRating,
      predicate,
      predicateLevel,
      achievement,
      suggestedResultRating: suggested,
      differsFromSuggestion: suggested !== null && suggested !== resultRating,
      summary: period === Period.ANNUAL ? SUMMARIES[predicate] : null,
      status,
      version: { DRAFT: 1, FINAL: 2, ACKNOWLEDGED: 3 }[status],
      finalizedAt,
      acknowledgedAt,
      revision: 0,
      revisionOfId: null,
      supersededAt: null,
      createdAt,
      updatedAt: acknowledgedAt ?? finalizedAt ?? createdAt,
    });
    // Feedback on one or two values every year-end, now and then during the year.
    const values = period === Period.ANNUAL ? random.int(1, 2) : random.chance(0.2) ? 1 : 0;
    const first = random.int(0, CORE_VALUES.length - 1);
    for (let n = 0; n < values; n += 1) {
      const rating = n === 0 ? behaviorRating : Rating.SESUAI_EKSPEKTASI;
      feedback.push({
        evaluationId: id,
        workTargetId: null,
        coreValue:
          CORE_VALUES[(first + n * random.int(1, CORE_VALUES.length - 1)) % CORE_VALUES.length],
        rating,
        text: random.pick(FEEDBACK_TEXT[rating]),
      });
    }
    if (random.chance(0.1))
      feedback.push({
        evaluationId: id,
        workTargetId: random.pick(plan.targets).id,
        coreValue: null,
        rating: null,
        text: random.pick(TARGET_FEEDBACK),
      });
  }
  return { rows, feedback };
}

/**
 * What the stored training effects need of each evaluation, recorded as the evaluations are
 * generated (index id − 1), so their phase regenerates none and the plans need not outlive the
 * SKP phases: in `periodAndRating` the period (its index in ALL_PERIODS, bits 0–2), the result
 * rating (its level 1–3, bits 3–4) and whether it is in force (bit 5); in `valueRatings` the
 * rating its feedback gives each BerAKHLAK value, two bits a value in CORE_VALUES order (0: none).
 * Three bytes an evaluation: 27 MB at 500 000 employees.
 */
export type EvaluationFacts = { periodAndRating: Uint8Array; valueRatings: Uint16Array };

const IN_FORCE_BIT = 1 << 5;

export function emptyEvaluationFacts(evaluations: number): EvaluationFacts {
  return {
    periodAndRating: new Uint8Array(evaluations),
    valueRatings: new Uint16Array(evaluations),
  };
}

/**
 * Every evaluation of every evaluated plan of `plans`, plan by plan, as the evaluations phase
 * writes them, ids from `firstId`; their feedback is appended to `feedback` and their facts
 * recorded into `facts`.
 */
export function* scaleEvaluations(
  plans: readonly ScaleSkpPlan[],
  firstId: number,
  facts: EvaluationFacts,
  feedback: Partial<EvaluationFeedback>[],
): Generator<Partial<Evaluation>> {
  let nextId = firstId;
  for (const row of plans) {
    if (row.evaluatorId === null) continue;
    const made = evaluationsOf(row, nextId);
    nextId += made.rows.length;
    for (const evaluation of made.rows)
      facts.periodAndRating[evaluation.id! - 1] =
        ALL_PERIODS.indexOf(evaluation.period as (typeof ALL_PERIODS)[number]) |
        ((RATING_STEPS.indexOf(evaluation.resultRating!) + 1) << 3) |
        (IN_FORCE_STATUSES.includes(evaluation.status!) ? IN_FORCE_BIT : 0);
    // A later rating of the same value wins, as in toEvaluationPoints.
    for (const item of made.feedback) {
      if (!item.coreValue || !item.rating) continue;
      const shift = 2 * CORE_VALUES.indexOf(item.coreValue);
      const at = item.evaluationId! - 1;
      facts.valueRatings[at] =
        (facts.valueRatings[at] & ~(3 << shift)) |
        ((RATING_STEPS.indexOf(item.rating) + 1) << shift);
    }
    feedback.push(...made.feedback);
    yield* made.rows;
  }
}

// Bound parameters per INSERT stay under SQLite's 32 766 (MySQL allows 65 535); 1 000 employee
// rows are about 300 kB, far below MariaDB's default 16 MB max_allowed_packet.
const PARAMETER_BUDGET = 30_000;
const MAX_ROWS_PER_INSERT = 1_000;
const HEAD_UPDATES_PER_REPORT = 100;

/**
 * Inserts rows in multi-row INSERTs as they come, so millions of them never sit in memory. The
 * statement is written here rather than by TypeORM's insert builder, which spends more time
 * building a large INSERT than the database spends running it; values still go through the
 * driver's own conversion (dates, booleans, transformers) and are bound, never inlined. Columns
 * are those the first row names (the others take their defaults). Returns the rows written.
 */
async function insertInChunks<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: Iterable<Partial<T>>,
  onChunk: (done: number) => void = () => {},
): Promise<number> {
  const { driver } = manager.connection;
  const metadata = manager.connection.getMetadata(target);
  let columns: ColumnMetadata[] = [];
  let head = '';
  let size = MAX_ROWS_PER_INSERT;
  let params: unknown[] = [];
  let pending = 0;
  let done = 0;
  const flush = async () => {
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    await manager.query(`${head}${Array(pending).fill(tuple).join(', ')}`, params);
    done += pending;
    pending = 0;
    params = [];
    onChunk(done);
  };
  for (const row of rows) {
    if (columns.length === 0) {
      columns = metadata.columns.filter((column) => column.propertyName in row);
      const names = columns.map((column) => driver.escape(column.databaseName));
      head = `INSERT INTO ${driver.escape(metadata.tablePath)} (${names.join(', ')}) VALUES `;
      size = Math.min(MAX_ROWS_PER_INSERT, Math.floor(PARAMETER_BUDGET / columns.length));
    }
    for (const column of columns)
      params.push(driver.preparePersistentValue(row[column.propertyName] ?? null, column));
    pending += 1;
    if (pending === size) await flush();
  }
  if (pending > 0) await flush();
  return done;
}

async function countExisting(manager: EntityManager) {
  return {
    units: await manager.count(OrgUnit),
    positions: await manager.count(Position),
    employees: await manager.count(Employee),
    accounts: await manager.count(Account),
    cycles: await manager.count(PerformanceCycle),
  };
}

async function assertEmpty(manager: EntityManager) {
  const existing = await countExisting(manager);
  if (Object.values(existing).some((count) => count > 0)) {
    throw new Error(
      `The scale generator only writes to an empty database, and this one already has ${existing.units} units, ${existing.positions} positions, ${existing.employees} employees, ${existing.accounts} accounts and ${existing.cycles} cycles. ` +
        'Scale data is for benchmarks and must not be mixed with the demo: point DATABASE_URL at a new database.',
    );
  }
}

/**
 * On MySQL, switches foreign-key and unique checks off for this session while the SKP tables are
 * written, as mysqldump does: every reference is built in order here, SQLite (checks on) and the
 * tests prove them, and the checks cost half the write time at 50 000 employees.
 */
async function withBulkChecksOff<T>(manager: EntityManager, write: () => Promise<T>): Promise<T> {
  if (manager.connection.driver.options.type === 'better-sqlite3') return write();
  await manager.query('SET SESSION foreign_key_checks = 0, unique_checks = 0');
  try {
    return await write();
  } finally {
    await manager.query('SET SESSION foreign_key_checks = 1, unique_checks = 1');
  }
}

type SkpCounts = Pick<
  ScaleCounts,
  | 'cycles'
  | 'plans'
  | 'workTargets'
  | 'indicators'
  | 'behaviorExpectations'
  | 'realizations'
  | 'evaluations'
  | 'evaluationFeedback'
  | 'organizationPredicates'
>;

function* behaviorExpectationsOf(
  plans: readonly ScaleSkpPlan[],
): Generator<Partial<BehaviorExpectation>> {
  for (const plan of plans) {
    const random = streamOf(STREAM.expectation, plan.id);
    // A supervisor writes a specific expectation for one value in about a fifth of the plans.
    const specific =
      plan.evaluatorId !== null && random.chance(0.2) ? random.pick(CORE_VALUES) : null;
    for (const coreValue of CORE_VALUES)
      yield {
        planId: plan.id,
        coreValue,
        specificExpectation:
          coreValue === specific ? random.pick(SPECIFIC_EXPECTATIONS[coreValue]) : null,
      };
  }
}

function* realizationsOf(plans: readonly ScaleSkpPlan[]): Generator<Partial<Realization>> {
  for (const plan of plans) {
    const ranges = periodsOf({ year: plan.year });
    let n = 0;
    for (const target of plan.targets) {
      for (const indicator of target.indicators) {
        n += 1;
        const random = streamOf(STREAM.realization, indicator.id);
        for (const [index, period] of ALL_PERIODS.entries()) {
          const value = indicator.values[index];
          if (Number.isNaN(value)) continue;
          const endsOn = ranges[index].endsOn;
          yield {
            indicatorId: indicator.id,
            period,
            value,
            evidenceUrl: `${EVIDENCE_BASE_URL}/${plan.year}/${plan.nip}/${period.toLowerCase()}-${n}.pdf`,
            note: random.chance(0.1) ? random.pick(EVIDENCE_NOTES) : null,
            submittedAt: jakartaAt(endsOn, random.int(1, 14), 8 * 60 + random.int(0, 7 * 60)),
            replacedAt: null,
          };
        }
      }
    }
  }
}

/** The rows each SKP phase writes, from a planning pass that keeps none of the plans. */
function countScaleSkp(plan: ScalePlan, batchEmployees: number): Record<SkpPhase, number> {
  const totals = Object.fromEntries(SKP_PHASES.map((phase) => [phase, 0])) as Record<
    SkpPhase,
    number
  >;
  for (const plans of planScaleSkp(plan, batchEmployees))
    for (const row of plans) {
      totals.plans += 1;
      totals.workTargets += row.targets.length;
      for (const target of row.targets) totals.indicators += target.indicators.length;
      totals.realizations += row.realizations;
      if (row.evaluatorId === null) continue;
      // The feedback is drawn with the evaluations: only generating them counts it.
      const made = evaluationsOf(row, 1);
      totals.evaluations += made.rows.length;
      totals.evaluationFeedback += made.feedback.length;
    }
  totals.behaviorExpectations = totals.plans * CORE_VALUES.length;
  return totals;
}

/**
 * Cycles, SKP, realisations, evaluations and organisation predicates, in the caller's
 * transaction, `batchEmployees` plans at a time: a batch's plans, RHK, IKI, expectations,
 * realisations, evaluations and feedback are written, then dropped, so the heap holds one batch
 * whatever the size of the kecamatan. Each table gets its rows in the order one batch of everyone
 * would give it (explicit and auto-increment ids alike); the phases advance side by side, batch
 * by batch, toward totals counted first by a planning pass that keeps nothing.
 */
async function writeScaleSkp(
  manager: EntityManager,
  plan: ScalePlan,
  report: PhaseReporter,
  batchEmployees: number,
): Promise<{ counts: SkpCounts; development: ScaleDevelopmentInput }> {
  const cycles = scaleCycles();
  await insertInChunks(
    manager,
    PerformanceCycle,
    cycles.map((cycle) => ({ ...cycle, ...CUTOFFS, version: 1 })),
  );
  const totals = countScaleSkp(plan, batchEmployees);
  const tell = Object.fromEntries(
    SKP_PHASES.map((phase) => [phase, report(phase, totals[phase])]),
  ) as Record<SkpPhase, (done: number) => void>;
  const written = Object.fromEntries(SKP_PHASES.map((phase) => [phase, 0])) as Record<
    SkpPhase,
    number
  >;
  const write = async <T extends ObjectLiteral>(
    phase: SkpPhase,
    target: EntityTarget<T>,
    rows: Iterable<Partial<T>>,
  ) => {
    const before = written[phase];
    written[phase] += await insertInChunks(manager, target, rows, (done) =>
      tell[phase](before + done),
    );
  };
  // What the development phases need of the plans: nine bytes a plan.
  const plans: ScaleDevelopmentInput['plans'] = {
    employeeId: new Int32Array(totals.plans),
    cycle: new Uint8Array(totals.plans),
    evaluatorId: new Int32Array(totals.plans),
  };
  const facts = emptyEvaluationFacts(totals.evaluations);

  for (const batch of planScaleSkp(plan, batchEmployees)) {
    for (const row of batch) {
      plans.employeeId[row.id - 1] = row.employeeId;
      plans.cycle[row.id - 1] = row.cycleId - 1;
      plans.evaluatorId[row.id - 1] = row.evaluatorId ?? 0;
    }
    await write(
      'plans',
      PerformancePlan,
      batch.map((row) => ({
        id: row.id,
        employeeId: row.employeeId,
        cycleId: row.cycleId,
        approach: row.approach,
        evaluatorId: row.evaluatorId,
        status: PlanStatus.APPROVED,
        returnReason: null,
        submittedAt: row.submittedAt,
        approvedAt: row.approvedAt,
        version: 1,
        createdAt: row.createdAt,
      })),
    );
    await write(
      'workTargets',
      WorkTarget,
      batch.flatMap((row) =>
        row.targets.map((target) => ({
          id: target.id,
          planId: row.id,
          kind: target.kind,
          description: target.template.description,
          parentTargetId: target.parentTargetId,
          sortOrder: target.sortOrder,
        })),
      ),
    );
    await write(
      'indicators',
      Indicator,
      batch.flatMap((row) =>
        row.targets.flatMap((target) =>
          target.indicators.map((indicator) => ({
            id: indicator.id,
            workTargetId: target.id,
            aspect: indicator.template.aspect,
            description: fill(indicator.template.description, row.place),
            target: indicator.target,
            unit: indicator.template.unit,
            direction: indicator.template.direction,
            aggregation: indicator.aggregation,
            ...quarterColumns(indicator.quarterTargets),
          })),
        ),
      ),
    );
    await write('behaviorExpectations', BehaviorExpectation, behaviorExpectationsOf(batch));
    await write('realizations', Realization, realizationsOf(batch));
    const feedback: Partial<EvaluationFeedback>[] = [];
    await write(
      'evaluations',
      Evaluation,
      scaleEvaluations(batch, written.evaluations + 1, facts, feedback),
    );
    await write('evaluationFeedback', EvaluationFeedback, feedback);
  }
  for (const phase of SKP_PHASES)
    if (written[phase] !== totals[phase])
      throw new Error(`${phase}: wrote ${written[phase]} rows of the ${totals[phase]} counted`);

  const predicates = organizationPredicatesOf(plan, cycles);
  await insertInChunks(
    manager,
    OrganizationPredicate,
    predicates,
    report('organizationPredicates', predicates.length),
  );
  const counts: SkpCounts = {
    cycles: cycles.length,
    ...totals,
    organizationPredicates: predicates.length,
  };
  return { counts, development: { plans, evaluations: facts } };
}

/** The tables of millions of rows, whose secondary indexes are built after the load on MySQL. */
const DEFERRED_INDEX_TABLES = [
  [PerformancePlan, 'plans'],
  [WorkTarget, 'workTargets'],
  [Indicator, 'indicators'],
  [BehaviorExpectation, 'behaviorExpectations'],
  [Realization, 'realizations'],
  [Evaluation, 'evaluations'],
  [EvaluationFeedback, 'evaluationFeedback'],
  [DevelopmentPlan, 'developmentPlans'],
  [DevelopmentActivity, 'developmentActivities'],
  [TrainingEffect, 'trainingEffects'],
] as const satisfies readonly (readonly [EntityTarget<ObjectLiteral>, keyof ScaleCounts])[];

/** Employees per progress report while the stored training effects are computed. */
const EFFECT_EMPLOYEES_PER_REPORT = 2_000;

/** The SKP plans as the development phases need them (index: plan id − 1), and evaluation facts. */
export type ScaleDevelopmentInput = {
  plans: {
    employeeId: Int32Array;
    /** The plan's cycle: its index in SCALE_CYCLE_YEARS (its id − 1). */
    cycle: Uint8Array;
    /** 0: none (the Camat's plans). */
    evaluatorId: Int32Array;
  };
  evaluations: EvaluationFacts;
};
type DevelopmentProgram = Pick<TrainingProgram, 'id' | 'title' | 'hours'>;
/** The largest of `values` (0 if none); spreading millions of arguments overflows the stack. */
const largestOf = (values: Int32Array) =>
  values.reduce((largest, value) => Math.max(largest, value), 0);

/**
 * The development plan beside SKP plan `index` (with its id) and its activities, ids from
 * `firstActivityId`, the same on every call: one to three catalogue programmes a year (none to
 * two in the active year), done in the closed years on a day between February and November, part
 * done, in progress or planned in the active one; now and then one cancelled with its reason.
 */
export function scaleDevelopmentOf(
  plans: ScaleDevelopmentInput['plans'],
  index: number,
  firstActivityId: number,
  programs: readonly DevelopmentProgram[],
) {
  const employeeId = plans.employeeId[index];
  const year = SCALE_CYCLE_YEARS[plans.cycle[index]];
  const random = streamOf(STREAM.development, employeeId, year);
  const planId = index + 1;
  const plan: Partial<DevelopmentPlan> = {
    id: planId,
    employeeId,
    cycleId: plans.cycle[index] + 1,
    createdAt: jakartaAt(`${year}-01-10`, random.int(0, 20), 9 * 60),
  };
  const activities: Partial<DevelopmentActivity>[] = [];
  const active = year === SCALE_ACTIVE_YEAR;
  const count = active ? random.int(0, 2) : random.int(1, 3);
  for (let n = 0; n < count; n += 1) {
    const program = random.pick(programs);
    const dueDate = `${year}-${pad(random.int(2, 11))}-${pad(random.int(1, 28))}`;
    const roll = random.next();
    const status =
      roll < 0.05
        ? ActivityStatus.CANCELLED
        : !active || (dueDate <= ACTIVE_YEAR_REPORTED_UNTIL && roll < 0.7)
          ? ActivityStatus.DONE
          : roll < 0.85
            ? ActivityStatus.IN_PROGRESS
            : ActivityStatus.PLANNED;
    const done = status === ActivityStatus.DONE;
    activities.push({
      id: firstActivityId + n,
      planId,
      employeeId,
      kind: ActivityKind.TRAINING,
      programId: program.id,
      title: program.title,
      reason: random.pick(GENERAL_REASONS).replace('{tahun}', String(year)),
      jp: program.hours,
      status,
      dueDate,
      completedOn: done ? dueDate : null,
      cancelReason:
        status === ActivityStatus.CANCELLED ? 'Jadwal bentrok dengan tugas pelayanan.' : null,
      version: status === ActivityStatus.PLANNED ? 1 : 2,
    });
  }
  return { plan, activities };
}

/**
 * How the development activities are numbered, from one pass over the plans that keeps none of
 * them: the id of each plan's first activity (one more entry: the next free id), and the trainees
 * (employees with an activity) in the order their first activity comes.
 */
export type ScaleActivityNumbering = { firstActivityIds: Int32Array; trainees: Int32Array };

export function numberScaleActivities(
  plans: ScaleDevelopmentInput['plans'],
  programs: readonly DevelopmentProgram[],
): ScaleActivityNumbering {
  const count = plans.employeeId.length;
  const firstActivityIds = new Int32Array(count + 1);
  const seen = new Uint8Array(largestOf(plans.employeeId) + 1);
  const trainees: number[] = [];
  let next = 1;
  for (let index = 0; index < count; index += 1) {
    firstActivityIds[index] = next;
    const made = scaleDevelopmentOf(plans, index, next, programs).activities.length;
    next += made;
    const employeeId = plans.employeeId[index];
    if (made > 0 && seen[employeeId] === 0) {
      seen[employeeId] = 1;
      trainees.push(employeeId);
    }
  }
  firstActivityIds[count] = next;
  return { firstActivityIds, trainees: Int32Array.from(trainees) };
}

/**
 * The stored training effects of every trainee, computed in memory as the API's
 * `refreshTrainingEffects` computes them from the database (the same pure rule), one employee at
 * a time from the facts recorded while the evaluations were written (`scaleEvaluations`) and
 * their activities regenerated from their streams (`scaleDevelopmentOf`): nothing is read back,
 * nothing is kept of the employees done, and each employee costs the same whatever the
 * kecamatan's size. `onEmployees` is told how many trainees are done now and then.
 */
export function* scaleTrainingEffects(
  { plans, evaluations: facts }: ScaleDevelopmentInput,
  { firstActivityIds, trainees }: ScaleActivityNumbering,
  programs: readonly DevelopmentProgram[],
  onEmployees: (done: number) => void = () => {},
): Generator<StoredEffect> {
  const count = plans.employeeId.length;
  const firstIds = new Int32Array(count);
  let next = 1;
  for (let index = 0; index < count; index += 1) {
    firstIds[index] = next;
    if (plans.evaluatorId[index] !== 0)
      next += evaluatedPeriodsOf(SCALE_CYCLE_YEARS[plans.cycle[index]]).length;
  }
  // Each employee's plans in plan order: employee e's at planIndexes[starts[e]…starts[e + 1]).
  const starts = new Int32Array(largestOf(plans.employeeId) + 2);
  for (const employeeId of plans.employeeId) starts[employeeId + 1] += 1;
  for (let at = 1; at < starts.length; at += 1) starts[at] += starts[at - 1];
  const planIndexes = new Int32Array(count);
  const filled = starts.slice();
  for (let index = 0; index < count; index += 1)
    planIndexes[filled[plans.employeeId[index]]++] = index;

  let done = 0;
  for (const employeeId of trainees) {
    done += 1;
    if (done % EFFECT_EMPLOYEES_PER_REPORT === 0) onEmployees(done);
    const own = planIndexes.subarray(starts[employeeId], starts[employeeId + 1]);
    const completions: EffectCompletion[] = [];
    for (const index of own)
      for (const activity of scaleDevelopmentOf(plans, index, firstActivityIds[index], programs)
        .activities) {
        if (activity.status !== ActivityStatus.DONE || !activity.programId || !activity.completedOn)
          continue;
        completions.push({
          activityId: activity.id!,
          employeeId,
          programId: activity.programId,
          completedOn: activity.completedOn,
        });
      }
    if (completions.length === 0) continue;
    const evaluations: { id: number; cycleYear: number; period: Period; resultRating: Rating }[] =
      [];
    const ratings: { evaluationId: number; coreValue: CoreValue; rating: Rating }[] = [];
    for (const index of own) {
      if (plans.evaluatorId[index] === 0) continue;
      const year = SCALE_CYCLE_YEARS[plans.cycle[index]];
      const periods = evaluatedPeriodsOf(year).length;
      for (let id = firstIds[index]; id < firstIds[index] + periods; id += 1) {
        const code = facts.periodAndRating[id - 1];
        if ((code & IN_FORCE_BIT) === 0) continue;
        evaluations.push({
          id,
          cycleYear: year,
          period: ALL_PERIODS[code & 7],
          resultRating: RATING_STEPS[((code >> 3) & 3) - 1],
        });
        const values = facts.valueRatings[id - 1];
        CORE_VALUES.forEach((coreValue, value) => {
          const level = (values >> (2 * value)) & 3;
          if (level > 0)
            ratings.push({ evaluationId: id, coreValue, rating: RATING_STEPS[level - 1] });
        });
      }
    }
    yield* computeStoredEffects({
      completions,
      evaluations: toEvaluationPoints(evaluations, ratings),
    });
  }
}

/**
 * A development plan beside every SKP, its activities and their stored effects, streamed: the
 * plans, activities and effects are regenerated from their streams as each phase writes them, so
 * only the numbering (`numberScaleActivities`) is kept, a few bytes a plan.
 */
async function writeScaleDevelopment(
  manager: EntityManager,
  input: ScaleDevelopmentInput,
  report: PhaseReporter,
) {
  await insertInChunks(manager, TrainingProgram, catalogueRows());
  const programs = (await manager.find(TrainingProgram)).filter(
    (program) => program.retiredAt === null,
  );
  const { plans } = input;
  const count = plans.employeeId.length;
  const numbering = numberScaleActivities(plans, programs);
  const { firstActivityIds, trainees } = numbering;
  const activities = firstActivityIds[count] - 1;
  await withBulkChecksOff(manager, async () => {
    await insertInChunks(
      manager,
      DevelopmentPlan,
      (function* () {
        for (let index = 0; index < count; index += 1)
          yield scaleDevelopmentOf(plans, index, firstActivityIds[index], programs).plan;
      })(),
      report('developmentPlans', count),
    );
    await insertInChunks(
      manager,
      DevelopmentActivity,
      (function* () {
        for (let index = 0; index < count; index += 1)
          yield* scaleDevelopmentOf(plans, index, firstActivityIds[index], programs).activities;
      })(),
      report('developmentActivities', activities),
    );
    const effectsDone = report('trainingEffects', trainees.length);
    await insertInChunks(
      manager,
      TrainingEffect,
      scaleTrainingEffects(input, numbering, programs, effectsDone),
    );
    effectsDone(trainees.length);
  });
  return {
    trainingPrograms: programs.length,
    developmentPlans: count,
    developmentActivities: activities,
    trainingEffects: await manager.count(TrainingEffect),
  };
}

/**
 * Riwayat jabatan: one current row per employee, their post since their appointment (the NIP's
 * TMT CPNS month for PNS, the appointment year for PPPK), in one INSERT … SELECT.
 */
async function writeScaleJobHistory(manager: EntityManager): Promise<void> {
  const mysql = manager.connection.options.type !== 'better-sqlite3';
  const join = (...parts: string[]) => (mysql ? `CONCAT(${parts.join(', ')})` : parts.join(' || '));
  const startsOn = `CASE WHEN employee.employmentType = 'PNS' THEN ${join(
    'SUBSTR(employee.nip, 9, 4)',
    "'-'",
    'SUBSTR(employee.nip, 13, 2)',
    "'-01'",
  )} ELSE ${join('SUBSTR(employee.nip, 9, 4)', "'-01-01'")} END`;
  const q = (name: string) => manager.connection.driver.escape(name);
  await manager.query(
    `INSERT INTO ${q('job_history')} (${q('employeeId')}, ${q('unitId')}, ${q('positionId')}, ${q('rank')}, ${q('supervisorId')}, ${q('kind')}, ${q('startsOn')}, ${q('endsOn')}, ${q('decreeNumber')}) ` +
      `SELECT employee.id, employee.unitId, employee.positionId, employee.${q('rank')}, employee.supervisorId, 'PENGANGKATAN', ${startsOn}, NULL, NULL FROM ${q('employee')} employee`,
  );
}

/**
 * The organisation: positions, units and their closure, employees, unit heads, reporting lines,
 * accounts (one password hash for all) and riwayat jabatan, in the caller's transaction. The
 * closures and accounts are made here and dropped on return.
 */
async function writeScaleOrganisation(
  manager: EntityManager,
  plan: ScalePlan,
  passwordHash: string,
  report: PhaseReporter,
): Promise<Pick<ScaleCounts, OrganisationCount>> {
  const unitClosure = computeClosure({
    parentOf: new Map(plan.units.map((unit) => [unit.id, unit.parentId])),
  });
  const reportingLines = computeClosure({
    parentOf: new Map(plan.employees.map((employee) => [employee.id, employee.supervisorId])),
  });
  const ownAccounts: Partial<Account>[] = [
    { username: DEMO_USERNAMES.admin, passwordHash, roles: [Role.HR_ADMIN], employeeId: null },
    {
      username: DEMO_USERNAMES.camat,
      passwordHash,
      roles: [Role.EMPLOYEE, Role.LEADER],
      employeeId: plan.camatId,
    },
    { username: DEMO_USERNAMES.analyst, passwordHash, roles: [Role.ANALYST], employeeId: null },
  ].map((account) => ({ ...account, active: true }));
  // Made as they are written: the Camat's is among the three above.
  const accountCount = ownAccounts.length + plan.employees.length - 1;
  function* accounts(): Generator<Partial<Account>> {
    yield* ownAccounts;
    for (const employee of plan.employees) {
      if (employee.id === plan.camatId) continue;
      yield {
        username: employee.nip,
        passwordHash,
        roles: [Role.EMPLOYEE],
        employeeId: employee.id,
        active: employee.active,
      };
    }
  }

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
  await insertInChunks(manager, Account, accounts(), report('accounts', accountCount));
  await writeScaleJobHistory(manager);
  return {
    units: plan.units.length,
    positions: plan.positions.length,
    employees: plan.employees.length,
    unitClosure: unitClosure.length,
    reportingLines: reportingLines.length,
    accounts: accountCount,
  };
}

type OrganisationCount =
  'units' | 'positions' | 'employees' | 'unitClosure' | 'reportingLines' | 'accounts';

/**
 * The organisation of `plan`, then its SKP (the SKP phases hold one batch of plans with their RHK,
 * IKI and values at a time), in the caller's transaction; returns what the development phases need
 * of the plans (`ScaleDevelopmentInput`: nine bytes a plan and three bytes an evaluation).
 */
async function writeScalePeopleAndSkp(
  manager: EntityManager,
  plan: ScalePlan,
  {
    passwordHash,
    report,
    batchEmployees,
  }: {
    passwordHash: string;
    report: PhaseReporter;
    batchEmployees: number;
  },
) {
  const organisation = await writeScaleOrganisation(manager, plan, passwordHash, report);
  const { counts, development } = await withBulkChecksOff(manager, () =>
    writeScaleSkp(manager, plan, report, batchEmployees),
  );
  return { counts: { ...organisation, ...counts }, development, auditedUnitId: plan.units[0].id };
}

/**
 * Writes `planScale({ employees })` and its accounts to an empty database in one transaction;
 * then four cycles of SKP, realisations and evaluations for every active employee
 * (`planScaleSkp`), `batchEmployees` at a time; refuses (changing nothing) when units,
 * positions, employees, accounts or cycles already exist. On MySQL the secondary indexes of
 * `DEFERRED_INDEX_TABLES` are dropped before that transaction and built after it commits (a
 * failed load gets them back on its empty tables); should building them fail, the error says to
 * drop the database and seed a new one. Last, every table's optimiser statistics are refreshed.
 */
export async function seedScale(
  dataSource: DataSource,
  {
    employees,
    password,
    onProgress = () => {},
    batchEmployees = SKP_BATCH_EMPLOYEES,
  }: ScaleOptions,
): Promise<ScaleCounts> {
  assertScaleSize(employees);
  if (!Number.isInteger(batchEmployees) || batchEmployees < 1)
    throw new Error(`A batch needs at least one employee; got ${batchEmployees}`);
  await assertEmpty(dataSource.manager);
  // Hashed once and shared by every account: 50 000 argon2id hashes would take about an hour, and
  // these are benchmark accounts with one known password, not real ones, so salts buy nothing.
  const passwordHash = await hashPassword(password);

  const report: PhaseReporter = (phase, total) => {
    onProgress({ phase, done: 0, total });
    return (done: number) => onProgress({ phase, done, total });
  };

  // On MySQL the big tables get their secondary indexes after the load (`deferSecondaryIndexes`):
  // dropped now, while empty, and built by one sort each once the rows are committed.
  const indexes = await deferSecondaryIndexes(
    dataSource,
    DEFERRED_INDEX_TABLES.map(([target]) => target),
  );
  let written: ScaleCounts;
  try {
    written = await dataSource.transaction(async (manager) => {
      await assertEmpty(manager);

      // The plan of every employee is made and dropped within this call: what the development
      // phases need of it is `development` (typed arrays), and half a million employees' objects
      // left on the heap would make every garbage collection after it mark them again.
      const {
        counts: peopleAndSkp,
        development,
        auditedUnitId,
      } = await writeScalePeopleAndSkp(manager, planScale({ employees }), {
        passwordHash,
        report,
        batchEmployees,
      });
      // The counts kept per unit (calibration, kecamatan summary), from the evaluations just written.
      await recountAllUnits(manager);
      const developmentCounts = await writeScaleDevelopment(manager, development, report);
      const counts: ScaleCounts = { ...peopleAndSkp, ...developmentCounts };
      await recordAudit(manager, {
        actor: null,
        action: 'syntheticData.seed',
        entity: 'OrgUnit',
        entityId: auditedUnitId,
        after: counts,
        reason: `Synthetic scale data for benchmarks (${employees} employees) on an empty database`,
      });
      return counts;
    });
  } catch (error) {
    // Rolled back: the tables are empty again, so their indexes come back at once.
    await indexes.restore();
    throw error;
  }
  try {
    // Reported in rows indexed, table by table.
    const rows = DEFERRED_INDEX_TABLES.map(([, key]) => (indexes.tables > 0 ? written[key] : 0));
    const rowsUpTo = (tables: number) => rows.slice(0, tables).reduce((sum, n) => sum + n, 0);
    const indexed = report('indexes', rowsUpTo(rows.length));
    await indexes.restore((tables) => indexed(rowsUpTo(tables)));
  } catch (error) {
    throw new Error(
      `The scale data of ${employees} employees is written but building its indexes failed: drop this database and seed a new one (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  // The optimiser's statistics, which still describe the empty tables, refreshed from the rows.
  const tables = mappedTables(dataSource);
  await analyzeTables(dataSource, tables, report('statistics', tables.length));
  return written;
}
