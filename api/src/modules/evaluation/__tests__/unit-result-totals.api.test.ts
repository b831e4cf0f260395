import { DRIVERS } from '../../../testing/databases';
import {
  type ApprovedPlan,
  createApprovedCascade,
  createCycle,
  keptAndFreshResultTotals,
  reportRealizations,
} from '../../../testing/plan-fixtures';
import { useSmallOrg } from '../../../testing/suite';
import { Period } from '../../cycle/cycle.enums';
import { Employee } from '../../org/employee.entity';
import { Rating } from '../evaluation.enums';

const SAVE =
  'mutation ($input: SaveEvaluationInput!) { saveEvaluation(input: $input) { id version predicate achievement } }';
const FINALIZE =
  'mutation ($id: ID!, $version: Int!) { finalizeEvaluation(id: $id, version: $version, reason: "Dinilai dari rapat evaluasi") { id status version } }';
const ACKNOWLEDGE = 'mutation ($id: ID!) { acknowledgeEvaluation(id: $id) { status } }';
const UPDATE =
  'mutation ($id: ID!, $input: UpdateEmployeeInput!) { updateEmployee(id: $id, input: $input) { version unit { id } active } }';
const DEACTIVATE =
  'mutation ($id: ID!, $input: DeactivateEmployeeInput!) { deactivateEmployee(id: $id, input: $input) { active } }';
const MOVE =
  'mutation ($input: MoveEmployeeInput!) { moveEmployee(input: $input) { employee { unit { id } } } }';
const SUMMARY = `query ($c: ID!) { kecamatanSummary(cycleId: $c) { unitId evaluationsDone averageAchievement
  predicateCounts { predicate count } } }`;

// The kecamatan summary sums the totals kept per unit by every write (unit-counts.ts): after each
// kind of write here they must equal the totals taken afresh from the evaluations, and the summary
// must answer what a scan of the evaluations gives. The upheld objection (objection.api.test.ts)
// and the mutasi that drops a draft (staffing.api.test.ts) check the same after theirs.
describe.each(DRIVERS)('kecamatan summary totals kept per unit on %s', (kind) => {
  const t = useSmallOrg(kind);
  let cycleId: number;
  const plans: Record<string, ApprovedPlan> = {};
  const ds = () => t.db.dataSource;
  const expectFresh = async () => {
    const { kept, fresh } = await keptAndFreshResultTotals(ds());
    expect(kept).toEqual(fresh);
    return kept;
  };
  /** The summary's results as a scan of the evaluations has them (the read before the kept totals). */
  const scanned = async () => {
    const rows = await ds().query<
      { unitId: number; predicate: string; count: string | number; sum: unknown; n: unknown }[]
    >(
      `SELECT top.id AS unitId, evaluation.predicate AS predicate, COUNT(*) AS count,
          SUM(evaluation.achievement) AS sum, COUNT(evaluation.achievement) AS n
        FROM org_unit top
        INNER JOIN org_unit_closure tree ON tree.ancestorId = top.id
        INNER JOIN employee member ON member.unitId = tree.descendantId AND member.active = ?
        INNER JOIN evaluation evaluation ON evaluation.employeeId = member.id
        WHERE top.depth = 1 AND evaluation.cycleId = ? AND evaluation.supersededAt IS NULL
          AND evaluation.status IN ('FINAL', 'ACKNOWLEDGED')
        GROUP BY top.id, evaluation.predicate`,
      [1, cycleId],
    );
    return rows;
  };
  const expectSummaryAsScanned = async () => {
    const result = await t.client.as('camat', SUMMARY, { c: String(cycleId) });
    expect(result.errors).toBeUndefined();
    const rows = await scanned();
    type Unit = {
      unitId: string;
      evaluationsDone: number;
      averageAchievement: number | null;
      predicateCounts: { predicate: string; count: number }[];
    };
    const units = result.data!.kecamatanSummary as Unit[];
    expect(units.length).toBeGreaterThan(0);
    for (const unit of units) {
      const own = rows.filter((row) => Number(row.unitId) === Number(unit.unitId));
      const n = own.reduce((sum, row) => sum + Number(row.n), 0);
      const total = own.reduce((sum, row) => sum + Number(row.sum ?? 0), 0);
      expect(unit.evaluationsDone).toBe(own.reduce((sum, row) => sum + Number(row.count), 0));
      expect(unit.averageAchievement).toBe(n ? Math.round((total / n) * 100) / 100 : null);
      expect(unit.predicateCounts.filter((c) => c.count > 0)).toEqual(
        unit.predicateCounts
          .filter((c) => own.some((row) => row.predicate === c.predicate))
          .map((c) => ({
            predicate: c.predicate,
            count: Number(own.find((row) => row.predicate === c.predicate)!.count),
          })),
      );
    }
    return units;
  };
  const save = async (evaluator: string, who: string, period: Period, version?: number) => {
    const saved = await t.client.as(evaluator, SAVE, {
      input: {
        planId: String(plans[who].planId),
        period,
        resultRating: Rating.SESUAI_EKSPEKTASI,
        behaviorRating: Rating.DI_ATAS_EKSPEKTASI,
        ...(version === undefined ? {} : { version }),
      },
    });
    expect(saved.errors).toBeUndefined();
    return saved.data!.saveEvaluation as { id: string; version: number };
  };
  const finalize = async (evaluator: string, saved: { id: string; version: number }) => {
    const final = await t.client.as(evaluator, FINALIZE, saved);
    expect(final.errors).toBeUndefined();
    return final.data!.finalizeEvaluation as { id: string; version: number };
  };
  const versionOf = async (id: number) =>
    (await ds().getRepository(Employee).findOneByOrFail({ id })).version;

  beforeAll(async () => {
    // A year whose periods have all ended: the summary counts every period of it.
    cycleId = await createCycle(ds(), 2025);
    Object.assign(
      plans,
      await createApprovedCascade(ds(), {
        cycleId,
        people: t.org.people,
        staff: ['staffA1', 'staffA2', 'staffB1'],
      }),
    );
    await reportRealizations(ds(), plans.staffA1, Period.TW1, [100, 80]);
    await reportRealizations(ds(), plans.staffB1, Period.TW1, [120, 110]);
    t.client.today = '2026-01-10';
  });

  it('follows drafts (not counted), finalising, acknowledging, a unit change, leaving and coming back, and a mutasi', async () => {
    const p = t.org.people;
    const { unitA, unitB } = t.org.units;
    const lines = (unitId: number) => (kept: string[]) =>
      kept.filter((line) => line.startsWith(`${unitId}|${cycleId}|`));

    // Drafts are not in force: nothing counted.
    const a1 = await save(p.kasiA.nip, 'staffA1', Period.TW1);
    const b1 = await save(p.kasiB.nip, 'staffB1', Period.TW1);
    const a2 = await save(p.kasiA.nip, 'staffA2', Period.ANNUAL);
    expect(await expectFresh()).toEqual([]);

    // Finalised (a quarter and the year): counted with their achievement.
    await finalize(p.kasiA.nip, a1);
    await finalize(p.kasiB.nip, b1);
    await finalize(p.kasiA.nip, a2);
    const finals = await expectFresh();
    expect(lines(unitA.id)(finals)).toEqual([
      `${unitA.id}|${cycleId}|ANNUAL|BAIK|1|null|0`,
      `${unitA.id}|${cycleId}|TW1|BAIK|1|90.00|1`,
    ]);
    expect(lines(unitB.id)(finals)).toEqual([`${unitB.id}|${cycleId}|TW1|BAIK|1|115.00|1`]);
    await expectSummaryAsScanned();

    // Acknowledged: still in force, the same totals.
    const acknowledged = await t.client.as(p.staffA1.nip, ACKNOWLEDGE, { id: a1.id });
    expect(acknowledged.errors).toBeUndefined();
    expect(await expectFresh()).toEqual(finals);

    // staffA2 moves to unit B (an employee update): the annual goes with them.
    const moved = await t.client.as('admin', UPDATE, {
      id: String(p.staffA2.id),
      input: { version: await versionOf(p.staffA2.id), unitId: String(unitB.id) },
    });
    expect(moved.errors).toBeUndefined();
    const afterMove = await expectFresh();
    expect(lines(unitB.id)(afterMove)).toContain(`${unitB.id}|${cycleId}|ANNUAL|BAIK|1|null|0`);
    await expectSummaryAsScanned();

    // staffB1 leaves: their evaluations leave the totals; back in service, they return.
    const left = await t.client.as('admin', DEACTIVATE, {
      id: String(p.staffB1.id),
      input: {
        version: await versionOf(p.staffB1.id),
        kind: 'ATAS_PERMINTAAN_SENDIRI',
        effectiveDate: '2026-01-02',
        reason: 'Mengundurkan diri',
      },
    });
    expect(left.errors).toBeUndefined();
    expect(lines(unitB.id)(await expectFresh())).toEqual([
      `${unitB.id}|${cycleId}|ANNUAL|BAIK|1|null|0`,
    ]);
    await expectSummaryAsScanned();
    const back = await t.client.as('admin', UPDATE, {
      id: String(p.staffB1.id),
      input: { version: await versionOf(p.staffB1.id), active: true },
    });
    expect(back.errors).toBeUndefined();
    expect(back.data?.updateEmployee.active).toBe(true);
    expect(lines(unitB.id)(await expectFresh())).toContain(
      `${unitB.id}|${cycleId}|TW1|BAIK|1|115.00|1`,
    );

    // A mutasi after the finalised TW1: staffA1 and their TW1 go to unit B.
    const mutasi = await t.client.as('admin', MOVE, {
      input: {
        employeeId: String(p.staffA1.id),
        version: await versionOf(p.staffA1.id),
        tmt: '2025-05-15',
        decreeNumber: 'SK 800/124/436.11/2025',
        unitId: String(unitB.id),
      },
    });
    expect(mutasi.errors).toBeUndefined();
    const afterMutasi = await expectFresh();
    expect(lines(unitA.id)(afterMutasi)).toEqual([]);
    expect(lines(unitB.id)(afterMutasi)).toEqual([
      `${unitB.id}|${cycleId}|ANNUAL|BAIK|1|null|0`,
      `${unitB.id}|${cycleId}|TW1|BAIK|2|205.00|2`,
    ]);
    await expectSummaryAsScanned();
  });
});
