import { DRIVERS } from '../../../testing/databases';
import {
  type ApprovedPlan,
  createApprovedCascade,
  createCycle,
  createFinalEvaluation,
  keptAndFreshPredicateCounts,
} from '../../../testing/plan-fixtures';
import { useSmallOrg } from '../../../testing/suite';
import { Period } from '../../cycle/cycle.enums';
import { Employee } from '../../org/employee.entity';
import { Rating } from '../evaluation.enums';

const SAVE =
  'mutation ($input: SaveEvaluationInput!) { saveEvaluation(input: $input) { id version predicate } }';
const FINALIZE =
  'mutation ($id: ID!, $version: Int!) { finalizeEvaluation(id: $id, version: $version, reason: "Dinilai dari rapat evaluasi") { id status } }';
const UPDATE =
  'mutation ($id: ID!, $input: UpdateEmployeeInput!) { updateEmployee(id: $id, input: $input) { version unit { id } } }';
const CHECK = `query ($u: ID!, $c: ID!) { distributionCheck(unitId: $u, cycleId: $c) {
  total counts { predicate count } } }`;

// The distribution check sums counts kept per unit by every write (unit-counts.ts): after
// each kind of write here they must equal a fresh count of the evaluations. The upheld objection
// (objection.api.test.ts) and the mutasi that drops an annual draft (staffing.api.test.ts) check
// the same after theirs.
describe.each(DRIVERS)('calibration counts kept per unit on %s', (kind) => {
  const t = useSmallOrg(kind);
  let cycleId: number;
  let earlierCycleId: number;
  const plans: Record<string, ApprovedPlan> = {};
  const ds = () => t.db.dataSource;
  const annual = (
    who: string,
    ratings: { result: Rating; behavior: Rating },
    version?: number,
  ) => ({
    input: {
      planId: String(plans[who].planId),
      period: 'ANNUAL',
      resultRating: ratings.result,
      behaviorRating: ratings.behavior,
      ...(version === undefined ? {} : { version }),
    },
  });
  const expectFresh = async () => {
    const { kept, fresh } = await keptAndFreshPredicateCounts(ds());
    expect(kept).toEqual(fresh);
    return fresh;
  };
  const check = async (unitId: number, cycle: number) => {
    const result = await t.client.as('camat', CHECK, { u: String(unitId), c: String(cycle) });
    expect(result.errors).toBeUndefined();
    const counts = result.data!.distributionCheck.counts as { predicate: string; count: number }[];
    return Object.fromEntries(counts.filter((c) => c.count > 0).map((c) => [c.predicate, c.count]));
  };

  beforeAll(async () => {
    const p = t.org.people;
    earlierCycleId = await createCycle(ds(), 2025);
    cycleId = await createCycle(ds(), 2026);
    const earlier = await createApprovedCascade(ds(), {
      cycleId: earlierCycleId,
      people: p,
      staff: ['staffA1'],
    });
    // staffA1's annual of the earlier year: it counts in whatever unit they are in now.
    await createFinalEvaluation(ds(), earlier.staffA1, {
      period: Period.ANNUAL,
      resultRating: Rating.DI_ATAS_EKSPEKTASI,
      behaviorRating: Rating.DI_ATAS_EKSPEKTASI,
    });
    Object.assign(
      plans,
      await createApprovedCascade(ds(), {
        cycleId,
        people: p,
        staff: ['staffA1', 'staffA2', 'staffB1'],
      }),
    );
  });

  it('counts a new annual draft, a changed predicate, not a finalisation, and a move between units', async () => {
    const p = t.org.people;
    const { root, unitA, unitB } = t.org.units;
    const baik = { result: Rating.SESUAI_EKSPEKTASI, behavior: Rating.SESUAI_EKSPEKTASI };
    const kurang = { result: Rating.DI_BAWAH_EKSPEKTASI, behavior: Rating.DI_BAWAH_EKSPEKTASI };
    expect(await expectFresh()).toHaveLength(1);

    // New annual drafts (one save each): counted at once.
    const a1 = await t.client.as(p.kasiA.nip, SAVE, annual('staffA1', baik));
    const a2 = await t.client.as(p.kasiA.nip, SAVE, annual('staffA2', baik));
    const b1 = await t.client.as(p.kasiB.nip, SAVE, annual('staffB1', baik));
    for (const saved of [a1, a2, b1]) expect(saved.errors).toBeUndefined();
    await expectFresh();
    expect(await check(unitA.id, cycleId)).toEqual({ BAIK: 2 });
    expect(await check(root.id, cycleId)).toEqual({ BAIK: 3 });

    // The draft saved again with other ratings: its predicate moves to another count.
    const changed = await t.client.as(
      p.kasiA.nip,
      SAVE,
      annual('staffA2', kurang, a2.data!.saveEvaluation.version as number),
    );
    expect(changed.errors).toBeUndefined();
    expect(changed.data?.saveEvaluation.predicate).toBe('SANGAT_KURANG');
    await expectFresh();
    expect(await check(unitA.id, cycleId)).toEqual({ BAIK: 1, SANGAT_KURANG: 1 });

    // Finalising changes no count (drafts count already).
    const final = await t.client.on('2027-01-05', () =>
      t.client.as(p.kasiA.nip, FINALIZE, {
        id: a1.data!.saveEvaluation.id,
        version: a1.data!.saveEvaluation.version,
      }),
    );
    expect(final.errors).toBeUndefined();
    await expectFresh();

    // staffA1 moves to unit B: this year's and the earlier year's annual go with them.
    const { version } = await ds().getRepository(Employee).findOneByOrFail({ id: p.staffA1.id });
    const moved = await t.client.as('admin', UPDATE, {
      id: String(p.staffA1.id),
      input: { version, unitId: String(unitB.id) },
    });
    expect(moved.errors).toBeUndefined();
    expect(moved.data?.updateEmployee.unit).toEqual({ id: String(unitB.id) });
    await expectFresh();
    expect(await check(unitA.id, cycleId)).toEqual({ SANGAT_KURANG: 1 });
    expect(await check(unitB.id, cycleId)).toEqual({ BAIK: 2 });
    expect(await check(unitB.id, earlierCycleId)).toEqual({ SANGAT_BAIK: 1 });
    expect(await check(unitA.id, earlierCycleId)).toEqual({});
    expect(await check(root.id, cycleId)).toEqual({ BAIK: 2, SANGAT_KURANG: 1 });
  });
});
