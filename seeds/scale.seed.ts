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
import { deferSecondaryIndexes } from './bulk.util';
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
  | 'indexes';
export const SCALE_PHASES: readonly ScalePhase[] = [
  'units',
  'employees',
  'unitHeads',
  'reportingLines',
  'accounts',
  'plans',
  'workTargets',
  'indicators',
  'behaviorExpectations',
  'realizations',
  'evaluations',
  'evaluationFeedback',
  'organizationPredicates',
  'developmentPlans',
  'developmentActivities',
  'trainingEffects',
  'indexes',
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

export type ScaleSkpTarget = {
  id: number;
  kind: WorkTargetKind;
  template: TargetTemplate;
  parentTargetId: number | null;
  sortOrder: number;
  indicators: {
    id: number;
    template: IndicatorTemplate;
    target: number;
    aggregation: IndicatorAggregation;
    quarterTargets: number[];
  }[];
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
};
export type ScaleSkp = {
  cycles: { id: number; year: number; status: CycleStatus; createdAt: Date }[];
  /** Cycle by cycle, supervisors before the people they supervise: parent RHK ids come first. */
  plans: ScaleSkpPlan[];
  workTargets: number;
  indicators: number;
  /** Realised values by indicator id and period (index (id − 1) × 5 + period); NaN = not reported. */
  values: Float64Array;
  realizations: number;
  evaluations: number;
};

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

/**
 * Four cycles of SKP for every active employee of `plan`, the same on every call: an approved
 * plan per cycle whose RHK utama each intervene an RHK of the supervisor's plan (the Camat's stand
 * alone), 2–3 RHK of 1–2 IKI, and the realised value of every IKI for every ended period.
 */
export function planScaleSkp(plan: ScalePlan): ScaleSkp {
  const unitName = new Map(plan.units.map((unit) => [unit.id, unit.name]));
  const active = plan.employees.filter((employee) => employee.active);
  const depthOf = new Map<number, number>();
  for (const employee of plan.employees)
    depthOf.set(
      employee.id,
      employee.supervisorId === null ? 0 : depthOf.get(employee.supervisorId)! + 1,
    );
  const cycles = SCALE_CYCLE_YEARS.map((year, index) => ({
    id: index + 1,
    year,
    status: year === SCALE_ACTIVE_YEAR ? CycleStatus.ACTIVE : CycleStatus.CLOSED,
    createdAt: jakartaAt(`${year - 1}-12-01`, 0, 9 * 60),
  }));
  const plans: ScaleSkpPlan[] = [];
  const values: number[] = [];
  let targetId = 0;
  let indicatorId = 0;
  let realizations = 0;
  let evaluations = 0;

  for (const cycle of cycles) {
    const { year } = cycle;
    const periods = evaluatedPeriodsOf(year);
    const utamaOf = new Map<number, number[]>();
    for (const employee of active) {
      const random = streamOf(STREAM.plan, employee.id, year);
      const profile = profileOf(`scale-${employee.id}`);
      const place = KELURAHAN_OF.exec(unitName.get(employee.unitId)!)?.[1] ?? 'Gayungan';
      const isCamat = employee.supervisorId === null;
      const supervisorTargets = isCamat ? [] : utamaOf.get(employee.supervisorId!);
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
          ALL_PERIODS.forEach((period, index) => {
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
            values.push(value);
            if (!ended) return;
            if (!missing) {
              realizations += 1;
              reports[period] = value;
            }
            const { achievement } = computePeriodResult({
              plan: { target, quarterTargets, aggregation, direction: indicatorTemplate.direction },
              period,
              reports,
            });
            if (achievement !== null) reported.get(period)!.push(achievement);
          });
          return {
            id: indicatorId,
            template: indicatorTemplate,
            target,
            aggregation,
            quarterTargets,
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
      utamaOf.set(
        employee.id,
        targets.filter((target) => target.kind === WorkTargetKind.UTAMA).map((target) => target.id),
      );

      // Plans are approved down the line in the first working days of January.
      const approvedAt = jakartaAt(
        `${year}-01-02`,
        depthOf.get(employee.id)!,
        8 * 60 + random.int(0, 7 * 60),
      );
      const submittedAt = isCamat
        ? approvedAt
        : new Date(approvedAt.getTime() - random.int(10, 300) * MINUTE);
      const achievements: Partial<Record<Period, number>> = {};
      for (const [period, list] of reported)
        achievements[period] = computePlanAchievement({ achievements: list }) ?? undefined;
      if (!isCamat) evaluations += periods.length;
      plans.push({
        id: plans.length + 1,
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
      });
    }
  }
  return {
    cycles,
    plans,
    workTargets: targetId,
    indicators: indicatorId,
    values: Float64Array.from(values),
    realizations,
    evaluations,
  };
}

/**
 * Predicates for the kecamatan and its top-level units once a year is closed: the Camat's for the
 * units, and the kecamatan's own as the city decided it (a Keputusan Wali Kota a week before HR
 * records it, with its number).
 */
function organizationPredicatesOf(
  plan: ScalePlan,
  skp: ScaleSkp,
): Partial<OrganizationPredicate>[] {
  const units = plan.units.filter((unit) => unit.depth <= 1);
  return skp.cycles
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

/** The id of each plan's first evaluation (plans in order, ids from 1; the Camat's has none). */
function firstEvaluationIds(
  plans: readonly Pick<ScaleSkpPlan, 'evaluatorId' | 'year'>[],
): Int32Array {
  const ids = new Int32Array(plans.length);
  let next = 1;
  plans.forEach((plan, index) => {
    ids[index] = next;
    if (plan.evaluatorId !== null) next += evaluatedPeriodsOf(plan.year).length;
  });
  return ids;
}

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
 * Every evaluation of every evaluated plan, plan by plan, as the evaluations phase writes them;
 * their feedback is appended to `feedback` and their facts recorded into `facts`.
 */
export function* scaleEvaluations(
  skp: Pick<ScaleSkp, 'plans'>,
  facts: EvaluationFacts,
  feedback: Partial<EvaluationFeedback>[],
): Generator<Partial<Evaluation>> {
  const firstIds = firstEvaluationIds(skp.plans);
  for (const [index, row] of skp.plans.entries()) {
    if (row.evaluatorId === null) continue;
    const made = evaluationsOf(row, firstIds[index]);
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
 * are those the first row names (the others take their defaults).
 */
async function insertInChunks<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: Iterable<Partial<T>>,
  onChunk: (done: number) => void = () => {},
) {
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

function* behaviorExpectationsOf(plans: ScaleSkpPlan[]): Generator<Partial<BehaviorExpectation>> {
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

function* realizationsOf(skp: ScaleSkp): Generator<Partial<Realization>> {
  for (const plan of skp.plans) {
    const ranges = periodsOf({ year: plan.year });
    let n = 0;
    for (const target of plan.targets) {
      for (const indicator of target.indicators) {
        n += 1;
        const random = streamOf(STREAM.realization, indicator.id);
        for (const [index, period] of ALL_PERIODS.entries()) {
          const value = skp.values[(indicator.id - 1) * ALL_PERIODS.length + index];
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

/** Cycles, SKP, realisations, evaluations and organisation predicates, in the caller's transaction. */
async function writeScaleSkp(
  manager: EntityManager,
  plan: ScalePlan,
  report: (phase: ScalePhase, total: number) => (done: number) => void,
): Promise<{ counts: SkpCounts; development: ScaleDevelopmentInput }> {
  const skp = planScaleSkp(plan);
  await insertInChunks(
    manager,
    PerformanceCycle,
    skp.cycles.map((cycle) => ({ ...cycle, ...CUTOFFS, version: 1 })),
  );
  await insertInChunks(
    manager,
    PerformancePlan,
    skp.plans.map((row) => ({
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
    report('plans', skp.plans.length),
  );
  await insertInChunks(
    manager,
    WorkTarget,
    skp.plans.flatMap((row) =>
      row.targets.map((target) => ({
        id: target.id,
        planId: row.id,
        kind: target.kind,
        description: target.template.description,
        parentTargetId: target.parentTargetId,
        sortOrder: target.sortOrder,
      })),
    ),
    report('workTargets', skp.workTargets),
  );
  await insertInChunks(
    manager,
    Indicator,
    skp.plans.flatMap((row) =>
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
    report('indicators', skp.indicators),
  );
  const behaviorExpectations = skp.plans.length * CORE_VALUES.length;
  await insertInChunks(
    manager,
    BehaviorExpectation,
    behaviorExpectationsOf(skp.plans),
    report('behaviorExpectations', behaviorExpectations),
  );
  await insertInChunks(
    manager,
    Realization,
    realizationsOf(skp),
    report('realizations', skp.realizations),
  );

  const feedback: Partial<EvaluationFeedback>[] = [];
  const facts = emptyEvaluationFacts(skp.evaluations);
  await insertInChunks(
    manager,
    Evaluation,
    scaleEvaluations(skp, facts, feedback),
    report('evaluations', skp.evaluations),
  );
  await insertInChunks(
    manager,
    EvaluationFeedback,
    feedback,
    report('evaluationFeedback', feedback.length),
  );

  const predicates = organizationPredicatesOf(plan, skp);
  await insertInChunks(
    manager,
    OrganizationPredicate,
    predicates,
    report('organizationPredicates', predicates.length),
  );
  const counts: SkpCounts = {
    cycles: skp.cycles.length,
    plans: skp.plans.length,
    workTargets: skp.workTargets,
    indicators: skp.indicators,
    behaviorExpectations,
    realizations: skp.realizations,
    evaluations: skp.evaluations,
    evaluationFeedback: feedback.length,
    organizationPredicates: predicates.length,
  };
  // What the development phases need, so the plans with their RHK, IKI and values can go.
  const plans = skp.plans.map(({ employeeId, cycleId, year, evaluatorId }) => ({
    employeeId,
    cycleId,
    year,
    evaluatorId,
  }));
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

/**
 * A development plan beside every SKP: one to three catalogue programmes a year (none to two in
 * the active year), done in the closed years on a day between February and November, part done,
 * in progress or planned in the active one; now and then one cancelled with its reason.
 */
export function planScaleDevelopment(
  skp: { plans: readonly Pick<ScaleSkpPlan, 'employeeId' | 'cycleId' | 'year'>[] },
  programs: readonly Pick<TrainingProgram, 'id' | 'title' | 'hours'>[],
) {
  const plans: Partial<DevelopmentPlan>[] = [];
  const activities: Partial<DevelopmentActivity>[] = [];
  for (const row of skp.plans) {
    const random = streamOf(STREAM.development, row.employeeId, row.year);
    const planId = plans.length + 1;
    plans.push({
      id: planId,
      employeeId: row.employeeId,
      cycleId: row.cycleId,
      createdAt: jakartaAt(`${row.year}-01-10`, random.int(0, 20), 9 * 60),
    });
    const active = row.year === SCALE_ACTIVE_YEAR;
    const count = active ? random.int(0, 2) : random.int(1, 3);
    for (let n = 0; n < count; n += 1) {
      const program = random.pick(programs);
      const dueDate = `${row.year}-${pad(random.int(2, 11))}-${pad(random.int(1, 28))}`;
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
        id: activities.length + 1,
        planId,
        employeeId: row.employeeId,
        kind: ActivityKind.TRAINING,
        programId: program.id,
        title: program.title,
        reason: random.pick(GENERAL_REASONS).replace('{tahun}', String(row.year)),
        jp: program.hours,
        status,
        dueDate,
        completedOn: done ? dueDate : null,
        cancelReason:
          status === ActivityStatus.CANCELLED ? 'Jadwal bentrok dengan tugas pelayanan.' : null,
        version: status === ActivityStatus.PLANNED ? 1 : 2,
      });
    }
  }
  return { plans, activities };
}

/** The plans as the development phases need them, and the facts of every evaluation. */
export type ScaleDevelopmentInput = {
  plans: readonly Pick<ScaleSkpPlan, 'employeeId' | 'cycleId' | 'year' | 'evaluatorId'>[];
  evaluations: EvaluationFacts;
};

/**
 * The stored training effects of every trainee, computed in memory as the API's
 * `refreshTrainingEffects` computes them from the database (the same pure rule), one employee at
 * a time from the facts recorded while the evaluations were written (`scaleEvaluations`): nothing
 * is regenerated or read back, and each employee costs the same whatever the kecamatan's size.
 * `onEmployees` is told how many trainees are done now and then.
 */
export function* scaleTrainingEffects(
  { plans, evaluations: facts }: ScaleDevelopmentInput,
  activities: readonly Partial<DevelopmentActivity>[],
  onEmployees: (done: number) => void = () => {},
): Generator<StoredEffect> {
  const firstIds = firstEvaluationIds(plans);
  const plansOf = new Map<number, number[]>();
  plans.forEach((plan, index) => {
    const own = plansOf.get(plan.employeeId);
    if (own) own.push(index);
    else plansOf.set(plan.employeeId, [index]);
  });
  // Trainees in the order they first appear, as the activities are planned.
  const completionsOf = new Map<number, EffectCompletion[]>();
  for (const activity of activities) {
    const own = completionsOf.get(activity.employeeId!) ?? [];
    completionsOf.set(activity.employeeId!, own);
    if (activity.status !== ActivityStatus.DONE || !activity.programId || !activity.completedOn)
      continue;
    own.push({
      activityId: activity.id!,
      employeeId: activity.employeeId!,
      programId: activity.programId,
      completedOn: activity.completedOn,
    });
  }
  let done = 0;
  for (const [employeeId, completions] of completionsOf) {
    done += 1;
    if (done % EFFECT_EMPLOYEES_PER_REPORT === 0) onEmployees(done);
    if (completions.length === 0) continue;
    const evaluations: { id: number; cycleYear: number; period: Period; resultRating: Rating }[] =
      [];
    const ratings: { evaluationId: number; coreValue: CoreValue; rating: Rating }[] = [];
    for (const index of plansOf.get(employeeId) ?? []) {
      const plan = plans[index];
      if (plan.evaluatorId === null) continue;
      const count = evaluatedPeriodsOf(plan.year).length;
      for (let id = firstIds[index]; id < firstIds[index] + count; id += 1) {
        const code = facts.periodAndRating[id - 1];
        if ((code & IN_FORCE_BIT) === 0) continue;
        evaluations.push({
          id,
          cycleYear: plan.year,
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

async function writeScaleDevelopment(
  manager: EntityManager,
  input: ScaleDevelopmentInput,
  report: (phase: ScalePhase, total: number) => (done: number) => void,
) {
  await insertInChunks(manager, TrainingProgram, catalogueRows());
  const programs = (await manager.find(TrainingProgram)).filter(
    (program) => program.retiredAt === null,
  );
  const development = planScaleDevelopment(input, programs);
  await withBulkChecksOff(manager, async () => {
    await insertInChunks(
      manager,
      DevelopmentPlan,
      development.plans,
      report('developmentPlans', development.plans.length),
    );
    await insertInChunks(
      manager,
      DevelopmentActivity,
      development.activities,
      report('developmentActivities', development.activities.length),
    );
    const trainees = new Set(development.activities.map((activity) => activity.employeeId!));
    const effectsDone = report('trainingEffects', trainees.size);
    await insertInChunks(
      manager,
      TrainingEffect,
      scaleTrainingEffects(input, development.activities, effectsDone),
    );
    effectsDone(trainees.size);
  });
  return {
    trainingPrograms: programs.length,
    developmentPlans: development.plans.length,
    developmentActivities: development.activities.length,
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
 * Writes `planScale({ employees })` and its accounts to an empty database in one transaction;
 * then four cycles of SKP, realisations and evaluations for every active employee
 * (`planScaleSkp`); refuses (changing nothing) when units, positions, employees, accounts or
 * cycles already exist. On MySQL the secondary indexes of `DEFERRED_INDEX_TABLES` are dropped
 * before that transaction and built after it commits (a failed load gets them back on its empty
 * tables); should building them fail, the error says to drop the database and seed a new one.
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
      await writeScaleJobHistory(manager);

      // Only the SKP phases hold the plans with their RHK, IKI and values; the development
      // phases get what they need of them (`ScaleDevelopmentInput`): four fields a plan and
      // three bytes an evaluation, so the rest is freed before the effects are computed.
      const { counts: skpCounts, development } = await withBulkChecksOff(manager, () =>
        writeScaleSkp(manager, plan, report),
      );
      // The counts kept per unit (calibration, kecamatan summary), from the evaluations just written.
      await recountAllUnits(manager);
      const developmentCounts = await writeScaleDevelopment(manager, development, report);
      const counts: ScaleCounts = {
        units: plan.units.length,
        positions: plan.positions.length,
        employees: plan.employees.length,
        unitClosure: unitClosure.length,
        reportingLines: reportingLines.length,
        accounts: accounts.length,
        ...skpCounts,
        ...developmentCounts,
      };
      await recordAudit(manager, {
        actor: null,
        action: 'syntheticData.seed',
        entity: 'OrgUnit',
        entityId: plan.units[0].id,
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
  return written;
}
