import { type DataSource } from 'typeorm';
import { PerformanceCycle } from '../../api/src/modules/cycle/cycle.entity';
import { Period } from '../../api/src/modules/cycle/cycle.enums';
import { DevelopmentActivity } from '../../api/src/modules/development/development-activity.entity';
import { DevelopmentPlan } from '../../api/src/modules/development/development-plan.entity';
import {
  ActivityKind,
  ActivityStatus,
  EffectChange,
  EffectMeasure,
  TrainingMode,
} from '../../api/src/modules/development/development.enums';
import { effectTargets } from '../../api/src/modules/development/training-effect.service';
import {
  PEMBINAAN_JP,
  PEMBINAAN_PREDICATES,
} from '../../api/src/modules/development/required-coaching';
import {
  MAX_PROGRAM_JP,
  programProblems,
} from '../../api/src/modules/development/training-program.service';
import { TrainingEffect } from '../../api/src/modules/development/training-effect.entity';
import { TrainingProgram } from '../../api/src/modules/development/training-program.entity';
import {
  type EvaluationPoint,
  measureEffect,
  summarizeEffects,
  toEvaluationPoints,
} from '../../api/src/modules/development/utils/effect.util';
import { Evaluation } from '../../api/src/modules/evaluation/evaluation.entity';
import { EvaluationStatus, Rating } from '../../api/src/modules/evaluation/evaluation.enums';
import { EvaluationFeedback } from '../../api/src/modules/evaluation/evaluation-feedback.entity';
import { Notification } from '../../api/src/modules/feedback/notification.entity';
import { Employee } from '../../api/src/modules/org/employee.entity';
import { EmploymentType } from '../../api/src/modules/org/org.enums';
import { Indicator } from '../../api/src/modules/plan/indicator.entity';
import { CoreValue, IndicatorAspect } from '../../api/src/modules/plan/plan.enums';
import { Realization } from '../../api/src/modules/plan/realization.entity';
import { computeIndicatorAchievement } from '../../api/src/modules/plan/utils/achievement.util';
import { WorkTarget } from '../../api/src/modules/plan/work-target.entity';
import { DRIVERS, openTestDatabase, type TestDatabase } from '../../api/src/testing/databases';
import { planDevelopment, readDevelopmentSnapshot } from '../development.seed';
import { CORE_VALUE_NAMES } from '../evaluation.data';
import { seedDemo } from '../gayungan.seed';
import { ACTIVE_YEAR, CYCLE_YEARS } from '../skp.seed';
import { TRAINING_CATALOGUE } from '../training-catalogue';

const PASSWORD = 'test-demo-password';
const IN_FORCE = [EvaluationStatus.FINAL, EvaluationStatus.ACKNOWLEDGED];

describe('training catalogue', () => {
  it('has 24–28 valid programmes with unique codes and realistic JP', () => {
    expect(TRAINING_CATALOGUE.length).toBeGreaterThanOrEqual(24);
    expect(TRAINING_CATALOGUE.length).toBeLessThanOrEqual(28);
    expect(new Set(TRAINING_CATALOGUE.map((entry) => entry.code)).size).toBe(
      TRAINING_CATALOGUE.length,
    );
    for (const entry of TRAINING_CATALOGUE) {
      const { retiredOn: _retired, forHeads: _heads, coreValues, aspects, ...fields } = entry;
      expect({
        code: entry.code,
        problems: programProblems({ ...fields, competencies: { coreValues, aspects } }),
      }).toEqual({ code: entry.code, problems: [] });
      if (entry.mode === TrainingMode.E_LEARNING) expect(entry.hours).toBeLessThanOrEqual(10);
      expect(entry.hours).toBeLessThanOrEqual(MAX_PROGRAM_JP);
    }
    const retired = TRAINING_CATALOGUE.filter((entry) => entry.retiredOn);
    expect(retired.length).toBeGreaterThanOrEqual(1);
    expect(retired.length).toBeLessThanOrEqual(2);
    for (const mode of Object.values(TrainingMode))
      expect(TRAINING_CATALOGUE.some((entry) => entry.mode === mode)).toBe(true);
  });
});

describe.each(DRIVERS)('development demo on %s', (kind) => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let programs: TrainingProgram[];
  let plans: DevelopmentPlan[];
  let activities: DevelopmentActivity[];
  let evaluations: Evaluation[];
  let feedback: EvaluationFeedback[];
  let ratingsOf: Map<number, Partial<Record<CoreValue, Rating>>>;
  let yearOfCycle: Map<number, number>;
  let employees: Map<number, Employee>;

  const yearOfActivity = (activity: DevelopmentActivity) =>
    yearOfCycle.get(plans.find((plan) => plan.id === activity.planId)!.cycleId)!;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    dataSource = db.dataSource;
    await seedDemo(dataSource, { password: PASSWORD });
    const manager = dataSource.manager;
    programs = await manager.find(TrainingProgram, { order: { code: 'ASC' } });
    plans = await manager.find(DevelopmentPlan, { order: { id: 'ASC' } });
    activities = await manager.find(DevelopmentActivity, { order: { id: 'ASC' } });
    evaluations = await manager.find(Evaluation, { order: { id: 'ASC' } });
    feedback = await manager.find(EvaluationFeedback);
    ratingsOf = new Map();
    for (const item of feedback) {
      if (!item.coreValue || !item.rating) continue;
      const own = ratingsOf.get(item.evaluationId) ?? {};
      own[item.coreValue] = item.rating;
      ratingsOf.set(item.evaluationId, own);
    }
    const cycles = await manager.find(PerformanceCycle);
    yearOfCycle = new Map(cycles.map((cycle) => [cycle.id, cycle.year]));
    employees = new Map((await manager.find(Employee)).map((e) => [e.id, e]));
  }, 180_000);

  afterAll(async () => {
    await db?.close();
  });

  it('writes the catalogue with its retired programmes', () => {
    expect(programs.map((program) => program.code).sort()).toEqual(
      TRAINING_CATALOGUE.map((entry) => entry.code).sort(),
    );
    for (const program of programs) {
      const entry = TRAINING_CATALOGUE.find((candidate) => candidate.code === program.code)!;
      // Stored in enum order, as the API stores them.
      expect(program.coreValues).toEqual(
        Object.values(CoreValue).filter((value) => entry.coreValues.includes(value)),
      );
      expect(program.aspects).toEqual(
        Object.values(IndicatorAspect).filter((aspect) => entry.aspects.includes(aspect)),
      );
      expect(program.retiredAt !== null).toBe(entry.retiredOn !== undefined);
    }
  });

  it('gives every FINAL annual BUTUH_PERBAIKAN or lower its required pembinaan in the next plan', () => {
    const low = evaluations.filter(
      (evaluation) =>
        evaluation.period === Period.ANNUAL &&
        evaluation.supersededAt === null &&
        IN_FORCE.includes(evaluation.status) &&
        PEMBINAAN_PREDICATES.has(evaluation.predicate),
    );
    expect(low.length).toBeGreaterThan(10);
    const required = activities.filter((activity) => activity.required);
    for (const evaluation of low) {
      const year = yearOfCycle.get(evaluation.cycleId)!;
      const matching = required.filter(
        (activity) =>
          activity.employeeId === evaluation.employeeId && yearOfActivity(activity) === year + 1,
      );
      expect(matching).toHaveLength(1);
      expect(matching[0]).toMatchObject({
        kind: ActivityKind.COACHING,
        reasonEvaluationId: evaluation.id,
        jp: PEMBINAAN_JP,
      });
      expect(matching[0].status).not.toBe(ActivityStatus.CANCELLED);
      if (year + 1 < ACTIVE_YEAR) expect(matching[0].status).toBe(ActivityStatus.DONE);
    }
    expect(required).toHaveLength(low.length);
  });

  it('links most activities to a weakness that really is in the named evaluation', async () => {
    const manager = dataSource.manager;
    const indicators = new Map((await manager.find(Indicator)).map((row) => [row.id, row]));
    const targets = new Map((await manager.find(WorkTarget)).map((row) => [row.id, row]));
    const reports = await manager.find(Realization);
    const byId = new Map(evaluations.map((evaluation) => [evaluation.id, evaluation]));
    const chosen = activities.filter((activity) => !activity.required);
    let linked = 0;
    for (const activity of chosen) {
      if (activity.reasonEvaluationId === null) continue;
      const evaluation = byId.get(activity.reasonEvaluationId)!;
      expect(evaluation.employeeId).toBe(activity.employeeId);
      expect(evaluation.supersededAt).toBeNull();
      expect(IN_FORCE).toContain(evaluation.status);
      const year = yearOfCycle.get(evaluation.cycleId)!;
      expect(activity.reason).toContain(String(year));
      if (activity.reasonCoreValue) {
        expect(ratingsOf.get(evaluation.id)![activity.reasonCoreValue]).toBe(
          Rating.DI_BAWAH_EKSPEKTASI,
        );
        expect(activity.reason).toContain(CORE_VALUE_NAMES[activity.reasonCoreValue]);
        if (activity.programId !== null)
          expect(
            programs.find((program) => program.id === activity.programId)!.coreValues,
          ).toContain(activity.reasonCoreValue);
      } else {
        expect(activity.reasonIndicatorId).not.toBeNull();
        const indicator = indicators.get(activity.reasonIndicatorId!)!;
        expect(targets.get(indicator.workTargetId)!.planId).toBe(evaluation.planId);
        expect(activity.reasonAspect).toBe(indicator.aspect);
        const report = reports.find(
          (row) =>
            row.indicatorId === indicator.id &&
            row.period === evaluation.period &&
            row.replacedAt === null,
        )!;
        expect(
          computeIndicatorAchievement({
            target: indicator.target,
            value: report.value!,
            direction: indicator.direction,
          }),
        ).toBeLessThan(100);
        expect(programs.find((program) => program.id === activity.programId)!.aspects).toContain(
          indicator.aspect,
        );
      }
      // The weakness was known before the activity was done.
      if (activity.completedOn)
        expect(evaluation.finalizedAt!.getTime()).toBeLessThan(Date.parse(activity.completedOn));
      linked += 1;
    }
    console.log(
      `Development on ${kind}: ${programs.length} programmes, ${plans.length} plans, ${activities.length} activities ` +
        `(${Object.values(ActivityStatus)
          .map((status) => `${status} ${activities.filter((a) => a.status === status).length}`)
          .join(', ')}); ${activities.length - chosen.length} required pembinaan; ` +
        `${linked}/${chosen.length} chosen activities linked to a weakness ` +
        `(${chosen.filter((a) => a.reasonCoreValue !== null).length} to a core value)`,
    );
    expect(linked / chosen.length).toBeGreaterThan(0.55);
    expect(chosen.filter((activity) => activity.reasonCoreValue !== null).length).toBeGreaterThan(
      60,
    );
  });

  it('keeps each programme once per employee and DONE rows complete', () => {
    const seen = new Set<string>();
    for (const activity of activities) {
      expect(activity.kind === ActivityKind.TRAINING).toBe(activity.programId !== null);
      if (activity.programId !== null && activity.status !== ActivityStatus.CANCELLED) {
        const key = `${activity.employeeId}|${activity.programId}`;
        expect(seen.has(key)).toBe(false);
        seen.add(key);
        const program = programs.find((candidate) => candidate.id === activity.programId)!;
        expect(activity.title).toBe(program.title);
        if (program.retiredAt && activity.completedOn)
          expect(Date.parse(activity.completedOn)).toBeLessThan(program.retiredAt.getTime());
      }
      if (activity.status === ActivityStatus.DONE) {
        expect(activity.completedOn).not.toBeNull();
        expect(activity.completedOn!.slice(0, 4)).toBe(String(yearOfActivity(activity)));
        expect(activity.outcome).toBeTruthy();
      } else expect(activity.completedOn).toBeNull();
      if (activity.status === ActivityStatus.CANCELLED) expect(activity.cancelReason).toBeTruthy();
      if (activity.evidenceUrl)
        expect(activity.evidenceUrl).toMatch(/^https:\/\/arsip\.gayungan\.surabaya\.go\.id\//);
      if (yearOfActivity(activity) < ACTIVE_YEAR)
        expect([ActivityStatus.DONE, ActivityStatus.CANCELLED]).toContain(activity.status);
    }
    const current = activities.filter((activity) => yearOfActivity(activity) === ACTIVE_YEAR);
    for (const status of Object.values(ActivityStatus))
      expect(current.some((activity) => activity.status === status)).toBe(true);
    expect(activities.some((activity) => activity.evidenceUrl !== null)).toBe(true);
  });

  it('brings many PNS to 20 JP a year and leaves some short, this year too', () => {
    const report: string[] = [];
    for (const year of CYCLE_YEARS) {
      const pns = [...employees.values()].filter(
        (employee) => employee.active && employee.employmentType === EmploymentType.PNS,
      );
      const done = (employeeId: number) =>
        activities
          .filter(
            (activity) =>
              activity.employeeId === employeeId &&
              activity.status === ActivityStatus.DONE &&
              yearOfActivity(activity) === year,
          )
          .reduce((sum, activity) => sum + activity.jp, 0);
      const reached = pns.filter((employee) => done(employee.id) >= 20).length;
      report.push(`${year}: ${reached}/${pns.length} PNS at 20 JP done`);
      expect(reached).toBeGreaterThan(0);
      expect(reached).toBeLessThan(pns.length);
      if (year < ACTIVE_YEAR) expect(reached / pns.length).toBeGreaterThan(0.5);
    }
    console.log(`JP on ${kind}: ${report.join('; ')}`);
  });

  it('shows a measurable, mixed effect of training on the later evaluations', async () => {
    const storedEffects = await dataSource.manager.find(TrainingEffect);
    const inForce = evaluations.filter(
      (evaluation) => evaluation.supersededAt === null && IN_FORCE.includes(evaluation.status),
    );
    const points = toEvaluationPoints(
      inForce.map((evaluation) => ({
        ...evaluation,
        cycleYear: yearOfCycle.get(evaluation.cycleId)!,
      })),
      feedback,
    );
    const pointsOf = new Map<number, EvaluationPoint[]>();
    inForce.forEach((evaluation, index) =>
      pointsOf.set(evaluation.employeeId, [
        ...(pointsOf.get(evaluation.employeeId) ?? []),
        points[index],
      ]),
    );
    const done = activities.filter(
      (activity) => activity.status === ActivityStatus.DONE && activity.programId !== null,
    );
    const lines: string[] = [];
    let improved = 0;
    let notImproved = 0;
    let enough = 0;
    let few = 0;
    for (const program of programs) {
      const own = done.filter((activity) => activity.programId === program.id);
      if (own.length === 0) continue;
      for (const target of effectTargets(program, null)) {
        const summary = summarizeEffects(
          own.map((activity) =>
            measureEffect({
              completedOn: activity.completedOn!,
              target,
              evaluations: pointsOf.get(activity.employeeId) ?? [],
            }),
          ),
        );
        // The stored effects the API reads hold the same measured outcomes.
        const stored = summarizeEffects(
          storedEffects.filter(
            (effect) =>
              effect.programId === program.id &&
              effect.measure === target.measure &&
              effect.coreValue === target.coreValue,
          ),
        );
        expect({ ...stored, completions: summary.completions }).toEqual(summary);
        improved += summary.improved;
        notImproved += summary.unchanged + summary.declined;
        if (summary.enoughData) enough += 1;
        else if (summary.measured > 0) few += 1;
        lines.push(
          `${program.code} ${target.coreValue ?? 'RESULT'}: ${summary.completions} done, ${summary.measured} measured, ` +
            `${summary.improved}↑ ${summary.unchanged}= ${summary.declined}↓, ${summary.belowToMeets}/${summary.belowBefore} below→meets`,
        );
      }
    }
    console.log(`Effects on ${kind}:\n${lines.join('\n')}`);
    expect(improved).toBeGreaterThan(0);
    expect(notImproved).toBeGreaterThan(0);
    expect(enough).toBeGreaterThan(0);
    expect(few).toBeGreaterThan(0);

    // Value trainings answering a below-expectation rating: some moved up, some stayed below.
    const valueEffects = done
      .filter((activity) => activity.reasonCoreValue !== null)
      .map((activity) =>
        measureEffect({
          completedOn: activity.completedOn!,
          target: { measure: EffectMeasure.CORE_VALUE, coreValue: activity.reasonCoreValue },
          evaluations: pointsOf.get(activity.employeeId) ?? [],
        }),
      );
    const measured = valueEffects.filter((effect) => effect.change !== EffectChange.NO_DATA);
    expect(measured.length).toBeGreaterThan(30);
    expect(measured.every((effect) => effect.beforeRating === Rating.DI_BAWAH_EKSPEKTASI)).toBe(
      true,
    );
    console.log(
      `Value trainings on ${kind}: ${valueEffects.length} done, ${measured.length} measured, ` +
        `${measured.filter((e) => e.change === EffectChange.IMPROVED).length} improved, ` +
        `${measured.filter((e) => e.change === EffectChange.UNCHANGED).length} still below`,
    );
    expect(measured.some((effect) => effect.change === EffectChange.IMPROVED)).toBe(true);
    expect(measured.some((effect) => effect.change === EffectChange.UNCHANGED)).toBe(true);
  });

  it('plans the same from the same data', async () => {
    const snapshot = await readDevelopmentSnapshot(dataSource.manager);
    expect(planDevelopment(snapshot)).toEqual(planDevelopment(snapshot));
  });

  it('changes nothing when seeded again', async () => {
    const manager = dataSource.manager;
    const count = async () => ({
      programs: await manager.count(TrainingProgram),
      plans: await manager.count(DevelopmentPlan),
      activities: await manager.count(DevelopmentActivity),
      notifications: await manager.count(Notification),
    });
    const before = await count();
    expect(before.activities).toBe(activities.length);
    const again = await seedDemo(dataSource, { password: PASSWORD });
    expect(again.created).toBe(false);
    expect(again.counts).toMatchObject({
      trainingPrograms: before.programs,
      developmentPlans: before.plans,
      developmentActivities: before.activities,
    });
    expect(await count()).toEqual(before);
  });
});
