import { DRIVERS, openTestDatabase } from '../testing/databases';
import { buildSmallOrg } from '../testing/fixtures';
import {
  createApprovedPlan,
  createCycle,
  createFinalEvaluation,
  keptAndFreshResultTotals,
} from '../testing/plan-fixtures';
import { Period } from '../modules/cycle/cycle.enums';
import { Evaluation } from '../modules/evaluation/evaluation.entity';
import { EvaluationStatus, Rating } from '../modules/evaluation/evaluation.enums';
import { Employee } from '../modules/org/employee.entity';

describe.each(DRIVERS)('the UnitResultTotals migration on %s', (kind) => {
  it('backfills the totals per unit from the evaluations in force of active employees', async () => {
    const db = await openTestDatabase(kind);
    try {
      const ds = db.dataSource;
      const org = await buildSmallOrg(ds);
      const cycleId = await createCycle(ds, 2026);
      const planOf = (employeeId: number) => createApprovedPlan(ds, { employeeId, cycleId });
      const [a1, a2, b1, kasiA] = await Promise.all(
        [org.people.staffA1, org.people.staffA2, org.people.staffB1, org.people.kasiA].map(
          (person) => planOf(person.id),
        ),
      );
      const good = {
        resultRating: Rating.SESUAI_EKSPEKTASI,
        behaviorRating: Rating.SESUAI_EKSPEKTASI,
      };
      await createFinalEvaluation(ds, a1, { period: Period.TW1, ...good, achievement: 95.5 });
      await createFinalEvaluation(ds, a1, { period: Period.ANNUAL, ...good });
      // A draft, a superseded one and an inactive employee's: none counts.
      await createFinalEvaluation(ds, kasiA, {
        period: Period.TW1,
        ...good,
        status: EvaluationStatus.DRAFT,
      });
      const superseded = await createFinalEvaluation(ds, a2, { period: Period.TW1, ...good });
      await ds.getRepository(Evaluation).update(superseded, { supersededAt: new Date() });
      await createFinalEvaluation(ds, b1, { period: Period.TW1, ...good, achievement: 80 });
      await ds.getRepository(Employee).update(org.people.staffB1.id, { active: false });

      const names = async () =>
        (await ds.query<{ name: string }[]>('SELECT name FROM migrations')).map((row) => row.name);
      while ((await names()).some((name) => name.startsWith('UnitResultTotals')))
        await ds.undoLastMigration({ transaction: 'each' });
      await ds.runMigrations({ transaction: 'each' });

      const { kept, fresh } = await keptAndFreshResultTotals(ds);
      expect(kept).toEqual(fresh);
      expect(kept).toEqual([
        `${org.units.unitA.id}|${cycleId}|ANNUAL|BAIK|1|null|0`,
        `${org.units.unitA.id}|${cycleId}|TW1|BAIK|1|95.50|1`,
      ]);
    } finally {
      await db.close();
    }
  }, 120_000);
});
