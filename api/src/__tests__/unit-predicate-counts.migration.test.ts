import { DRIVERS, openTestDatabase } from '../testing/databases';
import { buildSmallOrg } from '../testing/fixtures';
import {
  createApprovedPlan,
  createCycle,
  createFinalEvaluation,
  keptAndFreshPredicateCounts,
} from '../testing/plan-fixtures';
import { Period } from '../modules/cycle/cycle.enums';
import { Evaluation } from '../modules/evaluation/evaluation.entity';
import { EvaluationStatus, Rating } from '../modules/evaluation/evaluation.enums';

describe.each(DRIVERS)('the UnitPredicateCounts migration on %s', (kind) => {
  it('backfills the counts per unit from the annual evaluations in force, drafts included', async () => {
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
      await createFinalEvaluation(ds, a1, { period: Period.ANNUAL, ...good });
      await createFinalEvaluation(ds, kasiA, {
        period: Period.ANNUAL,
        resultRating: Rating.DI_BAWAH_EKSPEKTASI,
        behaviorRating: Rating.DI_BAWAH_EKSPEKTASI,
        status: EvaluationStatus.DRAFT,
      });
      // Superseded, and a quarter's: neither counts.
      const superseded = await createFinalEvaluation(ds, a2, { period: Period.ANNUAL, ...good });
      await ds.getRepository(Evaluation).update(superseded, { supersededAt: new Date() });
      await createFinalEvaluation(ds, b1, { period: Period.TW1, ...good });

      const names = async () =>
        (await ds.query<{ name: string }[]>('SELECT name FROM migrations')).map((row) => row.name);
      while ((await names()).some((name) => name.startsWith('UnitPredicateCounts')))
        await ds.undoLastMigration({ transaction: 'each' });
      await ds.runMigrations({ transaction: 'each' });

      const { kept, fresh } = await keptAndFreshPredicateCounts(ds);
      expect(kept).toEqual(fresh);
      expect(kept).toEqual([
        `${org.units.unitA.id}|${cycleId}|BAIK|1`,
        `${org.units.unitA.id}|${cycleId}|SANGAT_KURANG|1`,
      ]);
    } finally {
      await db.close();
    }
  }, 120_000);
});
