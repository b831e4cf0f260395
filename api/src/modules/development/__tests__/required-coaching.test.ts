import type { EntityManager } from 'typeorm';
import { CycleStatus, Period } from '../../cycle/cycle.enums';
import { Evaluation } from '../../evaluation/evaluation.entity';
import { Rating } from '../../evaluation/evaluation.enums';
import { computePredicate } from '../../evaluation/utils/predicate.util';
import { DRIVERS } from '../../../testing/databases';
import {
  createApprovedPlan,
  createCycle,
  createFinalEvaluation,
} from '../../../testing/plan-fixtures';
import { useSmallOrg } from '../../../testing/suite';
import { DevelopmentActivity } from '../development-activity.entity';
import { ActivityStatus } from '../development.enums';
import { syncRequiredCoaching } from '../required-coaching';

const { DI_BAWAH_EKSPEKTASI: BELOW, SESUAI_EKSPEKTASI: MEETS } = Rating;

/** A manager on which someone else changes the activity right after the first read of it. */
function changedAfterRead(
  manager: EntityManager,
  change: Partial<DevelopmentActivity>,
): EntityManager {
  let changed = false;
  return new Proxy(manager, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property);
      if (property !== 'findOneBy') return typeof value === 'function' ? value.bind(target) : value;
      return async (...args: Parameters<EntityManager['findOneBy']>) => {
        const row = await target.findOneBy(...args);
        if (args[0] === DevelopmentActivity && row && !changed) {
          changed = true;
          await target
            .createQueryBuilder()
            .update(DevelopmentActivity)
            .set({ ...change, version: () => 'version + 1' })
            .where('id = :id', { id: (row as DevelopmentActivity).id })
            .execute();
        }
        return row;
      };
    },
  });
}

describe.each(DRIVERS)('required pembinaan kept in line on %s', (kind) => {
  const t = useSmallOrg(kind);
  let cycle2025: number;

  beforeAll(async () => {
    cycle2025 = await createCycle(t.db.dataSource, 2025, CycleStatus.CALIBRATION);
    await createCycle(t.db.dataSource, 2026, CycleStatus.ACTIVE);
  });

  /** The employee's annual 2025 evaluation revised (an upheld objection): a new revision in force. */
  async function reviseAnnual(
    evaluationId: number,
    { resultRating, behaviorRating }: { resultRating: Rating; behaviorRating: Rating },
  ) {
    const repository = t.db.dataSource.getRepository(Evaluation);
    const { id, ...current } = await repository.findOneByOrFail({ id: evaluationId });
    await repository.update(id, { supersededAt: new Date() });
    await repository.insert({
      ...current,
      resultRating,
      behaviorRating,
      ...computePredicate({ resultRating, behaviorRating }),
      revision: current.revision + 1,
      supersededAt: null,
    });
  }

  // Someone changes the pembinaan between the sync's read and its write: the sync must not
  // overwrite that change (a lost update) but stop with STALE_VERSION, changing nothing.
  it.each([
    {
      case: 'cancelling it after a revision lifts the predicate, while the supervisor marks it DONE',
      employee: 'staffA1' as const,
      revised: { resultRating: MEETS, behaviorRating: MEETS },
      change: { status: ActivityStatus.DONE, completedOn: '2026-03-02' },
    },
    {
      case: 'relinking it to a revision that stays low, while the employee starts it',
      employee: 'staffB1' as const,
      revised: { resultRating: BELOW, behaviorRating: BELOW },
      change: { status: ActivityStatus.IN_PROGRESS },
    },
  ])('$case', async ({ employee, revised, change }) => {
    const employeeId = t.org.people[employee].id;
    const plan = await createApprovedPlan(t.db.dataSource, { employeeId, cycleId: cycle2025 });
    const annual = await createFinalEvaluation(t.db.dataSource, plan, {
      period: Period.ANNUAL,
      resultRating: BELOW,
      behaviorRating: MEETS,
    });
    const manager = t.db.dataSource.manager;
    await syncRequiredCoaching(manager, { employeeId, year: 2025, actor: null });
    const required = await manager.findOneByOrFail(DevelopmentActivity, {
      employeeId,
      required: true,
    });
    expect(required).toMatchObject({ status: ActivityStatus.PLANNED, reasonEvaluationId: annual });

    await reviseAnnual(annual, revised);
    await expect(
      syncRequiredCoaching(changedAfterRead(manager, change), {
        employeeId,
        year: 2025,
        actor: null,
      }),
    ).rejects.toMatchObject({ extensions: { code: 'CONFLICT', reason: 'STALE_VERSION' } });

    const after = await manager.findOneByOrFail(DevelopmentActivity, { id: required.id });
    expect(after).toMatchObject({
      ...change,
      reasonEvaluationId: annual,
      cancelReason: null,
      version: required.version + 1,
    });
  });
});
