import { type EntityManager, In, IsNull } from 'typeorm';
import { PerformanceCycle } from '../api/src/modules/cycle/cycle.entity';
import { Period } from '../api/src/modules/cycle/cycle.enums';
import { jakartaDate, periodsOf } from '../api/src/modules/cycle/utils/periods.util';
import { DevelopmentActivity } from '../api/src/modules/development/development-activity.entity';
import { DevelopmentPlan } from '../api/src/modules/development/development-plan.entity';
import {
  ActivityKind,
  ActivityStatus,
  TrainingMode,
} from '../api/src/modules/development/development.enums';
import { requireCoachingForYear } from '../api/src/modules/development/required-coaching';
import { refreshTrainingEffects } from '../api/src/modules/development/training-effects';
import { TrainingProgram } from '../api/src/modules/development/training-program.entity';
import { Evaluation } from '../api/src/modules/evaluation/evaluation.entity';
import { EvaluationStatus, Rating } from '../api/src/modules/evaluation/evaluation.enums';
import { EvaluationFeedback } from '../api/src/modules/evaluation/evaluation-feedback.entity';
import { Notification } from '../api/src/modules/feedback/notification.entity';
import { Employee } from '../api/src/modules/org/employee.entity';
import { EmploymentType, PositionLevel } from '../api/src/modules/org/org.enums';
import { OrgUnit } from '../api/src/modules/org/org-unit.entity';
import { Position } from '../api/src/modules/org/position.entity';
import { Indicator } from '../api/src/modules/plan/indicator.entity';
import { CoreValue, IndicatorAspect } from '../api/src/modules/plan/plan.enums';
import { Realization } from '../api/src/modules/plan/realization.entity';
import { computeIndicatorAchievement } from '../api/src/modules/plan/utils/achievement.util';
import { WorkTarget } from '../api/src/modules/plan/work-target.entity';
import { chunksOf, IDS_PER_QUERY, insertBulk } from './bulk.util';
import { CORE_VALUE_NAMES, PERIOD_NAMES } from './evaluation.data';
import { createRandom, type Random } from './prng.util';
import { ACTIVE_YEAR, CYCLE_YEARS } from './skp.seed';
import {
  CANCEL_REASONS,
  type CatalogueEntry,
  CERTIFICATE_BASE_URL,
  GENERAL_PROGRAMS,
  GENERAL_REASONS,
  INDICATOR_REASONS,
  LEADERSHIP_REASON,
  OUTCOMES,
  PEMBINAAN_OUTCOMES,
  PROGRAMS_FOR_ASPECT,
  PROGRAMS_FOR_VALUE,
  TRAINING_CATALOGUE,
  VALUE_REASONS,
} from './training-catalogue';

// The development half of the Gayungan demo: the training catalogue, and development plans
// 2023–2026 built the way a supervisor builds them from the evaluations already in the database:
// a core value rated below expectation leads to a programme for that value, an indicator below
// target to a programme for its aspect; PNS are topped up towards their 20 JP a year (some are
// not). Completions fall between two evaluated triwulan so their effect is measurable on the
// real ratings. The required pembinaan comes from the API's own `requireCoachingForYear`.
// `planDevelopment` is pure and deterministic over a snapshot; `seedDevelopment` reads the
// snapshot and writes the result inside the caller's transaction, after the evaluations.

export const DEVELOPMENT_SEED = 0xde7e_2026;
const QUARTERS: readonly Period[] = [Period.TW1, Period.TW2, Period.TW3, Period.TW4];
const IN_FORCE = [EvaluationStatus.FINAL, EvaluationStatus.ACKNOWLEDGED];
const DAY = 86_400_000;
/** Share of PNS-years topped up to 20 JP, by year (the rest stay short). */
const TOP_UP_CHANCE: Record<number, number> = { 2023: 0.62, 2024: 0.75, 2025: 0.82, 2026: 0.8 };

// ---- snapshot ---------------------------------------------------------------------------------

export type SnapshotEmployee = {
  id: number;
  nip: string;
  employmentType: EmploymentType;
  level: PositionLevel;
  active: boolean;
  supervisorId: number | null;
  headsUnit: boolean;
};

export type SnapshotEvaluation = {
  id: number;
  employeeId: number;
  planId: number;
  year: number;
  period: Period;
  resultRating: Rating;
  /** YYYY-MM-DD, Asia/Jakarta. */
  finalizedOn: string;
  valueRatings: Partial<Record<CoreValue, Rating>>;
};

export type SnapshotIndicator = {
  id: number;
  planId: number;
  aspect: IndicatorAspect;
  description: string;
  /** Achievement (%) per period reported, from the report in force. */
  achievements: Partial<Record<Period, number>>;
};

export type DevelopmentSnapshot = {
  /** The demo's today (YYYY-MM-DD): the latest report of the active year. */
  today: string;
  employees: SnapshotEmployee[];
  /** In force (FINAL or ACKNOWLEDGED, not superseded). */
  evaluations: SnapshotEvaluation[];
  indicators: SnapshotIndicator[];
};

// ---- the plan ---------------------------------------------------------------------------------

export type ActivityDraft = {
  employeeId: number;
  year: number;
  kind: ActivityKind;
  programCode: string | null;
  title: string;
  reason: string;
  reasonEvaluationId: number | null;
  reasonCoreValue: CoreValue | null;
  reasonIndicatorId: number | null;
  reasonAspect: IndicatorAspect | null;
  jp: number;
  status: ActivityStatus;
  dueDate: string;
  startedOn: string;
  completedOn: string | null;
  outcome: string | null;
  evidenceUrl: string | null;
  cancelReason: string | null;
  createdById: number | null;
};

const catalogue = new Map(TRAINING_CATALOGUE.map((entry) => [entry.code, entry]));

function streamFor(...parts: (string | number)[]): Random {
  let hash = 0x811c9dc5;
  for (const char of parts.join('|')) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return createRandom((DEVELOPMENT_SEED ^ hash) >>> 0);
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const later = (a: string, b: string) => (a > b ? a : b);
const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
const periodText = (year: number, period: Period) => `${PERIOD_NAMES[period]} ${year}`;
const percentText = (value: number) => value.toFixed(1).replace('.', ',');
const endOf = (year: number, period: Period) =>
  periodsOf({ year }).find((range) => range.period === period)!.endsOn;
const ORDER = (a: SnapshotEvaluation, b: SnapshotEvaluation) =>
  a.year - b.year || QUARTERS.indexOf(a.period) - QUARTERS.indexOf(b.period);

/** Days a programme takes from its first session to the day it is done. */
function durationDays(entry: CatalogueEntry, random: Random): number {
  if (entry.hours >= 100) return random.int(40, 60);
  if (entry.mode === TrainingMode.E_LEARNING) return random.int(5, 20);
  if (entry.mode === TrainingMode.CLASSROOM) return Math.ceil(entry.hours / 8) + random.int(0, 2);
  return random.int(21, 45);
}

/** The development plans of the demo, the same on every call for the same snapshot. */
export function planDevelopment(snapshot: DevelopmentSnapshot): ActivityDraft[] {
  const { today } = snapshot;
  const drafts: ActivityDraft[] = [];
  const evaluationsOf = new Map<number, SnapshotEvaluation[]>();
  for (const evaluation of snapshot.evaluations) {
    if (!QUARTERS.includes(evaluation.period)) continue;
    const list = evaluationsOf.get(evaluation.employeeId) ?? [];
    list.push(evaluation);
    evaluationsOf.set(evaluation.employeeId, list);
  }
  const indicatorsOf = new Map<number, SnapshotIndicator[]>();
  for (const indicator of snapshot.indicators) {
    const list = indicatorsOf.get(indicator.planId) ?? [];
    list.push(indicator);
    indicatorsOf.set(indicator.planId, list);
  }

  const employees = [...snapshot.employees]
    .filter((employee) => employee.active)
    .sort((a, b) => a.id - b.id);
  // Leadership training: the pengawas and administrator heads, a few a year from 2024.
  const leadership = new Map<number, { code: string; year: number }>();
  const heads = employees.filter(
    (employee) => employee.headsUnit && employee.employmentType === EmploymentType.PNS,
  );
  const pickHeads = (level: PositionLevel, code: string, years: number[]) => {
    const random = streamFor('leadership', code);
    const candidates = heads.filter((employee) => employee.level === level);
    for (const year of years) {
      if (candidates.length === 0) return;
      const chosen = candidates.splice(random.int(0, candidates.length - 1), 1)[0];
      leadership.set(chosen.id, { code, year });
    }
  };
  pickHeads(PositionLevel.PENGAWAS, 'PKP-01', [2024, 2025, 2026]);
  pickHeads(PositionLevel.ADMINISTRATOR, 'PKA-01', [2025]);

  for (const employee of employees) {
    const random = streamFor('employee', employee.nip);
    const own = (evaluationsOf.get(employee.id) ?? []).sort(ORDER);
    const taken = new Set<string>();
    const mine: ActivityDraft[] = [];

    const offered = (code: string, startedOn: string) => {
      const entry = catalogue.get(code)!;
      if (taken.has(code)) return false;
      if (entry.retiredOn !== undefined && startedOn >= entry.retiredOn) return false;
      if (entry.forHeads && !employee.headsUnit) return false;
      return true;
    };
    /** Statuses as of the demo's today; DONE rows carry the outcome and the certificate. */
    const add = (
      entry: CatalogueEntry | null,
      fields: Omit<
        ActivityDraft,
        | 'employeeId'
        | 'year'
        | 'status'
        | 'completedOn'
        | 'outcome'
        | 'evidenceUrl'
        | 'cancelReason'
        | 'createdById'
        | 'kind'
        | 'programCode'
        | 'title'
      > &
        Partial<Pick<ActivityDraft, 'kind' | 'title'>>,
      { cancelChance = 0.04 }: { cancelChance?: number } = {},
    ) => {
      const activityRandom = streamFor('activity', employee.nip, fields.dueDate, entry?.code ?? '');
      const year = Number(fields.dueDate.slice(0, 4));
      let status: ActivityStatus;
      if (fields.dueDate <= today) status = ActivityStatus.DONE;
      else if (fields.startedOn <= today) status = ActivityStatus.IN_PROGRESS;
      else status = ActivityStatus.PLANNED;
      const cancelled =
        entry !== null &&
        entry.mode === TrainingMode.CLASSROOM &&
        entry.hours < 100 &&
        activityRandom.chance(year === ACTIVE_YEAR ? cancelChance * 2 : cancelChance);
      if (cancelled) status = ActivityStatus.CANCELLED;
      const done = status === ActivityStatus.DONE;
      const mode = entry?.mode ?? TrainingMode.MENTORING;
      const draft: ActivityDraft = {
        employeeId: employee.id,
        year,
        kind: fields.kind ?? ActivityKind.TRAINING,
        programCode: entry?.code ?? null,
        title: fields.title ?? entry!.title,
        ...fields,
        status,
        completedOn: done ? fields.dueDate : null,
        outcome: done
          ? fill(activityRandom.pick(OUTCOMES[mode]), { judul: entry?.title ?? fields.title! })
          : null,
        evidenceUrl:
          done &&
          entry !== null &&
          [TrainingMode.CLASSROOM, TrainingMode.E_LEARNING].includes(mode) &&
          activityRandom.chance(0.7)
            ? `${CERTIFICATE_BASE_URL}/${year}/${employee.nip}/${entry.code.toLowerCase()}-sertifikat.pdf`
            : null,
        cancelReason: cancelled ? activityRandom.pick(CANCEL_REASONS) : null,
        createdById: employee.supervisorId,
      };
      if (entry) taken.add(entry.code);
      if (cancelled && entry) taken.delete(entry.code);
      mine.push(draft);
      return draft;
    };
    const jpOf = (year: number) =>
      mine
        .filter((draft) => draft.year === year && draft.status !== ActivityStatus.CANCELLED)
        .reduce((sum, draft) => sum + draft.jp, 0);

    // 1. A core value rated below expectation: a programme for it in the following triwulan,
    //    at most one per value a year; when no programme is left, mentoring by the supervisor.
    const answered = new Set<string>();
    for (const evaluation of own) {
      const below = (Object.entries(evaluation.valueRatings) as [CoreValue, Rating][])
        .filter(([, rating]) => rating === Rating.DI_BAWAH_EKSPEKTASI)
        .map(([value]) => value)
        .sort();
      for (const value of below) {
        const dueDate = addDays(endOf(evaluation.year, evaluation.period), random.int(40, 80));
        const year = Number(dueDate.slice(0, 4));
        if (year > ACTIVE_YEAR || answered.has(`${value}|${year}`)) continue;
        const code = PROGRAMS_FOR_VALUE[value].find((candidate) =>
          offered(candidate, addDays(dueDate, -20)),
        );
        const entry = code ? catalogue.get(code)! : null;
        const startedOn = later(
          addDays(dueDate, -(entry ? durationDays(entry, random) : random.int(21, 45))),
          addDays(evaluation.finalizedOn, 3),
        );
        const due = later(dueDate, startedOn);
        if (Number(due.slice(0, 4)) !== year) continue;
        answered.add(`${value}|${year}`);
        const reason = fill(random.pick(VALUE_REASONS), {
          nilai: CORE_VALUE_NAMES[value],
          periode: periodText(evaluation.year, evaluation.period),
        });
        add(entry, {
          ...(entry === null && {
            kind: ActivityKind.MENTORING,
            title: `Pendampingan atasan: perilaku ${CORE_VALUE_NAMES[value]}`,
          }),
          reason,
          reasonEvaluationId: evaluation.id,
          reasonCoreValue: value,
          reasonIndicatorId: null,
          reasonAspect: null,
          jp: entry ? entry.hours : 2,
          dueDate: due,
          startedOn,
        });
      }
    }

    // 2. Leadership training of the heads chosen for it.
    const lead = leadership.get(employee.id);
    if (lead) {
      const entry = catalogue.get(lead.code)!;
      const dueDate = `${lead.year}-${random.pick(['05', '08', '10'])}-${String(random.int(10, 28))}`;
      add(
        entry,
        {
          reason: fill(LEADERSHIP_REASON, {
            jabatan: employee.level === PositionLevel.PENGAWAS ? 'pengawas' : 'administrator',
          }),
          reasonEvaluationId: null,
          reasonCoreValue: null,
          reasonIndicatorId: null,
          reasonAspect: null,
          jp: entry.hours,
          dueDate,
          startedOn: addDays(dueDate, -durationDays(entry, random)),
        },
        { cancelChance: 0 },
      );
    }

    // 3. PNS towards 20 JP a year: an indicator below target first, else a programme for all.
    if (employee.employmentType !== EmploymentType.PNS) {
      // PPPK have no statutory minimum: now and then one e-learning.
      for (const year of CYCLE_YEARS) {
        if (!random.chance(0.35)) continue;
        const dueDate = `${year}-${String(random.int(3, 11)).padStart(2, '0')}-${String(random.int(10, 28))}`;
        const code = GENERAL_PROGRAMS.find(
          (candidate) =>
            catalogue.get(candidate)!.mode === TrainingMode.E_LEARNING &&
            offered(candidate, dueDate),
        );
        if (!code) continue;
        const entry = catalogue.get(code)!;
        add(entry, {
          reason: fill(random.pick(GENERAL_REASONS), { tahun: year }),
          reasonEvaluationId: null,
          reasonCoreValue: null,
          reasonIndicatorId: null,
          reasonAspect: null,
          jp: entry.hours,
          dueDate,
          startedOn: addDays(dueDate, -durationDays(entry, random)),
        });
      }
    } else {
      for (const year of CYCLE_YEARS) {
        const toppedUp = random.chance(TOP_UP_CHANCE[year]);
        // Short years still get something, just not enough.
        let budget = toppedUp ? 4 : 1;
        let slot = 0;
        while (jpOf(year) < 20 && budget > 0) {
          budget -= 1;
          slot += 1;
          const month = Math.min(11, 3 + slot * 2 + random.int(0, 2));
          const dueDate = `${year}-${String(month).padStart(2, '0')}-${String(random.int(5, 27)).padStart(2, '0')}`;
          const latest = own
            .filter((evaluation) => addDays(evaluation.finalizedOn, 10) <= dueDate)
            .at(-1);
          const weak = latest
            ? (indicatorsOf.get(latest.planId) ?? [])
                .map((indicator) => ({
                  indicator,
                  achievement: indicator.achievements[latest.period],
                }))
                .filter(
                  (item): item is { indicator: SnapshotIndicator; achievement: number } =>
                    item.achievement !== undefined && item.achievement < 100,
                )
                .sort((a, b) => a.achievement - b.achievement || a.indicator.id - b.indicator.id)
            : [];
          let placed = false;
          for (const { indicator, achievement } of weak) {
            const code = PROGRAMS_FOR_ASPECT[indicator.aspect].find((candidate) =>
              offered(candidate, dueDate),
            );
            if (!code) continue;
            const entry = catalogue.get(code)!;
            const startedOn = later(
              addDays(dueDate, -durationDays(entry, random)),
              addDays(latest!.finalizedOn, 3),
            );
            add(entry, {
              reason: fill(random.pick(INDICATOR_REASONS), {
                iki: indicator.description,
                capaian: percentText(achievement),
                periode: periodText(latest!.year, latest!.period),
              }),
              reasonEvaluationId: latest!.id,
              reasonCoreValue: null,
              reasonIndicatorId: indicator.id,
              reasonAspect: indicator.aspect,
              jp: entry.hours,
              dueDate: later(dueDate, startedOn),
              startedOn,
            });
            placed = true;
            break;
          }
          if (placed) continue;
          const code = GENERAL_PROGRAMS.find((candidate) => offered(candidate, dueDate));
          if (!code) break;
          const entry = catalogue.get(code)!;
          add(entry, {
            reason: fill(random.pick(GENERAL_REASONS), { tahun: year }),
            reasonEvaluationId: null,
            reasonCoreValue: null,
            reasonIndicatorId: null,
            reasonAspect: null,
            jp: entry.hours,
            dueDate,
            startedOn: addDays(dueDate, -durationDays(entry, random)),
          });
        }
      }
    }
    drafts.push(...mine.sort((a, b) => a.dueDate.localeCompare(b.dueDate)));
  }
  return drafts;
}

// ---- reading and writing ----------------------------------------------------------------------

export type DevelopmentCounts = {
  trainingPrograms: number;
  developmentPlans: number;
  developmentActivities: number;
};

export async function countDevelopment(manager: EntityManager): Promise<DevelopmentCounts> {
  return {
    trainingPrograms: await manager.count(TrainingProgram),
    developmentPlans: await manager.count(DevelopmentPlan),
    developmentActivities: await manager.count(DevelopmentActivity),
  };
}

/** What the seed reads back from the database it has just seeded with SKP and evaluations. */
export async function readDevelopmentSnapshot(
  manager: EntityManager,
): Promise<DevelopmentSnapshot> {
  const [employees, positions, units, cycles] = [
    await manager.find(Employee, { order: { id: 'ASC' } }),
    await manager.find(Position),
    await manager.find(OrgUnit, { select: { id: true, headId: true } }),
    await manager.find(PerformanceCycle),
  ];
  const levelOf = new Map(positions.map((position) => [position.id, position.level]));
  const headIds = new Set(units.map((unit) => unit.headId));
  const yearOf = new Map(cycles.map((cycle) => [cycle.id, cycle.year]));
  const evaluations = await manager.find(Evaluation, {
    where: { supersededAt: IsNull(), status: In(IN_FORCE) },
    order: { id: 'ASC' },
  });
  const ratings = new Map<number, Partial<Record<CoreValue, Rating>>>();
  for (const ids of chunksOf(
    evaluations.map((evaluation) => evaluation.id),
    IDS_PER_QUERY,
  )) {
    const items = await manager.find(EvaluationFeedback, {
      select: { evaluationId: true, coreValue: true, rating: true },
      where: { evaluationId: In(ids) },
    });
    for (const item of items) {
      if (!item.coreValue || !item.rating) continue;
      const own = ratings.get(item.evaluationId) ?? {};
      own[item.coreValue] = item.rating;
      ratings.set(item.evaluationId, own);
    }
  }
  const planIds = [...new Set(evaluations.map((evaluation) => evaluation.planId))];
  const indicators: SnapshotIndicator[] = [];
  for (const ids of chunksOf(planIds, IDS_PER_QUERY)) {
    const targets = await manager.find(WorkTarget, {
      select: { id: true, planId: true },
      where: { planId: In(ids) },
    });
    const planOfTarget = new Map(targets.map((target) => [target.id, target.planId]));
    for (const targetIds of chunksOf([...planOfTarget.keys()], IDS_PER_QUERY)) {
      const rows = await manager.find(Indicator, {
        where: { workTargetId: In(targetIds) },
        order: { id: 'ASC' },
      });
      const reports = await manager.find(Realization, {
        select: { indicatorId: true, period: true, value: true },
        where: { indicatorId: In(rows.map((row) => row.id)), replacedAt: IsNull() },
      });
      for (const row of rows) {
        const achievements: Partial<Record<Period, number>> = {};
        for (const report of reports)
          if (report.indicatorId === row.id)
            achievements[report.period] = computeIndicatorAchievement({
              target: row.target,
              value: report.value!,
              direction: row.direction,
            });
        indicators.push({
          id: row.id,
          planId: planOfTarget.get(row.workTargetId)!,
          aspect: row.aspect,
          description: row.description,
          achievements,
        });
      }
    }
  }
  const latest = await manager
    .getRepository(Realization)
    .createQueryBuilder('report')
    .select('MAX(report.submittedAt)', 'latest')
    .getRawOne<{ latest: string | Date | null }>();
  const today = latest?.latest ? jakartaDate(new Date(latest.latest)) : `${ACTIVE_YEAR}-11-01`;
  return {
    today,
    employees: employees.map((employee) => ({
      id: employee.id,
      nip: employee.nip,
      employmentType: employee.employmentType,
      level: levelOf.get(employee.positionId)!,
      active: employee.active,
      supervisorId: employee.supervisorId,
      headsUnit: headIds.has(employee.id),
    })),
    evaluations: evaluations.map((evaluation) => ({
      id: evaluation.id,
      employeeId: evaluation.employeeId,
      planId: evaluation.planId,
      year: yearOf.get(evaluation.cycleId)!,
      period: evaluation.period,
      resultRating: evaluation.resultRating,
      finalizedOn: jakartaDate(evaluation.finalizedAt ?? evaluation.updatedAt),
      valueRatings: ratings.get(evaluation.id) ?? {},
    })),
    indicators,
  };
}

/** 08:00–15:50 WIB on a day, as an instant. */
function officeMoment(date: string, random: Random): Date {
  return new Date(Date.parse(`${date}T01:00:00Z`) + random.int(0, 470) * 60_000);
}

/** The training catalogue as rows, competencies in enum order as the API stores them. */
export function catalogueRows(): Partial<TrainingProgram>[] {
  const introduced = new Date(`${CYCLE_YEARS[0]}-01-09T09:00:00+07:00`);
  return TRAINING_CATALOGUE.map((entry) => {
    const retiredAt = entry.retiredOn ? new Date(`${entry.retiredOn}T09:00:00+07:00`) : null;
    return {
      code: entry.code,
      title: entry.title,
      description: entry.description,
      coreValues: Object.values(CoreValue).filter((value) => entry.coreValues.includes(value)),
      aspects: Object.values(IndicatorAspect).filter((aspect) => entry.aspects.includes(aspect)),
      hours: entry.hours,
      provider: entry.provider,
      mode: entry.mode,
      retiredAt,
      version: retiredAt ? 2 : 1,
      createdAt: introduced,
      updatedAt: retiredAt ?? introduced,
    };
  });
}

/**
 * Writes the catalogue and the development plans after `seedEvaluations`, inside the caller's
 * transaction; then the required pembinaan through the API's `requireCoachingForYear`, placed on
 * the demo's calendar (done in closed years, partly done in the active one), and the stored
 * effects of the completed programmes. Does nothing when the catalogue exists already.
 */
export async function seedDevelopment(manager: EntityManager): Promise<void> {
  if ((await manager.count(TrainingProgram)) > 0) return;
  await insertBulk(manager, TrainingProgram, catalogueRows());
  const programs = await manager.find(TrainingProgram);
  const programIdOf = new Map(programs.map((program) => [program.code, program.id]));

  const snapshot = await readDevelopmentSnapshot(manager);
  const drafts = planDevelopment(snapshot);
  const cycles = await manager.find(PerformanceCycle);
  const cycleIdOf = new Map(cycles.map((cycle) => [cycle.year, cycle.id]));
  const yearOfCycle = new Map(cycles.map((cycle) => [cycle.id, cycle.year]));

  const owners = [...new Set(drafts.map((draft) => `${draft.employeeId}|${draft.year}`))];
  await insertBulk(
    manager,
    DevelopmentPlan,
    owners.map((owner) => {
      const [employeeId, year] = owner.split('|').map(Number);
      return {
        employeeId,
        cycleId: cycleIdOf.get(year)!,
        createdAt: new Date(`${year}-01-15T09:00:00+07:00`),
      };
    }),
  );
  const plans = await manager.find(DevelopmentPlan);
  const planIdOf = new Map(
    plans.map((plan) => [`${plan.employeeId}|${yearOfCycle.get(plan.cycleId)}`, plan.id]),
  );
  await insertBulk(
    manager,
    DevelopmentActivity,
    drafts.map((draft) => {
      const random = streamFor('moments', draft.employeeId, draft.dueDate, draft.title);
      const createdAt = officeMoment(addDays(draft.startedOn, -random.int(10, 30)), random);
      const touched =
        draft.completedOn ?? (draft.status === ActivityStatus.PLANNED ? null : draft.startedOn);
      const updatedAt = touched ? officeMoment(addDays(touched, random.int(0, 3)), random) : null;
      return {
        planId: planIdOf.get(`${draft.employeeId}|${draft.year}`)!,
        employeeId: draft.employeeId,
        kind: draft.kind,
        programId: draft.programCode ? programIdOf.get(draft.programCode)! : null,
        title: draft.title,
        reason: draft.reason,
        reasonEvaluationId: draft.reasonEvaluationId,
        reasonCoreValue: draft.reasonCoreValue,
        reasonIndicatorId: draft.reasonIndicatorId,
        reasonAspect: draft.reasonAspect,
        jp: draft.jp,
        status: draft.status,
        dueDate: draft.dueDate,
        completedOn: draft.completedOn,
        outcome: draft.outcome,
        evidenceUrl: draft.evidenceUrl,
        required: false,
        cancelReason: draft.cancelReason,
        createdById: draft.createdById,
        version: draft.status === ActivityStatus.PLANNED ? 1 : draft.evidenceUrl ? 4 : 3,
        createdAt,
        updatedAt: updatedAt && updatedAt > createdAt ? updatedAt : createdAt,
      };
    }),
  );

  // The required pembinaan, exactly as the API adds it when a cycle is created.
  for (const year of CYCLE_YEARS)
    if (cycleIdOf.has(year + 1)) await requireCoachingForYear(manager, { year, actor: null });
  await placePembinaan(manager, snapshot.today, yearOfCycle);
  // The stored effect of every completed programme, as the API keeps it.
  await refreshTrainingEffects(manager, [...new Set(drafts.map((draft) => draft.employeeId))]);
}

/** The pembinaan the API added today, moved onto the demo's calendar and carried out. */
async function placePembinaan(
  manager: EntityManager,
  today: string,
  yearOfCycle: Map<number, number>,
) {
  const required = await manager.find(DevelopmentActivity, {
    where: { required: true },
    order: { id: 'ASC' },
  });
  const plans = await manager.find(DevelopmentPlan, {
    where: { id: In([...new Set(required.map((activity) => activity.planId))]) },
  });
  const yearOfPlan = new Map(plans.map((plan) => [plan.id, yearOfCycle.get(plan.cycleId)!]));
  const notices = await manager.find(Notification, {
    where: { kind: 'development.pembinaan', entity: 'DevelopmentActivity' },
  });
  for (const activity of required) {
    const year = yearOfPlan.get(activity.planId)!;
    const random = streamFor('pembinaan', activity.employeeId, year);
    const raisedOn = `${year}-01-${String(random.int(6, 16)).padStart(2, '0')}`;
    const createdAt = officeMoment(raisedOn, random);
    const completedOn = `${year}-${String(random.int(2, 5)).padStart(2, '0')}-${String(random.int(3, 27)).padStart(2, '0')}`;
    const inActiveYear = year === ACTIVE_YEAR;
    const roll = random.next();
    const status =
      !inActiveYear || roll < 0.6
        ? completedOn <= today
          ? ActivityStatus.DONE
          : ActivityStatus.IN_PROGRESS
        : roll < 0.85
          ? ActivityStatus.IN_PROGRESS
          : ActivityStatus.PLANNED;
    const done = status === ActivityStatus.DONE;
    const updatedAt =
      status === ActivityStatus.PLANNED
        ? createdAt
        : officeMoment(done ? completedOn : addDays(raisedOn, random.int(20, 40)), random);
    await manager.update(DevelopmentActivity, activity.id, {
      status,
      completedOn: done ? completedOn : null,
      outcome: done ? random.pick(PEMBINAAN_OUTCOMES) : null,
      version: activity.version + (status === ActivityStatus.PLANNED ? 0 : done ? 2 : 1),
      createdAt,
      updatedAt,
    });
    for (const notice of notices.filter((item) => item.entityId === String(activity.id))) {
      const readAt =
        !inActiveYear || random.chance(0.7)
          ? officeMoment(addDays(raisedOn, random.int(0, 4)), random)
          : null;
      await manager.update(Notification, notice.id, {
        createdAt,
        readAt: readAt && readAt > createdAt ? readAt : null,
      });
    }
  }
}
