import { type EntityManager, In } from 'typeorm';
import { PerformanceCycle } from '../api/src/modules/cycle/cycle.entity';
import { CycleStatus, Period } from '../api/src/modules/cycle/cycle.enums';
import { periodsOf } from '../api/src/modules/cycle/utils/periods.util';
import { EmploymentType } from '../api/src/modules/org/org.enums';
import { parseNip } from '../api/src/modules/org/utils/nip.util';
import { BehaviorExpectation } from '../api/src/modules/plan/behavior-expectation.entity';
import { Indicator } from '../api/src/modules/plan/indicator.entity';
import { PerformancePlan } from '../api/src/modules/plan/performance-plan.entity';
import {
  CoreValue,
  IndicatorAggregation,
  IndicatorAspect,
  IndicatorDirection,
  IndicatorKind,
  PlanApproach,
  PlanStatus,
  WorkTargetKind,
} from '../api/src/modules/plan/plan.enums';
import { Realization } from '../api/src/modules/plan/realization.entity';
import { WorkTarget } from '../api/src/modules/plan/work-target.entity';
import { type DemoEmployeePlan, type DemoPlan } from './gayungan.plan';
import { createRandom, type Random } from './prng.util';
import {
  EVIDENCE_NOTES,
  type IndicatorTemplate,
  LATE_NOTES,
  NARRATIVE_INDICATORS,
  NARRATIVE_YEARS,
  type NarrativeIndicatorTemplate,
  PAPER_EVIDENCE_NOTES,
  RETURN_REASONS,
  REVISION_NOTES,
  RHK_TAMBAHAN,
  RHK_UTAMA,
  type SkpRole,
  SPECIFIC_EXPECTATIONS,
  type TargetTemplate,
} from './skp.data';
import { chunksOf, IDS_PER_QUERY, insertBulk } from './bulk.util';
import { quarterColumns, seededQuarterPlan } from './quarters.util';

// The SKP half of the Gayungan demo: cycles 2023–2026, a cascading plan per employee and year,
// BerAKHLAK expectations and realisations with evidence up to TW3 2026. `planGayunganSkp` is
// pure and deterministic; `seedSkp` writes it in bulk inside the caller's transaction.

export const SKP_SEED = 0x5e9_2026;
export const ACTIVE_YEAR = 2026;
export const CYCLE_YEARS = [2023, 2024, 2025, 2026] as const;
export const EVIDENCE_BASE_URL = 'https://arsip.gayungan.surabaya.go.id/skp';
const QUARTERS = [Period.TW1, Period.TW2, Period.TW3, Period.TW4] as const;
/**
 * TW4 of the active year is still running, so nothing is reported for it. No year reports ANNUAL:
 * the year is derived from the quarters.
 */
const ACTIVE_YEAR_PERIODS = [Period.TW1, Period.TW2, Period.TW3] as const;

/** Staff whose 2026 SKP is still on its way, so the approval queue and its states show something. */
export const PENDING_2026: readonly { unitName: string; nth: number; status: PlanStatus }[] = [
  { unitName: 'Seksi Pemerintahan dan Pelayanan Publik', nth: 3, status: PlanStatus.SUBMITTED },
  {
    unitName: 'Seksi Pemerintahan dan Pelayanan Publik Kelurahan Menanggal',
    nth: 2,
    status: PlanStatus.SUBMITTED,
  },
  { unitName: 'Subbagian Perencanaan dan Keuangan', nth: 2, status: PlanStatus.RETURNED },
  {
    unitName: 'Seksi Ketenteraman dan Ketertiban Umum Kelurahan Gayungan',
    nth: 2,
    status: PlanStatus.RETURNED,
  },
  { unitName: 'Seksi Kesejahteraan Rakyat dan Perekonomian', nth: 3, status: PlanStatus.DRAFT },
  { unitName: 'Kelurahan Dukuh Menanggal', nth: 1, status: PlanStatus.DRAFT },
];

export type SkpRealizationDraft = {
  period: Period;
  /** Null for a KUALITATIF indicator, whose realisation is the narrative. */
  value: number | null;
  narrative?: string | null;
  evidenceUrl: string | null;
  note: string | null;
  submittedAt: Date;
  replacedAt: Date | null;
};
export type SkpIndicatorDraft = IndicatorTemplate & {
  /** KUALITATIF: a narrative target and realisations, judged per period (target 0, unit ''). */
  kind?: IndicatorKind;
  narrativeTarget?: string | null;
  actionPlans?: readonly (string | null)[];
  aggregation: IndicatorAggregation;
  /** TW1–TW4 targets: a count's quarters add up to its annual target. */
  quarterTargets: number[];
  realizations: SkpRealizationDraft[];
};
export type SkpTargetDraft = {
  key: string;
  kind: WorkTargetKind;
  description: string;
  /** Catalogue key of the supervisor's RHK (same cycle) this one intervenes. */
  parentKey: string | null;
  sortOrder: number;
  indicators: SkpIndicatorDraft[];
};
export type SkpPlanDraft = {
  employeeKey: string;
  evaluatorKey: string | null;
  year: number;
  /** Steps below the Camat; a plan's targets are written after its supervisor's. */
  depth: number;
  approach: PlanApproach;
  status: PlanStatus;
  returnReason: string | null;
  createdAt: Date;
  submittedAt: Date | null;
  approvedAt: Date | null;
  targets: SkpTargetDraft[];
  expectations: { coreValue: CoreValue; specificExpectation: string | null }[];
};
export type SkpDemo = {
  cycles: { year: number; status: CycleStatus; createdAt: Date }[];
  plans: SkpPlanDraft[];
};

export type SkpCounts = {
  cycles: number;
  plans: number;
  workTargets: number;
  indicators: number;
  behaviorExpectations: number;
  realizations: number;
};

// ---- roles ------------------------------------------------------------------------------------

const KECAMATAN_UNIT_ROLES: Record<string, { head: SkpRole; staff?: SkpRole }> = {
  'Kecamatan Gayungan': { head: 'camat', staff: 'analis-kecamatan' },
  'Sekretariat Kecamatan': { head: 'sekcam' },
  'Subbagian Umum dan Kepegawaian': { head: 'kasubbag-umum', staff: 'staf-umum' },
  'Subbagian Perencanaan dan Keuangan': {
    head: 'kasubbag-perencanaan',
    staff: 'staf-perencanaan',
  },
  'Seksi Pemerintahan dan Pelayanan Publik': {
    head: 'kasi-pemerintahan',
    staff: 'staf-pemerintahan',
  },
  'Seksi Ketenteraman dan Ketertiban Umum': { head: 'kasi-trantibum', staff: 'staf-trantibum' },
  'Seksi Kesejahteraan Rakyat dan Perekonomian': { head: 'kasi-kesra', staff: 'staf-kesra' },
  'Seksi Pemberdayaan Masyarakat dan Pembangunan': { head: 'kasi-pmp', staff: 'staf-pmp' },
};
const KELURAHAN_SECTION_ROLES: Record<string, { head: SkpRole; staff: SkpRole }> = {
  'Seksi Pemerintahan dan Pelayanan Publik': {
    head: 'kasi-kel-pemerintahan',
    staff: 'staf-kel-pemerintahan',
  },
  'Seksi Ketenteraman dan Ketertiban Umum': {
    head: 'kasi-kel-trantibum',
    staff: 'staf-kel-trantibum',
  },
  'Seksi Kesejahteraan Rakyat dan Perekonomian': {
    head: 'kasi-kel-kesra',
    staff: 'staf-kel-kesra',
  },
};
const KELURAHAN_UNIT = /^(?:(.+) )?Kelurahan (.+)$/;
const SECRETARY_TITLE = 'Sekretaris Kelurahan';
/** Kelurahan differ in population, so their count targets do too (in order of appearance). */
const KELURAHAN_SCALE = [1, 1.2, 0.8, 0.9];
/** Posts whose work reads better as a qualitative SKP. */
const QUALITATIVE_TITLES = new Set(['Analis Kebijakan Ahli Muda']);

type Placed = { role: SkpRole; place: string | null; isHead: boolean };

function placeOf(employee: DemoEmployeePlan, headKeys: Set<string>): Placed {
  const isHead = headKeys.has(employee.key) || employee.positionTitle.startsWith(SECRETARY_TITLE);
  const kecamatan = KECAMATAN_UNIT_ROLES[employee.unitName];
  if (kecamatan) {
    const role = isHead ? kecamatan.head : kecamatan.staff;
    if (role) return { role, place: null, isHead };
  }
  const match = KELURAHAN_UNIT.exec(employee.unitName);
  if (match) {
    const [, section, place] = match;
    if (section === undefined) {
      const role: SkpRole = headKeys.has(employee.key)
        ? 'lurah'
        : isHead
          ? 'sekkel'
          : 'staf-kelurahan';
      return { role, place, isHead };
    }
    const roles = KELURAHAN_SECTION_ROLES[section];
    if (roles) return { role: isHead ? roles.head : roles.staff, place, isHead };
  }
  throw new Error(`No SKP role for ${employee.positionTitle} in ${employee.unitName}`);
}

// ---- time -------------------------------------------------------------------------------------

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const JAKARTA_OFFSET = 7 * 60 * MINUTE;
const OFFICE_OPENS = 8 * 60;
const OFFICE_CLOSES = 16 * 60;

/** An instant from a Jakarta calendar date and minutes after midnight (WIB). */
function jakartaInstant(date: string, minuteOfDay: number): Date {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day) + minuteOfDay * MINUTE - JAKARTA_OFFSET);
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** Moves an instant into office hours (Mon–Fri 08:00–16:00 WIB), forward only. */
function intoOfficeHours(instant: Date): Date {
  let local = new Date(instant.getTime() + JAKARTA_OFFSET);
  for (;;) {
    const minute = local.getUTCHours() * 60 + local.getUTCMinutes();
    const weekday = local.getUTCDay();
    const date = local.toISOString().slice(0, 10);
    if (weekday === 0 || weekday === 6 || minute >= OFFICE_CLOSES) {
      local = new Date(Date.parse(`${addDays(date, 1)}T00:00:00Z`) + OFFICE_OPENS * MINUTE);
    } else if (minute < OFFICE_OPENS) {
      local = new Date(Date.parse(`${date}T00:00:00Z`) + OFFICE_OPENS * MINUTE);
    } else {
      return new Date(local.getTime() - JAKARTA_OFFSET);
    }
  }
}

/** Adds working minutes, skipping evenings and weekends. */
function afterOfficeMinutes(from: Date, minutes: number): Date {
  let instant = intoOfficeHours(from);
  let left = minutes;
  for (;;) {
    const local = new Date(instant.getTime() + JAKARTA_OFFSET);
    const room = OFFICE_CLOSES - (local.getUTCHours() * 60 + local.getUTCMinutes());
    if (left < room) return new Date(instant.getTime() + left * MINUTE);
    left -= room;
    instant = intoOfficeHours(new Date(instant.getTime() + room * MINUTE));
  }
}

/** The first working day (Mon–Fri, not New Year's Day) on or after a Jakarta date. */
function workdayOnOrAfter(date: string): string {
  let day = date;
  for (;;) {
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !day.endsWith('-01-01')) return day;
    day = addDays(day, 1);
  }
}

/** A random moment in office hours on the first working day on or after `date`. */
function officeMomentOn(date: string, random: Random): Date {
  return jakartaInstant(workdayOnOrAfter(date), OFFICE_OPENS + random.int(0, 7 * 60 + 50));
}

// ---- determinism ------------------------------------------------------------------------------

/** FNV-1a: one independent random stream per employee (and year), whatever the iteration order. */
function streamFor(...parts: (string | number)[]): Random {
  let hash = 0x811c9dc5;
  for (const char of parts.join('|')) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return createRandom((SKP_SEED ^ hash) >>> 0);
}

const between = (random: Random, low: number, high: number) => low + random.next() * (high - low);

function pickSome<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const picked: T[] = [];
  while (picked.length < count && pool.length > 0)
    picked.push(pool.splice(Math.floor(random.next() * pool.length), 1)[0]);
  return picked;
}

// ---- performance profiles ---------------------------------------------------------------------

export type Tendency = 'steady' | 'high' | 'low' | 'improving' | 'declining';
type Profile = {
  tendency: Tendency;
  /** Expected achievement ratio in 2023 and its change per year. */
  base: number;
  slope: number;
  /** Chance that a report comes weeks late. */
  lateness: number;
  /** Has not reported TW3 of the active year yet. */
  behindThisQuarter: boolean;
};

export function profileOf(employeeKey: string): Profile {
  const random = streamFor('profile', employeeKey);
  const roll = random.next();
  const lateness = random.chance(0.2) ? 0.3 : 0.03;
  const behindThisQuarter = random.chance(0.1);
  const profile = (tendency: Tendency, base: number, slope: number): Profile => ({
    tendency,
    base,
    slope,
    lateness,
    behindThisQuarter,
  });
  if (roll < 0.55) return profile('steady', between(random, 0.95, 1.05), 0);
  if (roll < 0.69) return profile('high', between(random, 1.12, 1.2), 0);
  if (roll < 0.8) return profile('low', between(random, 0.76, 0.86), 0);
  if (roll < 0.9)
    return profile('improving', between(random, 0.8, 0.85), between(random, 0.07, 0.09));
  return profile('declining', between(random, 1.06, 1.12), -between(random, 0.06, 0.08));
}

// ---- targets ----------------------------------------------------------------------------------

const PERCENT_LIKE = new Set(['%', 'nilai']);
const FRACTIONAL_UNITS = new Set(['%', 'nilai', 'hari', 'jam', 'menit', 'bulan']);

function scaledTarget(
  indicator: IndicatorTemplate,
  { year, scale }: { year: number; scale: number },
): number {
  if (
    indicator.aspect !== IndicatorAspect.KUANTITAS ||
    PERCENT_LIKE.has(indicator.unit) ||
    indicator.target < 10
  ) {
    return indicator.target;
  }
  // Counts grow a little every year, as a kecamatan's workload does.
  return Math.max(1, Math.round(indicator.target * scale * (1 + 0.04 * (year - 2023))));
}

function roundValue(unit: string, value: number): number {
  if (unit === 'rupiah') return Math.round(value / 1000) * 1000;
  if (PERCENT_LIKE.has(unit)) return Math.min(100, Math.round(value * 100) / 100);
  if (FRACTIONAL_UNITS.has(unit)) return Math.max(0.1, Math.round(value * 10) / 10);
  return Math.max(0, Math.round(value));
}

const fill = (text: string, place: string | null) =>
  place === null ? text : text.replaceAll('{kelurahan}', place);

/**
 * The first plan year: the appointment year when a PNS started in January, else the next one
 * (PPPK NIPs carry only the year).
 */
function firstPlanYear(employee: DemoEmployeePlan): number {
  const check = parseNip({ nip: employee.nip, employmentType: employee.employmentType });
  if (!check.ok) throw new Error(`Invalid NIP ${employee.nip}: ${check.message}`);
  const [year, month] = check.facts.appointment.split('-').map(Number);
  return employee.employmentType === EmploymentType.PNS && month === 1 ? year : year + 1;
}

/** Staff RHK: those for the employee's title first, then the general ones, 2–3 in all. */
function staffUtama(role: SkpRole, employee: DemoEmployeePlan, random: Random): TargetTemplate[] {
  const templates = RHK_UTAMA[role];
  const own = templates.filter((template) => template.titles?.includes(employee.positionTitle));
  const general = templates.filter((template) => !template.titles);
  const wanted = random.int(2, 3);
  const chosen = [...own.slice(0, wanted)];
  chosen.push(...pickSome(random, general, wanted - chosen.length));
  if (chosen.length < 2) throw new Error(`Role ${role} has too few RHK for ${employee.key}`);
  return chosen;
}

// ---- the plan ---------------------------------------------------------------------------------

function evidenceUrl(year: number, nip: string, period: Period, n: number, suffix = '') {
  return `${EVIDENCE_BASE_URL}/${year}/${nip}/${period.toLowerCase()}-${n}${suffix}.pdf`;
}

function realizationsFor({
  indicator,
  year,
  nip,
  n,
  profile,
  offset,
  random,
}: {
  indicator: SkpIndicatorDraft;
  year: number;
  nip: string;
  n: number;
  profile: Profile;
  offset: number;
  random: Random;
}): SkpRealizationDraft[] {
  const expected = profile.base + profile.slope * (year - 2023) + offset;
  const ratios = QUARTERS.map(() =>
    Math.min(1.35, Math.max(0.5, expected + between(random, -0.07, 0.07))),
  );
  // Each quarter is realised against its own target; a count stays a whole number.
  const valueOf = (ratio: number, target: number) => {
    const raw =
      indicator.direction === IndicatorDirection.LOWER_IS_BETTER ? target / ratio : target * ratio;
    return indicator.aggregation === IndicatorAggregation.SUM
      ? Math.max(0, Math.round(raw))
      : roundValue(indicator.unit, raw);
  };
  const ranges = periodsOf({ year });
  const endOf = (period: Period) => ranges.find((range) => range.period === period)!.endsOn;
  const isActive = year === ACTIVE_YEAR;
  const periods: Period[] = isActive ? [...ACTIVE_YEAR_PERIODS] : [...QUARTERS];
  const reports: SkpRealizationDraft[] = [];

  for (const period of periods) {
    const quarter = (QUARTERS as readonly Period[]).indexOf(period);
    const ratio = ratios[quarter];
    const periodTarget = indicator.quarterTargets[quarter];
    const missing =
      isActive && period === Period.TW3
        ? profile.behindThisQuarter || random.chance(0.04)
        : random.chance(0.008);
    if (missing) continue;

    // Due 10 days after the period (realizationDueDays); late ones still within the 30-day window.
    const late = random.chance(profile.lateness);
    const delay = late ? random.int(15, 26) : random.int(1, 10);
    const submittedAt = officeMomentOn(addDays(endOf(period), delay), random);
    const style = random.next();
    const paper = style < 0.05;
    const withNote = late || style > 0.88;
    const note = paper
      ? random.pick(PAPER_EVIDENCE_NOTES)
      : withNote
        ? random.pick(late ? LATE_NOTES : EVIDENCE_NOTES)
        : null;
    const url = paper ? null : evidenceUrl(year, nip, period, n);

    if (random.chance(0.012)) {
      // An earlier report, corrected a few days later: history kept, one report in force.
      const firstAt = officeMomentOn(
        addDays(endOf(period), Math.max(1, delay - random.int(2, 8))),
        random,
      );
      const correctedAt = new Date(
        Math.max(submittedAt.getTime(), firstAt.getTime() + 3 * 60 * MINUTE),
      );
      reports.push({
        period,
        value: valueOf(ratio * between(random, 0.82, 0.95), periodTarget),
        evidenceUrl: url,
        note,
        submittedAt: firstAt,
        replacedAt: correctedAt,
      });
      reports.push({
        period,
        value: valueOf(ratio, periodTarget),
        evidenceUrl: evidenceUrl(year, nip, period, n, '-revisi'),
        note: random.pick(REVISION_NOTES),
        submittedAt: correctedAt,
        replacedAt: null,
      });
      continue;
    }
    reports.push({
      period,
      value: valueOf(ratio, periodTarget),
      evidenceUrl: url,
      note,
      submittedAt,
      replacedAt: null,
    });
  }
  return reports;
}

/** A qualitative IKI of the plan, with no numbers: the target and quarters in words. */
function narrativeIndicator(template: NarrativeIndicatorTemplate): SkpIndicatorDraft {
  return {
    kind: IndicatorKind.KUALITATIF,
    aspect: template.aspect,
    description: template.description,
    narrativeTarget: template.narrativeTarget,
    actionPlans: template.actionPlans,
    target: 0,
    unit: '',
    direction: IndicatorDirection.HIGHER_IS_BETTER,
    aggregation: IndicatorAggregation.LAST,
    quarterTargets: [0, 0, 0, 0],
    realizations: [],
  };
}

/** Narrative realisations of each ended quarter, from their own stream (the numbers stay as they were). */
function narrativeRealizations({
  template,
  year,
  nip,
  n,
  key,
}: {
  template: NarrativeIndicatorTemplate;
  year: number;
  nip: string;
  n: number;
  key: string;
}): SkpRealizationDraft[] {
  const random = streamFor('narrative', key, year, template.description);
  const ranges = periodsOf({ year });
  const endOf = (period: Period) => ranges.find((range) => range.period === period)!.endsOn;
  const periods: Period[] = year === ACTIVE_YEAR ? [...ACTIVE_YEAR_PERIODS] : [...QUARTERS];
  return periods.map((period) => {
    const quarter = (QUARTERS as readonly Period[]).indexOf(period);
    return {
      period,
      value: null,
      narrative: template.narratives[quarter],
      evidenceUrl: evidenceUrl(year, nip, period, n),
      note: null,
      submittedAt: officeMomentOn(addDays(endOf(period), random.int(1, 9)), random),
      replacedAt: null,
    };
  });
}

/** The SKP half of the demo, the same on every call for the same organisation plan. */
export function planGayunganSkp(demo: DemoPlan): SkpDemo {
  const headKeys = new Set(demo.units.map((unit) => unit.headKey));
  const byKey = new Map(demo.employees.map((employee) => [employee.key, employee]));
  const supervises = new Set(
    demo.employees.flatMap((employee) => (employee.supervisorKey ? [employee.supervisorKey] : [])),
  );
  const depthOf = (employee: DemoEmployeePlan): number =>
    employee.supervisorKey === null ? 0 : 1 + depthOf(byKey.get(employee.supervisorKey)!);
  const kelurahanPlaces = demo.units
    .filter((unit) => unit.name.startsWith('Kelurahan '))
    .map((unit) => unit.name.slice('Kelurahan '.length));

  const pending = new Map<string, PlanStatus>();
  for (const { unitName, nth, status } of PENDING_2026) {
    const staff = demo.employees.filter(
      (employee) =>
        employee.unitName === unitName &&
        employee.active &&
        !headKeys.has(employee.key) &&
        !supervises.has(employee.key),
    );
    const chosen = staff[nth - 1];
    if (!chosen) throw new Error(`No staff #${nth} in ${unitName} for a pending 2026 SKP`);
    pending.set(chosen.key, status);
  }

  const cycles = CYCLE_YEARS.map((year) => ({
    year,
    status: year === ACTIVE_YEAR ? CycleStatus.ACTIVE : CycleStatus.CLOSED,
    createdAt: jakartaInstant(`${year - 1}-12-01`, 9 * 60),
  }));

  const plans: SkpPlanDraft[] = [];
  // Supervisors come first in the demo plan, so their approval time is known for the cascade.
  const approvedAt = new Map<string, Date>();
  for (const year of CYCLE_YEARS) {
    for (const employee of demo.employees) {
      const lastYear = employee.active ? ACTIVE_YEAR : 2024;
      if (year < firstPlanYear(employee) || year > lastYear) continue;
      const supervisorKey = employee.supervisorKey;
      if (supervisorKey !== null && !approvedAt.has(`${supervisorKey}|${year}`)) {
        throw new Error(`${employee.key} has a ${year} SKP but their supervisor has none`);
      }
      const { role, place, isHead } = placeOf(employee, headKeys);
      const profile = profileOf(employee.key);
      const random = streamFor('plan', employee.key, year);
      const jobRandom = streamFor('job', employee.key);
      const scale = place === null ? 1 : (KELURAHAN_SCALE[kelurahanPlaces.indexOf(place)] ?? 1);

      const utama = isHead ? RHK_UTAMA[role] : staffUtama(role, employee, jobRandom);
      const tambahanPool = RHK_TAMBAHAN.filter(
        (template) => !template.years || template.years.includes(year),
      );
      const tambahan = pickSome(random, tambahanPool, random.pick([0, 0, 1, 1, 1, 2]));
      let n = 0;
      const targets: SkpTargetDraft[] = [
        ...utama.map((template) => ({ template, kind: WorkTargetKind.UTAMA })),
        ...tambahan.map((template) => ({ template, kind: WorkTargetKind.TAMBAHAN })),
      ].map(({ template, kind }, sortOrder) => {
        if (
          kind === WorkTargetKind.UTAMA &&
          (template.parent === undefined) !== (supervisorKey === null)
        )
          throw new Error(`RHK ${template.key} and the reporting line of ${employee.key} disagree`);
        return {
          key: template.key,
          kind,
          description: fill(template.description, place),
          parentKey: kind === WorkTargetKind.UTAMA ? (template.parent ?? null) : null,
          sortOrder,
          indicators: template.indicators.map((indicator) => {
            const target = scaledTarget(indicator, { year, scale });
            return {
              ...indicator,
              description: fill(indicator.description, place),
              target,
              ...seededQuarterPlan({ ...indicator, target }),
              realizations: [],
            };
          }),
        };
      });

      // A few staff (2025 onwards) also plan qualitative IKI, each in the RHK with the fewest IKI.
      const narratives = (
        NARRATIVE_YEARS.includes(year) ? (NARRATIVE_INDICATORS[employee.key] ?? []) : []
      ).map((template) => {
        const indicator = narrativeIndicator(template);
        const target = targets.reduce((fewest, candidate) =>
          candidate.indicators.length < fewest.indicators.length ? candidate : fewest,
        );
        target.indicators.push(indicator);
        return { template, indicator };
      });

      const status =
        year === ACTIVE_YEAR
          ? (pending.get(employee.key) ?? PlanStatus.APPROVED)
          : PlanStatus.APPROVED;
      const after = supervisorKey === null ? null : approvedAt.get(`${supervisorKey}|${year}`)!;
      const submittedAt =
        after === null
          ? officeMomentOn(`${year}-01-02`, random)
          : afterOfficeMinutes(after, random.int(60, 12 * 60));
      const approvalAt =
        supervisorKey === null
          ? submittedAt
          : afterOfficeMinutes(submittedAt, random.int(30, 10 * 60));
      const createdAt = new Date(submittedAt.getTime() - random.int(20, 180) * MINUTE);
      if (status === PlanStatus.APPROVED) approvedAt.set(`${employee.key}|${year}`, approvalAt);

      if (status === PlanStatus.APPROVED) {
        for (const target of targets) {
          for (const indicator of target.indicators) {
            if (indicator.kind === IndicatorKind.KUALITATIF) continue;
            n += 1;
            indicator.realizations = realizationsFor({
              indicator,
              year,
              nip: employee.nip,
              n,
              profile,
              offset: between(random, -0.03, 0.03),
              random,
            });
          }
        }
        narratives.forEach(({ template, indicator }, index) => {
          indicator.realizations = narrativeRealizations({
            template,
            year,
            nip: employee.nip,
            n: 90 + index,
            key: employee.key,
          });
        });
      }

      const expectations = Object.values(CoreValue).map((coreValue) => ({
        coreValue,
        specificExpectation: null as string | null,
      }));
      if (supervisorKey !== null && random.chance(0.35)) {
        for (const expectation of pickSome(random, expectations, random.int(1, 2)))
          expectation.specificExpectation = random.pick(
            SPECIFIC_EXPECTATIONS[expectation.coreValue],
          );
      }

      plans.push({
        employeeKey: employee.key,
        evaluatorKey: supervisorKey,
        year,
        depth: depthOf(employee),
        approach: QUALITATIVE_TITLES.has(employee.positionTitle)
          ? PlanApproach.KUALITATIF
          : PlanApproach.KUANTITATIF,
        status,
        returnReason:
          status === PlanStatus.RETURNED
            ? random.pick(RETURN_REASONS).replace('{rhk}', targets[0].description)
            : null,
        createdAt,
        submittedAt: status === PlanStatus.DRAFT ? null : submittedAt,
        approvedAt: status === PlanStatus.APPROVED ? approvalAt : null,
        targets,
        expectations,
      });
    }
  }
  return { cycles, plans };
}

// ---- writing ----------------------------------------------------------------------------------

export async function countSkp(manager: EntityManager): Promise<SkpCounts> {
  return {
    cycles: await manager.count(PerformanceCycle),
    plans: await manager.count(PerformancePlan),
    workTargets: await manager.count(WorkTarget),
    indicators: await manager.count(Indicator),
    behaviorExpectations: await manager.count(BehaviorExpectation),
    realizations: await manager.count(Realization),
  };
}

/**
 * Writes the SKP demo for a freshly seeded organisation, in bulk, inside the caller's
 * transaction. Ids are read back by natural keys, never assumed consecutive.
 */
export async function seedSkp(
  manager: EntityManager,
  demo: DemoPlan,
  employeeIds: Map<string, number>,
): Promise<void> {
  const skp = planGayunganSkp(demo);
  const idOf = (key: string) => employeeIds.get(key)!;

  const existing = await manager.find(PerformanceCycle, {
    where: { year: In(skp.cycles.map((cycle) => cycle.year)) },
  });
  await insertBulk(
    manager,
    PerformanceCycle,
    skp.cycles
      .filter((cycle) => !existing.some((row) => row.year === cycle.year))
      .map((cycle) => ({ ...cycle, exceedsThreshold: 110, meetsThreshold: 90, version: 1 })),
  );
  const cycleRows = await manager.find(PerformanceCycle, {
    where: { year: In(skp.cycles.map((cycle) => cycle.year)) },
  });
  const cycleIdOf = new Map(cycleRows.map((cycle) => [cycle.year, cycle.id]));

  const plans = [...skp.plans].sort((a, b) => a.depth - b.depth);
  await insertBulk(
    manager,
    PerformancePlan,
    plans.map((plan) => ({
      employeeId: idOf(plan.employeeKey),
      cycleId: cycleIdOf.get(plan.year)!,
      approach: plan.approach,
      evaluatorId: plan.evaluatorKey === null ? null : idOf(plan.evaluatorKey),
      status: plan.status,
      returnReason: plan.returnReason,
      submittedAt: plan.submittedAt,
      approvedAt: plan.approvedAt,
      version: 1,
      createdAt: plan.createdAt,
    })),
  );
  const planRows = await manager.find(PerformancePlan, {
    select: { id: true, employeeId: true, cycleId: true },
    where: { cycleId: In([...cycleIdOf.values()]) },
  });
  const planIdByOwner = new Map(
    planRows.map((row) => [`${row.employeeId}|${row.cycleId}`, row.id]),
  );
  const planIdOf = (plan: SkpPlanDraft) =>
    planIdByOwner.get(`${idOf(plan.employeeKey)}|${cycleIdOf.get(plan.year)}`)!;

  // Targets layer by layer down the reporting line, so every parent id is known when needed.
  const targetIds = new Map<string, number>();
  const targetKey = (employeeKey: string, year: number, key: string) =>
    `${employeeKey}|${year}|${key}`;
  const depths = [...new Set(plans.map((plan) => plan.depth))];
  for (const depth of depths) {
    const layer = plans.filter((plan) => plan.depth === depth);
    await insertBulk(
      manager,
      WorkTarget,
      layer.flatMap((plan) =>
        plan.targets.map((target) => {
          const parentTargetId =
            target.parentKey === null
              ? null
              : targetIds.get(targetKey(plan.evaluatorKey!, plan.year, target.parentKey));
          if (parentTargetId === undefined)
            throw new Error(
              `No ${target.parentKey} in the ${plan.year} SKP of ${plan.evaluatorKey}`,
            );
          return {
            planId: planIdOf(plan),
            kind: target.kind,
            description: target.description,
            parentTargetId,
            sortOrder: target.sortOrder,
          };
        }),
      ),
    );
    const draftByPlanId = new Map(layer.map((plan) => [planIdOf(plan), plan]));
    for (const ids of chunksOf([...draftByPlanId.keys()], IDS_PER_QUERY)) {
      const rows = await manager.find(WorkTarget, {
        select: { id: true, planId: true, sortOrder: true },
        where: { planId: In(ids) },
      });
      for (const row of rows) {
        const plan = draftByPlanId.get(row.planId)!;
        const draft = plan.targets[row.sortOrder];
        targetIds.set(targetKey(plan.employeeKey, plan.year, draft.key), row.id);
      }
    }
  }

  const targetsById = new Map<number, SkpTargetDraft>();
  for (const plan of plans)
    for (const target of plan.targets)
      targetsById.set(targetIds.get(targetKey(plan.employeeKey, plan.year, target.key))!, target);
  await insertBulk(
    manager,
    Indicator,
    [...targetsById].flatMap(([workTargetId, target]) =>
      target.indicators.map((indicator) => ({
        workTargetId,
        kind: indicator.kind ?? IndicatorKind.KUANTITATIF,
        aspect: indicator.aspect,
        description: indicator.description,
        target: indicator.target,
        narrativeTarget: indicator.narrativeTarget ?? null,
        unit: indicator.unit,
        direction: indicator.direction,
        aggregation: indicator.aggregation,
        ...quarterColumns(indicator.quarterTargets),
        actionPlanTw1: indicator.actionPlans?.[0] ?? null,
        actionPlanTw2: indicator.actionPlans?.[1] ?? null,
        actionPlanTw3: indicator.actionPlans?.[2] ?? null,
        actionPlanTw4: indicator.actionPlans?.[3] ?? null,
      })),
    ),
  );
  // Within one target, indicators were inserted in catalogue order, so ids follow it.
  const realizations: Partial<Realization>[] = [];
  for (const ids of chunksOf([...targetsById.keys()], IDS_PER_QUERY)) {
    const rows = await manager.find(Indicator, {
      select: { id: true, workTargetId: true },
      where: { workTargetId: In(ids) },
      order: { id: 'ASC' },
    });
    const seen = new Map<number, number>();
    for (const row of rows) {
      const index = seen.get(row.workTargetId) ?? 0;
      seen.set(row.workTargetId, index + 1);
      const indicator = targetsById.get(row.workTargetId)!.indicators[index];
      for (const report of indicator.realizations)
        realizations.push({ indicatorId: row.id, narrative: null, ...report });
    }
  }

  await insertBulk(
    manager,
    BehaviorExpectation,
    plans.flatMap((plan) =>
      plan.expectations.map((expectation) => ({ planId: planIdOf(plan), ...expectation })),
    ),
  );
  await insertBulk(manager, Realization, realizations);
}
