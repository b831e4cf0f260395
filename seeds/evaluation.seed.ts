import { type EntityManager, In } from 'typeorm';
import { PerformanceCycle } from '../api/src/modules/cycle/cycle.entity';
import { Period } from '../api/src/modules/cycle/cycle.enums';
import { jakartaDate, periodsOf } from '../api/src/modules/cycle/utils/periods.util';
import { Evaluation } from '../api/src/modules/evaluation/evaluation.entity';
import { recountAllUnits } from '../api/src/modules/evaluation/unit-counts';
import {
  EvaluationStatus,
  OrganizationPredicateValue,
  Predicate,
  Rating,
} from '../api/src/modules/evaluation/evaluation.enums';
import { EvaluationFeedback } from '../api/src/modules/evaluation/evaluation-feedback.entity';
import { IndicatorJudgement } from '../api/src/modules/evaluation/indicator-judgement.entity';
import { suggestPeriodRating } from '../api/src/modules/evaluation/utils/suggestion.util';
import { Objection, ObjectionStatus } from '../api/src/modules/evaluation/objection.entity';
import { OrganizationPredicate } from '../api/src/modules/evaluation/organization-predicate.entity';
import {
  checkDistribution,
  countPredicates,
} from '../api/src/modules/evaluation/utils/distribution.util';
import {
  computePredicate,
  suggestResultRating,
} from '../api/src/modules/evaluation/utils/predicate.util';
import { Feedback, FeedbackKind } from '../api/src/modules/feedback/feedback.entity';
import { Notification } from '../api/src/modules/feedback/notification.entity';
import { reasonParamList } from '../api/src/modules/org/employee-import.types';
import type { ReasonParams } from '../api/src/platform/graphql/errors';
import { OrgUnit } from '../api/src/modules/org/org-unit.entity';
import { PerformancePlan } from '../api/src/modules/plan/performance-plan.entity';
import { Indicator } from '../api/src/modules/plan/indicator.entity';
import { CoreValue, IndicatorKind, PlanStatus } from '../api/src/modules/plan/plan.enums';
import {
  computePeriodResult,
  computePlanAchievement,
} from '../api/src/modules/plan/utils/achievement.util';
import { WorkTarget } from '../api/src/modules/plan/work-target.entity';
import {
  ANNUAL_SUMMARIES,
  CALIBRATION_DRAFT_SUMMARY,
  CALIBRATION_NOTE,
  CORE_VALUE_NAMES,
  GENERAL_FEEDBACK,
  OBJECTION_DECISIONS,
  OBJECTION_REASONS,
  PERIOD_NAMES,
  QUARTER_SUMMARIES,
  TARGET_FEEDBACK,
  TARGET_LINKED_FEEDBACK,
  type TargetBand,
  VALUE_FEEDBACK,
  VALUE_LINKED_FEEDBACK,
  VALUE_NOTE,
} from './evaluation.data';
import { type DemoEmployeePlan, type DemoPlan } from './gayungan.plan';
import { createRandom, type Random } from './prng.util';
import {
  ACTIVE_YEAR,
  CYCLE_YEARS,
  planGayunganSkp,
  profileOf,
  type SkpDemo,
  type SkpPlanDraft,
} from './skp.seed';
import { chunksOf, IDS_PER_QUERY, insertBulk } from './bulk.util';
import { decisionNoticeMessage } from '../api/src/modules/evaluation/utils/objection.util';

// The evaluation half of the Gayungan demo: every approved SKP evaluated by its pejabat penilai
// for each period up to TW3 2026, feedback per RHK and per BerAKHLAK value, organisation
// predicates and the curve calibration, objections with their decisions, and continuous feedback
// for 2025–2026. `planGayunganEvaluations` is pure and deterministic; `seedEvaluations` writes it
// in bulk inside the caller's transaction, after the SKP.

export const EVALUATION_SEED = 0xe7a1_2026;
const QUARTERS = [Period.TW1, Period.TW2, Period.TW3, Period.TW4] as const;
const CLOSED_PERIODS = [...QUARTERS, Period.ANNUAL];
const ACTIVE_PERIODS = [Period.TW1, Period.TW2, Period.TW3];
const OBJECTION_YEARS = [2024, 2025] as const;
const FEEDBACK_YEARS = [2025, 2026] as const;
const { DI_ATAS_EKSPEKTASI: ABOVE, SESUAI_EKSPEKTASI: MEETS, DI_BAWAH_EKSPEKTASI: BELOW } = Rating;
const { ISTIMEWA, BAIK } = OrganizationPredicateValue;

/**
 * Organisation predicates per unit and year (mostly BAIK; 2024 a good year): the Camat records the
 * units below the kecamatan, HR the kecamatan's own as the city decided it (with its reference).
 */
export const ORGANIZATION_PREDICATES: readonly {
  unitName: string;
  byYear: Readonly<Partial<Record<number, OrganizationPredicateValue>>>;
}[] = [
  {
    unitName: 'Kecamatan Gayungan',
    byYear: { 2023: BAIK, 2024: ISTIMEWA, 2025: BAIK, 2026: BAIK },
  },
  { unitName: 'Sekretariat Kecamatan', byYear: { 2023: BAIK, 2024: BAIK, 2025: BAIK } },
  { unitName: 'Kelurahan Gayungan', byYear: { 2023: BAIK, 2024: BAIK, 2025: BAIK } },
  { unitName: 'Kelurahan Ketintang', byYear: { 2023: BAIK, 2024: BAIK, 2025: BAIK } },
  { unitName: 'Kelurahan Dukuh Menanggal', byYear: { 2023: BAIK, 2024: BAIK, 2025: BAIK } },
  { unitName: 'Kelurahan Menanggal', byYear: { 2023: BAIK, 2024: BAIK, 2025: BAIK, 2026: BAIK } },
  { unitName: 'Seksi Ketenteraman dan Ketertiban Umum', byYear: { 2026: BAIK } },
];

/**
 * 2026: two units saved their annual drafts early for the calibration meeting. In one the Lurah
 * rated everyone BAIK, so its curve fails; the other already passes.
 */
export const CALIBRATION_2026 = {
  failingUnit: 'Kelurahan Menanggal',
  passingUnit: 'Seksi Ketenteraman dan Ketertiban Umum',
} as const;

/** The Kasi of the demo people (`findDemoPeople().aKasi`): one staff TW3 2026 due, one draft. */
const DEMO_KASI_UNIT = 'Seksi Pemerintahan dan Pelayanan Publik';

export type Thresholds = { exceedsThreshold: number; meetsThreshold: number };
/** The thresholds `seedSkp` writes for every cycle. */
const DEFAULT_THRESHOLDS: Thresholds = { exceedsThreshold: 110, meetsThreshold: 90 };

export type EvaluationFeedbackDraft =
  | { sortOrder: number; coreValue: null; rating: null; text: string }
  | { sortOrder: null; coreValue: CoreValue; rating: Rating; text: string };

export type EvaluationDraft = {
  employeeKey: string;
  evaluatorKey: string;
  year: number;
  period: Period;
  revision: number;
  /** As the API stores it: null when nothing was reported for the period. */
  achievement: number | null;
  unreportedIndicators: number;
  suggestedResultRating: Rating | null;
  resultRating: Rating;
  behaviorRating: Rating;
  predicate: Predicate;
  predicateLevel: number;
  differsFromSuggestion: boolean;
  summary: string | null;
  status: EvaluationStatus;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  finalizedAt: Date | null;
  acknowledgedAt: Date | null;
  supersededAt: Date | null;
  feedback: EvaluationFeedbackDraft[];
  /** The judgements of the plan's KUALITATIF indicators: RHK sort order and the IKI's index in it. */
  judgements: { sortOrder: number; index: number; rating: Rating }[];
};

export type ObjectionDraft = {
  employeeKey: string;
  year: number;
  reason: string;
  status: ObjectionStatus.UPHELD | ObjectionStatus.REJECTED;
  deciderKey: string;
  decisionReason: string;
  filedAt: Date;
  decidedAt: Date;
  /** The revision an upheld objection made (revision 1 of the same plan and period). */
  revised: EvaluationDraft | null;
  notification: {
    kind: string;
    message: string;
    params: ReasonParams;
    createdAt: Date;
    readAt: Date | null;
  };
};

export type FeedbackDraft = {
  authorKey: string;
  recipientKey: string;
  year: number;
  /** Sort order of an RHK in the recipient's plan of that year. */
  targetSortOrder: number | null;
  coreValue: CoreValue | null;
  kind: FeedbackKind;
  text: string;
  createdAt: Date;
  acknowledgedAt: Date | null;
};

export type OrganizationPredicateDraft = {
  unitName: string;
  year: number;
  predicate: OrganizationPredicateValue;
  recordedAt: Date;
  /** The kecamatan's own: the city's decision (nomor keputusan and its date); null below it. */
  referenceNumber: string | null;
  referenceDate: string | null;
};

export type EvaluationDemo = {
  /** Every evaluation row: originals (revision 0) and the revisions upheld objections made. */
  evaluations: EvaluationDraft[];
  objections: ObjectionDraft[];
  feedback: FeedbackDraft[];
  organizationPredicates: OrganizationPredicateDraft[];
  /** The last moment of the demo: the latest 2026 report. */
  asOf: Date;
};

export type EvaluationCounts = {
  evaluations: number;
  evaluationFeedback: number;
  objections: number;
  feedback: number;
  notifications: number;
  organizationPredicates: number;
};

// ---- time -------------------------------------------------------------------------------------

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const JAKARTA_OFFSET = 7 * 60 * MINUTE;
const OFFICE_OPENS = 8 * 60;

function jakartaInstant(date: string, minuteOfDay: number): Date {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day) + minuteOfDay * MINUTE - JAKARTA_OFFSET);
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

function workdayOnOrAfter(date: string): string {
  let day = date;
  for (;;) {
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !day.endsWith('-01-01')) return day;
    day = addDays(day, 1);
  }
}

/** A moment in office hours (08:00–15:50 WIB) on the first working day on or after `date`. */
function officeMomentOn(date: string, random: Random): Date {
  return jakartaInstant(workdayOnOrAfter(date), OFFICE_OPENS + random.int(0, 7 * 60 + 50));
}

const laterDate = (a: string, b: string) => (a > b ? a : b);

// ---- determinism ------------------------------------------------------------------------------

function streamFor(...parts: (string | number)[]): Random {
  let hash = 0x811c9dc5;
  for (const char of parts.join('|')) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return createRandom((EVALUATION_SEED ^ hash) >>> 0);
}

function pickWeighted<T>(random: Random, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random.next() * total;
  for (const [item, weight] of items) {
    roll -= weight;
    if (roll < 0) return item;
  }
  return items[items.length - 1][0];
}

function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random.next() * (index + 1));
    [copy[index], copy[other]] = [copy[other], copy[index]];
  }
  return copy;
}

/** 96.5 → "96,5" (Indonesian decimal comma). */
const percentText = (value: number) => value.toFixed(1).replace('.', ',');

function fillText(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

// ---- behaviour profiles -----------------------------------------------------------------------

export type BehaviorStyle = 'exemplary' | 'solid' | 'uneven';
export type BehaviorProfile = {
  style: BehaviorStyle;
  /** Values the employee keeps falling short on (rated DI_BAWAH_EKSPEKTASI most periods). */
  weakValues: CoreValue[];
  /** Years the weakness shows (inclusive); some improve, some only start to slip. */
  weakFrom: number;
  weakUntil: number;
  /** Values the employee is known for (rated DI_ATAS_EKSPEKTASI when behaviour is above). */
  strongValues: CoreValue[];
  /** Chance per period of a behaviour rating above expectation (while no weakness shows). */
  aboveChance: number;
  /** Chance per period of a behaviour rating below expectation (while the weakness shows). */
  lapseChance: number;
};

// Public service and communication are the most common weak spot in a kecamatan.
const WEAKNESS_WEIGHTS: readonly (readonly [CoreValue, number])[] = [
  [CoreValue.BERORIENTASI_PELAYANAN, 4],
  [CoreValue.KOLABORATIF, 2],
  [CoreValue.ADAPTIF, 2],
  [CoreValue.KOMPETEN, 2],
  [CoreValue.AKUNTABEL, 2],
  [CoreValue.HARMONIS, 1],
  [CoreValue.LOYAL, 0.5],
];

/** How an employee behaves, year after year: the same on every call (reused by later seeds). */
export function behaviorProfileOf(employeeKey: string): BehaviorProfile {
  const random = streamFor('behavior', employeeKey);
  const { tendency } = profileOf(employeeKey);
  const exemplaryBelow = { high: 0.7, steady: 0.16, improving: 0.12, declining: 0.3, low: 0.03 }[
    tendency
  ];
  const unevenAbove = { high: 0.9, steady: 0.78, improving: 0.5, declining: 0.45, low: 0.4 }[
    tendency
  ];
  const roll = random.next();
  const style: BehaviorStyle =
    roll < exemplaryBelow ? 'exemplary' : roll >= unevenAbove ? 'uneven' : 'solid';

  const weakValues: CoreValue[] = [];
  const wanted =
    style === 'uneven' ? random.int(1, 2) : style === 'solid' && random.chance(0.2) ? 1 : 0;
  while (weakValues.length < wanted) {
    const value = pickWeighted(random, WEAKNESS_WEIGHTS);
    if (!weakValues.includes(value)) weakValues.push(value);
  }
  let weakFrom: number = CYCLE_YEARS[0];
  let weakUntil: number = ACTIVE_YEAR;
  if (tendency === 'improving') weakUntil = random.pick([2024, 2025]);
  else if (tendency === 'declining') weakFrom = random.pick([2024, 2025]);
  else if (random.chance(0.3)) weakUntil = random.pick([2024, 2025]);

  const strongValues = shuffled(
    random,
    Object.values(CoreValue).filter((value) => !weakValues.includes(value)),
  ).slice(0, random.int(2, 3));
  return {
    style,
    weakValues,
    weakFrom,
    weakUntil,
    strongValues,
    aboveChance: { exemplary: 0.65, solid: 0.08, uneven: 0.02 }[style],
    lapseChance: { exemplary: 0, solid: 0.04, uneven: 0.14 }[style],
  };
}

const weaknessShows = (profile: BehaviorProfile, year: number) =>
  profile.weakValues.length > 0 && year >= profile.weakFrom && year <= profile.weakUntil;

function quarterBehavior(profile: BehaviorProfile, year: number, random: Random): Rating {
  const weak = weaknessShows(profile, year);
  if (weak && random.chance(profile.lapseChance)) return BELOW;
  if (!weak && random.chance(profile.aboveChance)) return ABOVE;
  return MEETS;
}

/** The year's behaviour from its quarters: a pattern, not one bad or good quarter. */
function yearBehavior(quarters: Rating[]): Rating {
  const count = (rating: Rating) => quarters.filter((value) => value === rating).length;
  const need = quarters.length >= 4 ? 3 : 2;
  if (count(BELOW) >= 2) return BELOW;
  if (count(ABOVE) >= need) return ABOVE;
  return MEETS;
}

/** Ratings per BerAKHLAK value, consistent with the overall behaviour and the employee's profile. */
function valueRatings(
  profile: BehaviorProfile,
  year: number,
  behavior: Rating,
  random: Random,
): Record<CoreValue, Rating> {
  const weak = weaknessShows(profile, year) ? profile.weakValues : [];
  const ratings = {} as Record<CoreValue, Rating>;
  for (const value of Object.values(CoreValue)) {
    const isWeak = weak.includes(value);
    const isStrong = profile.strongValues.includes(value);
    ratings[value] =
      behavior === BELOW
        ? isWeak
          ? BELOW
          : MEETS
        : behavior === ABOVE
          ? isStrong || random.chance(0.15)
            ? ABOVE
            : MEETS
          : isWeak && random.chance(0.85)
            ? BELOW
            : isStrong && random.chance(0.35)
              ? ABOVE
              : MEETS;
  }
  if (behavior === BELOW && weak.length < 2) {
    // A behaviour rating below expectation shows in more than one value.
    const others = Object.values(CoreValue).filter(
      (value) => !weak.includes(value) && !profile.strongValues.includes(value),
    );
    ratings[random.pick(others)] = BELOW;
  }
  return ratings;
}

// ---- achievement ------------------------------------------------------------------------------

type PeriodAchievement = {
  /** For the evaluator's judgement: 0 when nothing was reported. */
  plan: number;
  /** What the API stores: null when nothing was reported (no suggestion then). */
  stored: number | null;
  unreported: number;
  /** Numeric indicators reported (the weight of the achievement in the suggestion). */
  reportedNumeric: number;
  /** The KUALITATIF indicators (judged, never measured) and whether the period has a narrative. */
  qualitative: { sortOrder: number; index: number; narrated: boolean }[];
  /** Per RHK in sort order: mean of its indicators, or null when none was reported. */
  targets: (number | null)[];
  /** When the last report in force came in, or null when nothing was reported. */
  lastReport: Date | null;
};

/**
 * Plan achievement as the API computes it: reports in force against each period's target, the year
 * derived from the quarters, an unreported indicator left out (belum dilaporkan).
 */
export function planPeriodAchievement(plan: SkpPlanDraft, period: Period): PeriodAchievement {
  const all: number[] = [];
  let unreported = 0;
  let lastReport: Date | null = null;
  const qualitative: PeriodAchievement['qualitative'] = [];
  const targets = plan.targets.map((target, sortOrder) => {
    const own: number[] = [];
    for (const [index, indicator] of target.indicators.entries()) {
      const inForce = indicator.realizations.filter((candidate) => candidate.replacedAt === null);
      // The year is made of the quarters: its last report is the last quarter's.
      for (const report of inForce)
        if (
          (report.period === period || period === Period.ANNUAL) &&
          (lastReport === null || report.submittedAt > lastReport)
        )
          lastReport = report.submittedAt;
      // Judged by the evaluator, never part of the mean (the year judged from the quarters).
      if (indicator.kind === IndicatorKind.KUALITATIF) {
        qualitative.push({
          sortOrder,
          index,
          narrated: inForce.some((report) => report.period === period || period === Period.ANNUAL),
        });
        continue;
      }
      const { achievement } = computePeriodResult({
        plan: indicator,
        period,
        reports: Object.fromEntries(
          inForce.flatMap((report) =>
            report.value === null ? [] : [[report.period, report.value]],
          ),
        ),
      });
      if (achievement !== null) own.push(achievement);
      else unreported += 1;
    }
    all.push(...own);
    return computePlanAchievement({ achievements: own });
  });
  const stored = computePlanAchievement({ achievements: all });
  return {
    plan: stored ?? 0,
    stored,
    unreported,
    reportedNumeric: all.length,
    qualitative,
    targets,
    lastReport,
  };
}

const RATING_STEPS: readonly Rating[] = [BELOW, MEETS, ABOVE];

/** The judgements of the narrated qualitative IKI of a period, from their own stream. */
function judgementsFor(
  achievement: PeriodAchievement,
  numeric: Rating,
  random: Random,
): EvaluationDraft['judgements'] {
  return achievement.qualitative.flatMap(({ sortOrder, index, narrated }) => {
    if (!narrated) return [];
    const step = random.next();
    const at = RATING_STEPS.indexOf(numeric) + (step < 0.2 ? 1 : step > 0.88 ? -1 : 0);
    return [{ sortOrder, index, rating: RATING_STEPS[Math.max(0, Math.min(2, at))] }];
  });
}

/** The evaluator's judgement: mostly the suggestion, sometimes the other side of a threshold. */
function judgeResult(
  random: Random,
  {
    achievement,
    suggested,
    thresholds,
  }: { achievement: number; suggested: Rating; thresholds: Thresholds },
): Rating {
  const nearExceeds = Math.abs(achievement - thresholds.exceedsThreshold) <= 2;
  const nearMeets = Math.abs(achievement - thresholds.meetsThreshold) <= 2.5;
  if (nearExceeds && random.chance(0.3)) return suggested === ABOVE ? MEETS : ABOVE;
  if (nearMeets && random.chance(0.3)) return suggested === BELOW ? MEETS : BELOW;
  if (random.chance(0.02)) return suggested === MEETS ? random.pick([ABOVE, BELOW]) : MEETS;
  return suggested;
}

// ---- the plan ---------------------------------------------------------------------------------

type Working = EvaluationDraft & {
  /** What the calibration ranks by: the annual achievement, or TW1–TW3 for 2026 drafts. */
  score: number;
  targetAchievements: (number | null)[];
  calibrated: boolean;
};

function setRatings(draft: Working, resultRating: Rating, behaviorRating: Rating) {
  Object.assign(draft, {
    resultRating,
    behaviorRating,
    ...computePredicate({ resultRating, behaviorRating }),
    differsFromSuggestion:
      draft.suggestedResultRating !== null && draft.suggestedResultRating !== resultRating,
  });
}

/**
 * The calibration meeting: while the unit's curve fails, move the best BAIK up to SANGAT_BAIK
 * (or the weakest down) and give the weakest BAIK a BUTUH_PERBAIKAN when the curve needs one.
 */
function calibrate(members: Working[], organizationPredicate: OrganizationPredicateValue) {
  for (let round = 0; round <= members.length; round += 1) {
    const check = checkDistribution({
      organizationPredicate,
      counts: countPredicates(members.map((member) => member.predicate)),
    });
    const failing = check.rules.find((rule) => !rule.passed);
    if (!failing) return;
    const baik = members
      .filter((member) => member.predicate === Predicate.BAIK && member.behaviorRating !== BELOW)
      .sort((a, b) => b.score - a.score);
    if (baik.length === 0) break;
    const best = baik[0];
    const weakest = baik[baik.length - 1];
    if (failing.bound === 'AT_MOST_PERCENT' && failing.predicates.includes(Predicate.BAIK)) {
      if (best.score >= 100) setRatings(best, ABOVE, ABOVE);
      else setRatings(weakest, BELOW, weakest.behaviorRating);
      (best.score >= 100 ? best : weakest).calibrated = true;
    } else if (failing.bound === 'AT_LEAST_ONE') {
      setRatings(weakest, BELOW, weakest.behaviorRating);
      weakest.calibrated = true;
    } else break;
  }
  const check = checkDistribution({
    organizationPredicate,
    counts: countPredicates(members.map((member) => member.predicate)),
  });
  if (!check.passed)
    throw new Error(`Calibration cannot satisfy the ${organizationPredicate} curve`);
}

function targetBand(achievement: number | null, thresholds: Thresholds): TargetBand {
  if (achievement === null) return 'UNREPORTED';
  if (achievement > thresholds.exceedsThreshold) return 'ABOVE';
  if (achievement >= thresholds.meetsThreshold) return 'MEETS';
  return 'BELOW';
}

function feedbackFor(
  draft: Working,
  profile: BehaviorProfile,
  thresholds: Thresholds,
): EvaluationFeedbackDraft[] {
  const random = streamFor('evaluation-feedback', draft.employeeKey, draft.year, draft.period);
  const targets = draft.targetAchievements.map((achievement, sortOrder) => ({
    sortOrder,
    coreValue: null,
    rating: null,
    text: fillText(random.pick(TARGET_FEEDBACK[targetBand(achievement, thresholds)]), {
      capaian: percentText(achievement ?? 0),
    }),
  }));
  const ratings = valueRatings(profile, draft.year, draft.behaviorRating, random);
  const values = Object.values(CoreValue).map((coreValue) => ({
    sortOrder: null,
    coreValue,
    rating: ratings[coreValue],
    text: random.pick(VALUE_FEEDBACK[coreValue][ratings[coreValue]]),
  }));
  return [...targets, ...values];
}

type Tw3State = 'FINAL' | 'DRAFT' | 'MISSING';

/** TW3 2026 is being evaluated now: prompt evaluators are done, slow ones have not started. */
function tw3State(
  demo: DemoPlan,
  plan: SkpPlanDraft,
  reported: boolean,
  headKeys: Set<string>,
): Tw3State {
  if (!reported) return 'MISSING';
  const employee = demo.employees.find((candidate) => candidate.key === plan.employeeKey)!;
  const kasiKey = demo.units.find((unit) => unit.name === DEMO_KASI_UNIT)!.headKey;
  if (plan.evaluatorKey === kasiKey) {
    const staff = demo.employees.filter(
      (candidate) =>
        candidate.supervisorKey === kasiKey && candidate.active && !headKeys.has(candidate.key),
    );
    const index = staff.indexOf(employee);
    if (index === 0) return 'MISSING';
    if (index === 1) return 'DRAFT';
    return 'FINAL';
  }
  const pace = streamFor('pace', plan.evaluatorKey!).next();
  const roll = streamFor('tw3', plan.employeeKey).next();
  if (pace < 0.5) return roll < 0.9 ? 'FINAL' : 'DRAFT';
  if (pace < 0.8) return roll < 0.5 ? 'FINAL' : roll < 0.85 ? 'DRAFT' : 'MISSING';
  return roll < 0.4 ? 'DRAFT' : 'MISSING';
}

function unitTree(demo: DemoPlan) {
  const parentOf = new Map(demo.units.map((unit) => [unit.name, unit.parentName]));
  const isWithin = (unitName: string, ancestor: string) => {
    for (let at: string | null = unitName; at !== null; at = parentOf.get(at) ?? null)
      if (at === ancestor) return true;
    return false;
  };
  return { isWithin };
}

/** The evaluation demo, the same on every call for the same organisation and SKP plans. */
export function planGayunganEvaluations(
  demo: DemoPlan,
  {
    skp = planGayunganSkp(demo),
    thresholds = {},
  }: { skp?: SkpDemo; thresholds?: Partial<Record<number, Thresholds>> } = {},
): EvaluationDemo {
  const thresholdsOf = (year: number) => thresholds[year] ?? DEFAULT_THRESHOLDS;
  const byKey = new Map(demo.employees.map((employee) => [employee.key, employee]));
  const headKeys = new Set(demo.units.map((unit) => unit.headKey));
  const { isWithin } = unitTree(demo);
  const approved = skp.plans.filter((plan) => plan.status === PlanStatus.APPROVED);

  let asOf = new Date(0);
  for (const plan of approved.filter((candidate) => candidate.year === ACTIVE_YEAR))
    for (const target of plan.targets)
      for (const indicator of target.indicators)
        for (const report of indicator.realizations)
          if (report.submittedAt > asOf) asOf = report.submittedAt;

  const working: Working[] = [];
  for (const plan of approved) {
    if (plan.evaluatorKey === null) continue; // The Camat is evaluated by the city.
    const profile = behaviorProfileOf(plan.employeeKey);
    const limits = thresholdsOf(plan.year);
    const ranges = periodsOf({ year: plan.year });
    const endOf = (period: Period) => ranges.find((range) => range.period === period)!.endsOn;
    // Most evaluators finalise within the 15-day deadline (evaluationDueDays); a few run late.
    const pace = streamFor('lag', plan.evaluatorKey);
    const lag = pace.next() < 0.08 ? pace.int(14, 20) : pace.int(2, 7);
    const active = plan.year === ACTIVE_YEAR;
    const quarterBehaviors: Rating[] = [];

    for (const period of active ? ACTIVE_PERIODS : CLOSED_PERIODS) {
      const random = streamFor('evaluation', plan.employeeKey, plan.year, period);
      const achievement = planPeriodAchievement(plan, period);
      const numericSuggestion = suggestResultRating({ achievement: achievement.plan, ...limits })!;
      // Each narrated qualitative IKI is judged: mostly as the numbers go, sometimes a step apart.
      const judgements = judgementsFor(
        achievement,
        numericSuggestion,
        streamFor('judgement', plan.employeeKey, plan.year, period),
      );
      const combined = suggestPeriodRating({
        achievement: achievement.stored,
        reportedNumeric: achievement.reportedNumeric,
        judgements: judgements.map((judgement) => judgement.rating),
        ...limits,
      });
      const suggested = combined ?? numericSuggestion;
      const behavior =
        period === Period.ANNUAL
          ? yearBehavior(quarterBehaviors)
          : quarterBehavior(profile, plan.year, random);
      if (period !== Period.ANNUAL) quarterBehaviors.push(behavior);
      const state: Tw3State =
        active && period === Period.TW3
          ? tw3State(demo, plan, achievement.lastReport !== null, headKeys)
          : 'FINAL';
      if (state === 'MISSING') continue;

      // Finalised days to two weeks after the period (never before it ends, nor before the last
      // report), mostly within the evaluation deadline.
      const reportDay =
        achievement.lastReport === null
          ? endOf(period)
          : addDays(jakartaDate(achievement.lastReport), random.int(1, 3));
      const extra = period === Period.ANNUAL ? random.int(4, 8) : random.int(0, 4);
      const finalizedAt = officeMomentOn(
        laterDate(addDays(endOf(period), lag + extra), reportDay),
        random,
      );
      const createdAt = new Date(
        Math.max(
          finalizedAt.getTime() - random.int(1, 3) * DAY,
          (achievement.lastReport?.getTime() ?? 0) + 2 * 60 * MINUTE,
        ),
      );
      const edits = random.pick([0, 0, 0, 1, 1, 2]);
      let status =
        state === 'DRAFT' || finalizedAt > asOf
          ? EvaluationStatus.DRAFT
          : active && period === Period.TW3
            ? EvaluationStatus.FINAL
            : random.chance(0.92)
              ? EvaluationStatus.ACKNOWLEDGED
              : EvaluationStatus.FINAL;
      if (status === EvaluationStatus.DRAFT && createdAt > asOf) continue;
      let acknowledgedAt =
        status === EvaluationStatus.ACKNOWLEDGED
          ? officeMomentOn(addDays(jakartaDate(finalizedAt), random.int(1, 6)), random)
          : null;
      if (acknowledgedAt !== null && acknowledgedAt > asOf) {
        status = EvaluationStatus.FINAL;
        acknowledgedAt = null;
      }

      const draft: Working = {
        employeeKey: plan.employeeKey,
        evaluatorKey: plan.evaluatorKey,
        year: plan.year,
        period,
        revision: 0,
        achievement: achievement.stored,
        unreportedIndicators:
          achievement.unreported + achievement.qualitative.length - judgements.length,
        suggestedResultRating: combined,
        resultRating: MEETS,
        behaviorRating: MEETS,
        predicate: Predicate.BAIK,
        predicateLevel: 4,
        differsFromSuggestion: false,
        summary: null,
        status,
        judgements,
        version: 1 + edits + (status === EvaluationStatus.DRAFT ? 0 : 1),
        createdAt,
        updatedAt:
          status === EvaluationStatus.DRAFT
            ? new Date(createdAt.getTime() + edits * 40 * MINUTE)
            : (acknowledgedAt ?? finalizedAt),
        finalizedAt: status === EvaluationStatus.DRAFT ? null : finalizedAt,
        acknowledgedAt,
        supersededAt: null,
        feedback: [],
        score: achievement.plan,
        targetAchievements: achievement.targets,
        calibrated: false,
      };
      if (draft.acknowledgedAt) draft.version += 1;
      setRatings(
        draft,
        judgeResult(random, { achievement: achievement.plan, suggested, thresholds: limits }),
        behavior,
      );
      working.push(draft);
    }
  }

  // 2026: annual drafts of the two units that prepared for the calibration meeting early.
  const recordedDay = `${ACTIVE_YEAR}-10-12`;
  for (const unitName of [CALIBRATION_2026.failingUnit, CALIBRATION_2026.passingUnit]) {
    const plans = approved.filter(
      (plan) =>
        plan.year === ACTIVE_YEAR &&
        plan.evaluatorKey !== null &&
        isWithin(byKey.get(plan.employeeKey)!.unitName, unitName),
    );
    for (const plan of plans) {
      const random = streamFor('evaluation', plan.employeeKey, plan.year, Period.ANNUAL);
      const quarters = working.filter(
        (draft) => draft.employeeKey === plan.employeeKey && draft.year === ACTIVE_YEAR,
      );
      const sofar = ACTIVE_PERIODS.map((period) => planPeriodAchievement(plan, period).plan);
      const score = sofar.reduce((sum, value) => sum + value, 0) / sofar.length;
      const achievement = planPeriodAchievement(plan, Period.ANNUAL);
      const limits = thresholdsOf(plan.year);
      const createdAt = officeMomentOn(addDays(recordedDay, random.int(3, 12)), random);
      const savedAt = createdAt > asOf ? new Date(asOf.getTime() - 60 * MINUTE) : createdAt;
      const draft: Working = {
        employeeKey: plan.employeeKey,
        evaluatorKey: plan.evaluatorKey!,
        year: plan.year,
        period: Period.ANNUAL,
        revision: 0,
        achievement: achievement.stored,
        // The early drafts judge no qualitative IKI yet: counted beside the suggestion.
        unreportedIndicators: achievement.unreported + achievement.qualitative.length,
        suggestedResultRating: suggestResultRating({ achievement: achievement.stored, ...limits }),
        judgements: [],
        resultRating: MEETS,
        behaviorRating: MEETS,
        predicate: Predicate.BAIK,
        predicateLevel: 4,
        differsFromSuggestion: false,
        summary: fillText(CALIBRATION_DRAFT_SUMMARY, {
          tahun: ACTIVE_YEAR,
          capaian: percentText(score),
        }),
        status: EvaluationStatus.DRAFT,
        version: random.pick([1, 1, 2]),
        createdAt: savedAt,
        updatedAt: savedAt,
        finalizedAt: null,
        acknowledgedAt: null,
        supersededAt: null,
        feedback: [],
        score,
        targetAchievements: achievement.targets,
        calibrated: false,
      };
      const behavior = yearBehavior(quarters.map((quarter) => quarter.behaviorRating));
      if (unitName === CALIBRATION_2026.failingUnit) {
        // The Lurah's first draft: everyone "sesuai ekspektasi".
        setRatings(draft, MEETS, behavior === BELOW ? MEETS : behavior);
      } else {
        const result =
          score > limits.exceedsThreshold ? ABOVE : score < limits.meetsThreshold ? BELOW : MEETS;
        setRatings(draft, result, behavior);
      }
      working.push(draft);
    }
  }

  // Calibration of the closed years (and the 2026 unit that already calibrated), deepest unit first.
  const depthOf = new Map(demo.units.map((unit) => [unit.name, unit.depth]));
  const recorded = [...ORGANIZATION_PREDICATES].sort(
    (a, b) => depthOf.get(b.unitName)! - depthOf.get(a.unitName)!,
  );
  const annualOf = (year: number, unitName: string) =>
    working.filter(
      (draft) =>
        draft.year === year &&
        draft.period === Period.ANNUAL &&
        draft.supersededAt === null &&
        isWithin(byKey.get(draft.employeeKey)!.unitName, unitName),
    );
  for (const year of CYCLE_YEARS) {
    for (const { unitName, byYear } of recorded) {
      const predicate = byYear[year];
      if (predicate === undefined) continue;
      if (year === ACTIVE_YEAR && unitName !== CALIBRATION_2026.passingUnit) continue;
      calibrate(annualOf(year, unitName), predicate);
    }
  }

  const curvesPass = (year: number) =>
    ORGANIZATION_PREDICATES.every(({ unitName, byYear }) => {
      const predicate = byYear[year];
      return (
        predicate === undefined ||
        checkDistribution({
          organizationPredicate: predicate,
          counts: countPredicates(annualOf(year, unitName).map((draft) => draft.predicate)),
        }).passed
      );
    });

  // Summaries, once the ratings are settled.
  for (const draft of working) {
    if (draft.summary !== null) continue;
    const random = streamFor('summary', draft.employeeKey, draft.year, draft.period);
    const values = {
      tahun: draft.year,
      periode: `${PERIOD_NAMES[draft.period]} ${draft.year}`,
      capaian: percentText(draft.achievement ?? 0),
    };
    if (draft.period === Period.ANNUAL) {
      draft.summary = fillText(random.pick(ANNUAL_SUMMARIES[draft.predicate]), values);
      if (draft.calibrated) draft.summary += ` ${CALIBRATION_NOTE}`;
    } else if (random.chance(draft.predicate === Predicate.BAIK ? 0.2 : 0.6)) {
      draft.summary = fillText(random.pick(QUARTER_SUMMARIES[draft.predicate]), values);
    }
  }

  // Objections against the annual evaluations of 2024 and 2025.
  const objections: ObjectionDraft[] = [];
  const revisions: Working[] = [];
  for (const year of OBJECTION_YEARS) {
    const random = streamFor('objections', year);
    const candidates = shuffled(
      random,
      working.filter(
        (draft) =>
          draft.year === year &&
          draft.period === Period.ANNUAL &&
          byKey.get(draft.employeeKey)!.active &&
          byKey.get(draft.evaluatorKey)!.supervisorKey !== null,
      ),
    );
    const below = candidates.filter(
      (draft) =>
        (draft.predicate === Predicate.BUTUH_PERBAIKAN && draft.score >= 80) ||
        draft.predicate === Predicate.KURANG,
    );
    const hopeful = candidates.filter(
      (draft) => draft.predicate === Predicate.BAIK && draft.score > 106,
    );
    let upheld = 0;
    let rejected = 0;
    const queue = [
      ...below.slice(0, 2),
      ...hopeful.slice(0, 1),
      ...below.slice(2),
      ...hopeful.slice(1),
    ];
    for (const original of queue) {
      if (upheld + rejected >= 3) break;
      const revised =
        original.predicate === Predicate.KURANG
          ? { resultRating: original.resultRating, behaviorRating: MEETS }
          : original.predicate === Predicate.BUTUH_PERBAIKAN
            ? { resultRating: MEETS, behaviorRating: original.behaviorRating }
            : null;
      let uphold = false;
      if (revised !== null && upheld < 2 && !original.calibrated) {
        const before = { ...original };
        setRatings(original, revised.resultRating, revised.behaviorRating);
        uphold = curvesPass(year);
        Object.assign(original, before);
      }
      if (!uphold && rejected >= 2) continue;
      objections.push(objectionFor({ original, uphold, revised, year, random, byKey, revisions }));
      if (uphold) upheld += 1;
      else rejected += 1;
    }
  }
  working.push(...revisions);

  for (const draft of working) {
    if (draft.revision === 0)
      draft.feedback = feedbackFor(
        draft,
        behaviorProfileOf(draft.employeeKey),
        thresholdsOf(draft.year),
      );
  }
  // A revision copies the feedback of the evaluation it replaces, as the API does.
  for (const revision of revisions) {
    const original = working.find(
      (draft) =>
        draft.revision === 0 &&
        draft.employeeKey === revision.employeeKey &&
        draft.year === revision.year &&
        draft.period === revision.period,
    )!;
    revision.feedback = original.feedback.map((item) => ({ ...item }));
  }

  const organizationPredicates = ORGANIZATION_PREDICATES.flatMap(({ unitName, byYear }) =>
    CYCLE_YEARS.flatMap((year) => {
      const predicate = byYear[year];
      if (predicate === undefined) return [];
      const random = streamFor('organization-predicate', unitName, year);
      const recordedAt =
        year === ACTIVE_YEAR
          ? officeMomentOn(recordedDay, random)
          : officeMomentOn(`${year}-12-${String(random.int(1, 10)).padStart(2, '0')}`, random);
      // The first row is the kecamatan: a Keputusan Wali Kota a few days before HR records it.
      const fromCity = unitName === ORGANIZATION_PREDICATES[0].unitName;
      const reference = fromCity
        ? {
            referenceNumber: `188.45/${random.int(100, 999)}/436.1.2/${year}`,
            referenceDate: addDays(jakartaDate(recordedAt), -random.int(2, 9)),
          }
        : { referenceNumber: null, referenceDate: null };
      return [{ unitName, year, predicate, recordedAt, ...reference }];
    }),
  );

  return {
    evaluations: working.map(
      ({ score: _score, targetAchievements: _targets, calibrated: _calibrated, ...draft }) => draft,
    ),
    objections,
    feedback: planContinuousFeedback(demo, approved, asOf),
    organizationPredicates,
    asOf,
  };
}

function objectionFor({
  original,
  uphold,
  revised,
  year,
  random,
  byKey,
  revisions,
}: {
  original: Working;
  uphold: boolean;
  revised: { resultRating: Rating; behaviorRating: Rating } | null;
  year: number;
  random: Random;
  byKey: Map<string, DemoEmployeePlan>;
  revisions: Working[];
}): ObjectionDraft {
  const finalized = original.finalizedAt!;
  // Most object before acknowledging; an acknowledged evaluation can still be objected to.
  const keepsAcknowledgement =
    original.status === EvaluationStatus.ACKNOWLEDGED && random.chance(0.3);
  if (!keepsAcknowledgement && original.status === EvaluationStatus.ACKNOWLEDGED) {
    original.status = EvaluationStatus.FINAL;
    original.acknowledgedAt = null;
    original.version -= 1;
  }
  const after = original.acknowledgedAt ?? finalized;
  const filedAt = officeMomentOn(addDays(jakartaDate(after), random.int(1, 5)), random);
  const decidedAt = officeMomentOn(addDays(jakartaDate(filedAt), random.int(5, 12)), random);
  const kind =
    original.predicate === Predicate.KURANG
      ? 'behavior'
      : original.predicate === Predicate.BAIK
        ? 'higher'
        : 'result';
  const reason = fillText(random.pick(OBJECTION_REASONS[kind]), {
    capaian: percentText(original.achievement ?? 0),
  });
  const decisionReason = random.pick(
    uphold ? OBJECTION_DECISIONS.upheld : OBJECTION_DECISIONS.rejected,
  );
  let revision: Working | null = null;
  if (uphold && revised) {
    revision = {
      ...original,
      revision: original.revision + 1,
      status: EvaluationStatus.FINAL,
      version: 1,
      createdAt: decidedAt,
      updatedAt: decidedAt,
      finalizedAt: decidedAt,
      acknowledgedAt: null,
      supersededAt: null,
      feedback: [],
    };
    setRatings(revision, revised.resultRating, revised.behaviorRating);
    revisions.push(revision);
    original.supersededAt = decidedAt;
    original.version += 1;
  }
  original.updatedAt = original.supersededAt ?? original.acknowledgedAt ?? finalized;
  const readAt = random.chance(0.75)
    ? officeMomentOn(addDays(jakartaDate(decidedAt), random.int(0, 2)), random)
    : null;
  return {
    employeeKey: original.employeeKey,
    year,
    reason,
    status: uphold ? ObjectionStatus.UPHELD : ObjectionStatus.REJECTED,
    deciderKey: byKey.get(original.evaluatorKey)!.supervisorKey!,
    decisionReason,
    filedAt,
    decidedAt,
    revised: revision,
    notification: {
      kind: uphold ? 'objection.upheld' : 'objection.rejected',
      // Worded as `resolveObjection` words it.
      message: decisionNoticeMessage(uphold, decisionReason, true),
      params: { audience: 'EMPLOYEE', reason: decisionReason },
      createdAt: decidedAt,
      readAt: readAt !== null && readAt > decidedAt ? readAt : null,
    },
  };
}

// ---- continuous feedback ----------------------------------------------------------------------

/** From the supervisor chain and peers of the same unit, through the 2025 and 2026 cycles. */
function planContinuousFeedback(
  demo: DemoPlan,
  approved: SkpPlanDraft[],
  asOf: Date,
): FeedbackDraft[] {
  const byKey = new Map(demo.employees.map((employee) => [employee.key, employee]));
  const planOf = new Map(approved.map((plan) => [`${plan.employeeKey}|${plan.year}`, plan]));
  const today = jakartaDate(asOf);
  const drafts: FeedbackDraft[] = [];

  for (const year of FEEDBACK_YEARS) {
    const first = `${year}-01-19`;
    const last = year === ACTIVE_YEAR ? addDays(today, -1) : `${year}-12-12`;
    const span = Math.round((Date.parse(last) - Date.parse(first)) / DAY);
    for (const recipient of demo.employees) {
      if (!recipient.active || recipient.supervisorKey === null) continue;
      const random = streamFor('feedback', recipient.key, year);
      const plan = planOf.get(`${recipient.key}|${year}`) ?? null;
      const profile = behaviorProfileOf(recipient.key);
      const chain: DemoEmployeePlan[] = [];
      for (
        let at: string | null = recipient.supervisorKey;
        at !== null;
        at = byKey.get(at)!.supervisorKey
      )
        chain.push(byKey.get(at)!);
      const peers = demo.employees.filter(
        (other) =>
          other.active && other.key !== recipient.key && other.unitName === recipient.unitName,
      );
      const count = year === ACTIVE_YEAR ? random.int(1, 4) : random.int(2, 5);
      for (let n = 0; n < count; n += 1) {
        const roll = random.next();
        const author =
          roll < 0.55 || (roll >= 0.7 && peers.length === 0)
            ? chain[0]
            : roll < 0.7
              ? chain[Math.min(chain.length - 1, random.int(1, 2))]
              : random.pick(peers);
        const fromPeer = !chain.includes(author);
        const kind = fromPeer
          ? pickWeighted(random, [
              [FeedbackKind.PRAISE, 6],
              [FeedbackKind.NOTE, 3],
              [FeedbackKind.IMPROVEMENT, 1],
            ])
          : pickWeighted(random, [
              [FeedbackKind.PRAISE, 4],
              [FeedbackKind.IMPROVEMENT, weaknessShows(profile, year) ? 4 : 2],
              [FeedbackKind.NOTE, 2],
            ]);
        const link = random.next();
        let targetSortOrder: number | null = null;
        let coreValue: CoreValue | null = null;
        let text: string;
        if (link < 0.4 && plan !== null) {
          targetSortOrder = random.int(0, plan.targets.length - 1);
          text = fillText(random.pick(TARGET_LINKED_FEEDBACK[kind]), {
            rhk: plan.targets[targetSortOrder].description,
          });
        } else if (link < 0.7) {
          const weak = weaknessShows(profile, year) ? profile.weakValues : [];
          coreValue =
            kind === FeedbackKind.IMPROVEMENT && weak.length > 0
              ? random.pick(weak)
              : kind === FeedbackKind.PRAISE
                ? random.pick(profile.strongValues)
                : random.pick(Object.values(CoreValue));
          text =
            kind === FeedbackKind.NOTE
              ? fillText(VALUE_NOTE, { nilai: CORE_VALUE_NAMES[coreValue] })
              : VALUE_LINKED_FEEDBACK[coreValue][kind];
        } else {
          text = random.pick(GENERAL_FEEDBACK[kind]);
        }
        const createdAt = officeMomentOn(addDays(first, random.int(0, span)), random);
        if (createdAt > asOf) continue;
        const acknowledgedAt = random.chance(year === ACTIVE_YEAR ? 0.55 : 0.8)
          ? officeMomentOn(addDays(jakartaDate(createdAt), random.int(0, 4)), random)
          : null;
        drafts.push({
          authorKey: author.key,
          recipientKey: recipient.key,
          year,
          targetSortOrder,
          coreValue,
          kind,
          text,
          createdAt,
          acknowledgedAt:
            acknowledgedAt !== null && acknowledgedAt > createdAt && acknowledgedAt <= asOf
              ? acknowledgedAt
              : null,
        });
      }
    }
  }
  return drafts.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

// ---- writing ----------------------------------------------------------------------------------

export async function countEvaluations(manager: EntityManager): Promise<EvaluationCounts> {
  return {
    evaluations: await manager.count(Evaluation),
    evaluationFeedback: await manager.count(EvaluationFeedback),
    objections: await manager.count(Objection),
    feedback: await manager.count(Feedback),
    notifications: await manager.count(Notification),
    organizationPredicates: await manager.count(OrganizationPredicate),
  };
}

/**
 * Writes the evaluation demo after `seedSkp`, in bulk, inside the caller's transaction. Ids are
 * read back by natural keys (plan and period and revision, evaluation, unit name).
 */
export async function seedEvaluations(
  manager: EntityManager,
  demo: DemoPlan,
  employeeIds: Map<string, number>,
): Promise<void> {
  const idOf = (key: string) => employeeIds.get(key)!;
  const cycles = await manager.find(PerformanceCycle, { where: { year: In([...CYCLE_YEARS]) } });
  const cycleIdOf = new Map(cycles.map((cycle) => [cycle.year, cycle.id]));
  const plan = planGayunganEvaluations(demo, {
    thresholds: Object.fromEntries(
      cycles.map((cycle) => [
        cycle.year,
        { exceedsThreshold: cycle.exceedsThreshold, meetsThreshold: cycle.meetsThreshold },
      ]),
    ),
  });

  const planRows = await manager.find(PerformancePlan, {
    select: { id: true, employeeId: true, cycleId: true },
    where: { cycleId: In([...cycleIdOf.values()]) },
  });
  const planIdByOwner = new Map(
    planRows.map((row) => [`${row.employeeId}|${row.cycleId}`, row.id]),
  );
  const planIdOf = (employeeKey: string, year: number) =>
    planIdByOwner.get(`${idOf(employeeKey)}|${cycleIdOf.get(year)}`)!;
  const targetIdByOrder = new Map<string, number>();
  for (const ids of chunksOf(
    planRows.map((row) => row.id),
    IDS_PER_QUERY,
  )) {
    const rows = await manager.find(WorkTarget, {
      select: { id: true, planId: true, sortOrder: true },
      where: { planId: In(ids) },
    });
    for (const row of rows) targetIdByOrder.set(`${row.planId}|${row.sortOrder}`, row.id);
  }
  const units = await manager.find(OrgUnit, { select: { id: true, name: true } });
  const unitIdOf = new Map(units.map((unit) => [unit.name, unit.id]));

  const rowOf = (draft: EvaluationDraft, revisionOfId: number | null = null) => ({
    planId: planIdOf(draft.employeeKey, draft.year),
    employeeId: idOf(draft.employeeKey),
    cycleId: cycleIdOf.get(draft.year)!,
    evaluatorId: idOf(draft.evaluatorKey),
    period: draft.period,
    resultRating: draft.resultRating,
    behaviorRating: draft.behaviorRating,
    predicate: draft.predicate,
    predicateLevel: draft.predicateLevel,
    achievement: draft.achievement,
    unreportedIndicators: draft.unreportedIndicators,
    suggestedResultRating: draft.suggestedResultRating,
    differsFromSuggestion: draft.differsFromSuggestion,
    summary: draft.summary,
    status: draft.status,
    version: draft.version,
    finalizedAt: draft.finalizedAt,
    acknowledgedAt: draft.acknowledgedAt,
    revision: draft.revision,
    revisionOfId,
    supersededAt: draft.supersededAt,
    createdAt: draft.createdAt,
    updatedAt: draft.updatedAt,
  });
  const evaluationKey = (planId: number, period: Period, revision: number) =>
    `${planId}|${period}|${revision}`;
  const evaluationIds = new Map<string, number>();
  const readEvaluationIds = async () => {
    const rows = await manager.find(Evaluation, {
      select: { id: true, planId: true, period: true, revision: true },
      where: { cycleId: In([...cycleIdOf.values()]) },
    });
    for (const row of rows)
      evaluationIds.set(evaluationKey(row.planId, row.period, row.revision), row.id);
  };
  const idOfDraft = (draft: EvaluationDraft) =>
    evaluationIds.get(
      evaluationKey(planIdOf(draft.employeeKey, draft.year), draft.period, draft.revision),
    )!;
  const feedbackRows = (drafts: EvaluationDraft[]) =>
    drafts.flatMap((draft) => {
      const evaluationId = idOfDraft(draft);
      const planId = planIdOf(draft.employeeKey, draft.year);
      return draft.feedback.map((item) => ({
        evaluationId,
        workTargetId:
          item.sortOrder === null ? null : targetIdByOrder.get(`${planId}|${item.sortOrder}`)!,
        coreValue: item.coreValue,
        rating: item.rating,
        text: item.text,
      }));
    });

  const originals = plan.evaluations.filter((draft) => draft.revision === 0);
  const revisions = plan.evaluations.filter((draft) => draft.revision > 0);
  await insertBulk(
    manager,
    Evaluation,
    originals.map((draft) => rowOf(draft)),
  );
  await readEvaluationIds();
  await insertBulk(
    manager,
    Evaluation,
    revisions.map((draft) => rowOf(draft, idOfDraft({ ...draft, revision: draft.revision - 1 }))),
  );
  await readEvaluationIds();
  // The counts kept per unit (calibration, kecamatan summary), as the API keeps them (unit-counts.ts).
  await recountAllUnits(manager);
  await insertBulk(manager, EvaluationFeedback, feedbackRows(plan.evaluations));

  // Judgements name indicators by RHK sort order and position (indicator ids follow it).
  const judged = plan.evaluations.filter((draft) => draft.judgements.length > 0);
  const indicatorIdAt = new Map<string, number>();
  const judgedTargetIds = [
    ...new Set(
      judged.flatMap((draft) =>
        draft.judgements.map((item) =>
          targetIdByOrder.get(`${planIdOf(draft.employeeKey, draft.year)}|${item.sortOrder}`)!,
        ),
      ),
    ),
  ];
  for (const ids of chunksOf(judgedTargetIds, IDS_PER_QUERY)) {
    const rows = await manager.find(Indicator, {
      select: { id: true, workTargetId: true },
      where: { workTargetId: In(ids) },
      order: { id: 'ASC' },
    });
    const seen = new Map<number, number>();
    for (const row of rows) {
      const index = seen.get(row.workTargetId) ?? 0;
      seen.set(row.workTargetId, index + 1);
      indicatorIdAt.set(`${row.workTargetId}|${index}`, row.id);
    }
  }
  await insertBulk(
    manager,
    IndicatorJudgement,
    judged.flatMap((draft) => {
      const planId = planIdOf(draft.employeeKey, draft.year);
      return draft.judgements.map((item) => ({
        evaluationId: idOfDraft(draft),
        indicatorId: indicatorIdAt.get(
          `${targetIdByOrder.get(`${planId}|${item.sortOrder}`)!}|${item.index}`,
        )!,
        rating: item.rating,
      }));
    }),
  );

  const originalOf = (objection: ObjectionDraft) =>
    originals.find(
      (draft) =>
        draft.employeeKey === objection.employeeKey &&
        draft.year === objection.year &&
        draft.period === Period.ANNUAL,
    )!;
  await insertBulk(
    manager,
    Objection,
    plan.objections.map((objection) => ({
      evaluationId: idOfDraft(originalOf(objection)),
      employeeId: idOf(objection.employeeKey),
      reason: objection.reason,
      status: objection.status,
      deciderId: idOf(objection.deciderKey),
      decisionReason: objection.decisionReason,
      filedAt: objection.filedAt,
      decidedAt: objection.decidedAt,
      revisedEvaluationId: objection.revised === null ? null : idOfDraft(objection.revised),
    })),
  );
  const objectionRows = await manager.find(Objection, {
    select: { id: true, evaluationId: true },
    where: {
      evaluationId: In(plan.objections.map((objection) => idOfDraft(originalOf(objection)))),
    },
  });
  const objectionIdOf = new Map(objectionRows.map((row) => [row.evaluationId, row.id]));
  await insertBulk(
    manager,
    Notification,
    plan.objections.map((objection) => ({
      recipientId: idOf(objection.employeeKey),
      kind: objection.notification.kind,
      message: objection.notification.message,
      params: reasonParamList(objection.notification.params),
      entity: 'Objection',
      entityId: String(objectionIdOf.get(idOfDraft(originalOf(objection)))!),
      createdAt: objection.notification.createdAt,
      readAt: objection.notification.readAt,
    })),
  );

  await insertBulk(
    manager,
    Feedback,
    plan.feedback.map((item) => ({
      cycleId: cycleIdOf.get(item.year)!,
      authorId: idOf(item.authorKey),
      recipientId: idOf(item.recipientKey),
      workTargetId:
        item.targetSortOrder === null
          ? null
          : targetIdByOrder.get(
              `${planIdOf(item.recipientKey, item.year)}|${item.targetSortOrder}`,
            )!,
      coreValue: item.coreValue,
      kind: item.kind,
      text: item.text,
      createdAt: item.createdAt,
      acknowledgedAt: item.acknowledgedAt,
    })),
  );
  await insertBulk(
    manager,
    OrganizationPredicate,
    plan.organizationPredicates.map((record) => ({
      unitId: unitIdOf.get(record.unitName)!,
      cycleId: cycleIdOf.get(record.year)!,
      predicate: record.predicate,
      recordedAt: record.recordedAt,
      referenceNumber: record.referenceNumber,
      referenceDate: record.referenceDate,
    })),
  );
}
