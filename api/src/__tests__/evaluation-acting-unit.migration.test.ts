import { DRIVERS, openTestDatabase } from '../testing/databases';
import { buildSmallOrg } from '../testing/fixtures';
import { createApprovedPlan, createCycle, createFinalEvaluation } from '../testing/plan-fixtures';
import { Period } from '../modules/cycle/cycle.enums';
import { Evaluation } from '../modules/evaluation/evaluation.entity';
import { Rating } from '../modules/evaluation/evaluation.enums';
import { ActingAssignment } from '../modules/staffing/acting-assignment.entity';
import { ActingKind, EvaluatorCapacity } from '../modules/staffing/staffing.enums';

describe.each(DRIVERS)('the EvaluationActingUnit migration on %s', (kind) => {
  it('gives evaluations signed as Plt/Plh the unit of the term held on the Jakarta day of signing', async () => {
    const db = await openTestDatabase(kind);
    try {
      const ds = db.dataSource;
      const org = await buildSmallOrg(ds);
      const plan = await createApprovedPlan(ds, {
        employeeId: org.people.staffA1.id,
        cycleId: await createCycle(ds, 2026),
      });
      const evaluation = (period: Period) =>
        createFinalEvaluation(ds, plan, {
          period,
          resultRating: Rating.SESUAI_EKSPEKTASI,
          behaviorRating: Rating.SESUAI_EKSPEKTASI,
        });
      const signed = {
        // 2027-01-04 in Jakarta (late on the 3rd in UTC): inside the Plh term.
        inTerm: await evaluation(Period.ANNUAL),
        // Before the term began.
        before: await evaluation(Period.TW4),
        // As the holder.
        holder: await evaluation(Period.TW3),
      };
      const evaluations = ds.getRepository(Evaluation);
      await evaluations.update(signed.inTerm, {
        evaluatorCapacity: EvaluatorCapacity.PLH,
        finalizedAt: new Date('2027-01-03T20:00:00Z'),
      });
      await evaluations.update(signed.before, {
        evaluatorCapacity: EvaluatorCapacity.PLH,
        finalizedAt: new Date('2027-01-01T05:00:00Z'),
      });
      const term = {
        kind: ActingKind.PLH,
        employeeId: org.people.kasiA.id,
        startsOn: '2027-01-02',
        endsOn: '2027-01-04',
        decreeNumber: 'SPT 800/3/436.11/2027',
      };
      await ds.getRepository(ActingAssignment).insert([
        { ...term, unitId: org.units.unitB.id },
        // Cancelled, and of the other kind: neither counts.
        { ...term, unitId: org.units.root.id, cancelledAt: new Date('2027-01-02T05:00:00Z') },
        { ...term, kind: ActingKind.PLT, unitId: org.units.root.id },
      ]);

      const names = async () =>
        (await ds.query<{ name: string }[]>('SELECT name FROM migrations')).map((row) => row.name);
      while ((await names()).some((name) => name.startsWith('EvaluationActingUnit')))
        await ds.undoLastMigration({ transaction: 'each' });
      await ds.runMigrations({ transaction: 'each' });

      const unitOf = async (id: number) =>
        (await evaluations.findOneByOrFail({ id })).evaluatorActingUnitId;
      expect(await unitOf(signed.inTerm)).toBe(org.units.unitB.id);
      expect(await unitOf(signed.before)).toBeNull();
      expect(await unitOf(signed.holder)).toBeNull();
    } finally {
      await db.close();
    }
  }, 120_000);
});
