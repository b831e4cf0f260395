import { AuditLog } from '../../../platform/audit/audit-log.entity';
import { DRIVERS } from '../../../testing/databases';
import { codesOf, type GraphQLResult } from '../../../testing/graphql-client';
import {
  type ApprovedPlan,
  createApprovedCascade,
  createCycle,
  reportRealizations,
} from '../../../testing/plan-fixtures';
import { useSmallOrg } from '../../../testing/suite';
import { Period } from '../../cycle/cycle.enums';
import { OrganizationPredicate } from '../organization-predicate.entity';

const SAVE =
  'mutation ($input: SaveEvaluationInput!) { saveEvaluation(input: $input) { id version predicate } }';
const CHECK = `query ($u: ID!, $c: ID!) { distributionCheck(unitId: $u, cycleId: $c) {
  organizationPredicate total passed counts { predicate count } percentages { predicate percentage }
  rules { rule passed count actualPercent detail employeePage(first: 50) { edges { node { name } } } } } }`;
const STATUS =
  'mutation ($id: ID!, $status: CycleStatus!, $reason: String) { setCycleStatus(id: $id, status: $status, reason: $reason) { status } }';
const fieldsOf = (result: GraphQLResult) =>
  ((result.errors?.[0]?.extensions?.fields ?? []) as { field: string }[]).map((f) => f.field);

describe.each(DRIVERS)('calibration on %s', (kind) => {
  const t = useSmallOrg(kind);
  let cycleId: number;
  const plans: Record<string, ApprovedPlan> = {};

  beforeAll(async () => {
    const ds = t.db.dataSource;
    const p = t.org.people;
    cycleId = await createCycle(ds, 2026);
    Object.assign(
      plans,
      await createApprovedCascade(ds, {
        cycleId,
        people: p,
        staff: ['staffA1', 'staffA2', 'staffB1'],
      }),
    );
    await reportRealizations(ds, plans.staffA1, Period.ANNUAL, [100, 100]);
    // Annual predicates: Kasi A and B BAIK (by the Camat), Staff A1 BAIK, Staff A2 BAIK, Staff B1 BAIK.
    const annual = (who: string) => ({
      input: {
        planId: String(plans[who].planId),
        period: 'ANNUAL',
        resultRating: 'SESUAI_EKSPEKTASI',
        behaviorRating: 'SESUAI_EKSPEKTASI',
      },
    });
    for (const kasi of ['kasiA', 'kasiB']) await t.client.as('camat', SAVE, annual(kasi));
    for (const staff of ['staffA1', 'staffA2']) await t.client.as(p.kasiA.nip, SAVE, annual(staff));
    await t.client.as(p.kasiB.nip, SAVE, annual('staffB1'));
  });

  it('has HR record the kecamatan’s own predicate with the city’s reference, the Camat those below it, nobody else', async () => {
    const SET = `mutation ($u: ID!, $c: ID!, $p: OrganizationPredicateValue!, $n: String, $d: String) {
      setOrganizationPredicate(unitId: $u, cycleId: $c, predicate: $p, referenceNumber: $n, referenceDate: $d) {
        predicate referenceNumber referenceDate unit { name } } }`;
    const p = t.org.people;
    const root = {
      u: String(t.org.units.root.id),
      c: String(cycleId),
      p: 'BAIK',
      n: ' 100.3.3.2/1234/436.1.2/2026 ',
      d: '2026-01-30',
    };
    const unitB = { u: String(t.org.units.unitB.id), c: String(cycleId), p: 'ISTIMEWA' };
    const ds = t.db.dataSource;
    const written = async () => ({
      predicates: await ds.getRepository(OrganizationPredicate).count(),
      audit: await ds.getRepository(AuditLog).countBy({ action: 'organizationPredicate.record' }),
    });
    const none = await written();
    // The Camat never on his own organisation; HR never below it; the rest never.
    for (const [viewer, vars] of [
      ['camat', root],
      [p.kasiA.nip, root],
      [p.staffA1.nip, root],
      ['analis', root],
      ['admin', unitB],
      [p.kasiB.nip, unitB],
      ['analis', unitB],
    ] as const) {
      const refused = await t.client.as(viewer, SET, vars);
      expect([viewer, vars.u, codesOf(refused)]).toEqual([viewer, vars.u, ['FORBIDDEN']]);
    }
    // The root's reference is required and checked; a refusal writes nothing.
    // The API's day is fixed: 12 February 2026 in Jakarta.
    const TODAY = '2026-02-12';
    for (const [change, fields] of [
      [{ n: null, d: null }, ['referenceNumber', 'referenceDate']],
      [{ n: '   ' }, ['referenceNumber']],
      [{ n: 'x'.repeat(101) }, ['referenceNumber']],
      [{ n: 'Nomor\u0000' }, ['referenceNumber']],
      [{ d: '2026-02-30' }, ['referenceDate']],
      [{ d: '30/01/2026' }, ['referenceDate']],
      [{ d: '2026-02-13' }, ['referenceDate']],
    ] as const) {
      const refused = await t.client.on(TODAY, () =>
        t.client.as('admin', SET, { ...root, ...change }),
      );
      expect([change, codesOf(refused), fieldsOf(refused)]).toEqual([
        change,
        ['BAD_USER_INPUT'],
        fields,
      ]);
    }
    expect(await written()).toEqual(none);
    // At the bounds: 100 characters, dated today in Jakarta.
    const longest = await t.client.on(TODAY, () =>
      t.client.as('admin', SET, { ...root, n: 'x'.repeat(100), d: TODAY }),
    );
    expect(longest.data?.setOrganizationPredicate).toMatchObject({
      referenceNumber: 'x'.repeat(100),
      referenceDate: TODAY,
    });
    const recorded = await t.client.as('admin', SET, root);
    expect(recorded.data?.setOrganizationPredicate).toEqual({
      predicate: 'BAIK',
      referenceNumber: '100.3.3.2/1234/436.1.2/2026',
      referenceDate: '2026-01-30',
      unit: { name: 'Kecamatan Uji' },
    });
    const audit = await ds.getRepository(AuditLog).findOneOrFail({
      where: { action: 'organizationPredicate.record' },
      order: { id: 'DESC' },
    });
    expect(audit.after).toMatchObject({
      predicate: 'BAIK',
      referenceNumber: '100.3.3.2/1234/436.1.2/2026',
      referenceDate: '2026-01-30',
    });
    expect(audit.before).toMatchObject({ referenceNumber: 'x'.repeat(100) });
    // The Camat below the kecamatan: no reference needed, a given one still checked.
    expect(codesOf(await t.client.as('camat', SET, { ...unitB, d: '2026-13-01' }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect((await t.client.as('camat', SET, unitB)).data?.setOrganizationPredicate).toEqual({
      predicate: 'ISTIMEWA',
      referenceNumber: null,
      referenceDate: null,
      unit: { name: 'Seksi Trantib' },
    });
    expect(await written()).toEqual({
      predicates: none.predicates + 2,
      audit: none.audit + 3,
    });
    const vars = { u: root.u, c: root.c };
    // Whoever reads the check reads the recorded predicate with its reference.
    const RECORD = `query ($u: ID!, $c: ID!) { distributionCheck(unitId: $u, cycleId: $c) {
      organizationPredicateRecord { predicate referenceNumber referenceDate } } }`;
    for (const viewer of ['camat', 'admin'])
      expect((await t.client.as(viewer, RECORD, vars)).data?.distributionCheck).toEqual({
        organizationPredicateRecord: {
          predicate: 'BAIK',
          referenceNumber: '100.3.3.2/1234/436.1.2/2026',
          referenceDate: '2026-01-30',
        },
      });
    for (const viewer of [p.kasiA.nip, 'analis', p.staffA1.nip])
      expect(codesOf(await t.client.as(viewer, CHECK, vars))).toEqual(['FORBIDDEN']);
    expect((await t.client.as('admin', CHECK, vars)).errors).toBeUndefined();
  });

  it('checks the kecamatan’s annual predicates against the BAIK curve, naming the employees involved', async () => {
    const result = await t.client.as('camat', CHECK, {
      u: String(t.org.units.root.id),
      c: String(cycleId),
    });
    expect(result.errors).toBeUndefined();
    const check = result.data?.distributionCheck;
    expect(check).toMatchObject({ organizationPredicate: 'BAIK', total: 5, passed: false });
    expect(check.counts.find((c: { predicate: string }) => c.predicate === 'BAIK').count).toBe(5);
    expect(
      check.percentages.find((c: { predicate: string }) => c.predicate === 'BAIK').percentage,
    ).toBe(100);
    expect(check.rules.map((r: { rule: string; passed: boolean }) => [r.rule, r.passed])).toEqual([
      ['BAIK_AT_MOST_PERCENT_70', false],
      ['BUTUH_PERBAIKAN+KURANG_AT_LEAST_ONE', false],
    ]);
    expect(
      check.rules[0].employeePage.edges.map((e: { node: { name: string } }) => e.node.name),
    ).toEqual(['Agus Kasi', 'Dewi Staf', 'Eko Staf', 'Fajar Staf', 'Siti Kasi']);
    // A sub-unit counts only its own people.
    const unitA = await t.client.as('camat', CHECK, {
      u: String(t.org.units.unitA.id),
      c: String(cycleId),
    });
    expect(unitA.data?.distributionCheck).toMatchObject({
      organizationPredicate: null,
      total: 3,
      passed: null,
      rules: [],
    });
  });

  it('reads the check in two statements as the bench’s SQL does, and an unknown unit is NOT_FOUND', async () => {
    const COUNTS = `query ($u: ID!, $c: ID!) { distributionCheck(unitId: $u, cycleId: $c) {
      organizationPredicate total passed counts { predicate count } rules { rule passed } } }`;
    const camat = await t.client.viewer('camat');
    t.db.queries.reset();
    const check = await t.client.run(camat, COUNTS, {
      u: String(t.org.units.root.id),
      c: String(cycleId),
    });
    expect(check.data?.distributionCheck).toMatchObject({
      organizationPredicate: 'BAIK',
      total: 5,
      passed: false,
    });
    // The counts, and the unit with its recorded predicate (side by side).
    expect(t.db.queries.count).toBe(2);
    const missing = await t.client.run(camat, COUNTS, {
      u: String(t.org.units.root.id + 999),
      c: String(cycleId),
    });
    expect([codesOf(missing), missing.data]).toEqual([['NOT_FOUND'], null]);
  });

  it('pages the employees a rule counts, by name, for the Camat and HR only', async () => {
    const PAGE = `query ($u: ID!, $c: ID!, $p: [Predicate!]!, $first: Int, $after: String) {
      distributionCheckEmployees(unitId: $u, cycleId: $c, predicates: $p, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } } }`;
    const root = { u: String(t.org.units.root.id), c: String(cycleId), p: ['BAIK'] };
    const all = ['Agus Kasi', 'Dewi Staf', 'Eko Staf', 'Fajar Staf', 'Siti Kasi'];
    for (const viewer of ['camat', 'admin']) {
      const names: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const result: GraphQLResult = await t.client.as(viewer, PAGE, { ...root, first: 2, after });
        expect(result.errors).toBeUndefined();
        const page: {
          totalCount: number;
          edges: { node: { name: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        } = result.data?.distributionCheckEmployees;
        expect(page.totalCount).toBe(5);
        expect(page.edges.length).toBeLessThanOrEqual(2);
        names.push(...page.edges.map((edge) => edge.node.name));
        pages += 1;
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect([viewer, pages, names]).toEqual([viewer, 3, all]);
    }
    // The default page is 50; nobody in a rule that counts no one; a sub-unit counts its own people.
    const whole = await t.client.as('camat', PAGE, root);
    expect(whole.data?.distributionCheckEmployees.edges).toHaveLength(5);
    const none = await t.client.as('camat', PAGE, { ...root, p: ['KURANG', 'SANGAT_KURANG'] });
    expect(none.data?.distributionCheckEmployees).toEqual({
      totalCount: 0,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: [],
    });
    const unitA = await t.client.as('admin', PAGE, { ...root, u: String(t.org.units.unitA.id) });
    expect(unitA.data?.distributionCheckEmployees.totalCount).toBe(3);

    for (const viewer of [t.org.people.kasiA.nip, 'analis', t.org.people.staffA1.nip]) {
      const refused = await t.client.as(viewer, PAGE, root);
      expect([viewer, codesOf(refused), refused.data]).toEqual([viewer, ['FORBIDDEN'], null]);
    }
    for (const [variables, field] of [
      [{ first: 201 }, 'first'],
      [{ first: 0 }, 'first'],
      [{ after: 'not-a-cursor' }, 'after'],
      [{ p: [] }, 'predicates'],
    ] as const) {
      const bad = await t.client.as('camat', PAGE, { ...root, ...variables });
      expect([codesOf(bad), fieldsOf(bad)]).toEqual([['BAD_USER_INPUT'], [field]]);
    }
    expect(
      codesOf(await t.client.as('camat', PAGE, { ...root, u: String(t.org.units.root.id + 999) })),
    ).toEqual(['NOT_FOUND']);
  });

  it('reads a page of a rule’s employees in two statements, with or without a cursor', async () => {
    const PAGE = `query ($u: ID!, $c: ID!, $p: [Predicate!]!, $first: Int, $after: String) {
      distributionCheckEmployees(unitId: $u, cycleId: $c, predicates: $p, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { id name nip } } } }`;
    const root = { u: String(t.org.units.root.id), c: String(cycleId), p: ['BAIK'] };
    const camat = await t.client.viewer('camat');
    t.db.queries.reset();
    const first = await t.client.run(camat, PAGE, { ...root, first: 2 });
    // The count (with the look behind the cursor) and the page, side by side.
    expect(t.db.queries.count).toBe(2);
    expect(first.data?.distributionCheckEmployees).toMatchObject({
      totalCount: 5,
      pageInfo: { hasNextPage: true, hasPreviousPage: false },
      edges: [{ node: { name: 'Agus Kasi' } }, { node: { name: 'Dewi Staf' } }],
    });
    // Whole rows: a field beyond the sort columns comes with them.
    expect(first.data?.distributionCheckEmployees.edges[0].node.nip).toEqual(expect.any(String));
    t.db.queries.reset();
    const second = await t.client.run(camat, PAGE, {
      ...root,
      first: 2,
      after: first.data?.distributionCheckEmployees.pageInfo.endCursor,
    });
    expect(t.db.queries.count).toBe(2);
    expect(second.data?.distributionCheckEmployees).toMatchObject({
      totalCount: 5,
      pageInfo: { hasNextPage: true, hasPreviousPage: true },
      edges: [{ node: { name: 'Eko Staf' } }, { node: { name: 'Fajar Staf' } }],
    });
    // Nobody matches: only then is the unit's existence read.
    t.db.queries.reset();
    const none = await t.client.run(camat, PAGE, { ...root, p: ['SANGAT_KURANG'] });
    expect(none.data?.distributionCheckEmployees.totalCount).toBe(0);
    expect(t.db.queries.count).toBe(3);
  });

  it('pages the employees on the rule itself, each rule on its own', async () => {
    const RULE_PAGE = `query ($u: ID!, $c: ID!, $after: String) { distributionCheck(unitId: $u, cycleId: $c) {
      rules { rule count employeePage(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } } } }`;
    const vars = { u: String(t.org.units.root.id), c: String(cycleId) };
    const first = await t.client.as('camat', RULE_PAGE, vars);
    expect(first.errors).toBeUndefined();
    const [baik, low] = first.data!.distributionCheck.rules;
    expect(baik.employeePage).toMatchObject({
      totalCount: baik.count,
      pageInfo: { hasNextPage: true },
      edges: [
        { node: { name: 'Agus Kasi' } },
        { node: { name: 'Dewi Staf' } },
        { node: { name: 'Eko Staf' } },
      ],
    });
    expect(low.employeePage).toMatchObject({ totalCount: 0, edges: [] });
    const next = await t.client.as('camat', RULE_PAGE, {
      ...vars,
      after: baik.employeePage.pageInfo.endCursor,
    });
    expect(
      next.data?.distributionCheck.rules[0].employeePage.edges.map(
        (edge: { node: { name: string } }) => edge.node.name,
      ),
    ).toEqual(['Fajar Staf', 'Siti Kasi']);
  });

  it('passes once calibration adjusts a draft, and closes the cycle; a failing curve needs a written reason', async () => {
    const p = t.org.people;
    await t.client.as('camat', STATUS, { id: String(cycleId), status: 'CALIBRATION' });
    // The preview the confirmation shows: each failing rule as data, worded by the client.
    const preview = await t.client.as(
      'camat',
      `query ($id: ID!) { cycleTransitionPreview(id: $id, status: CLOSED) { reasonRequired
        failingCurveChecks { unitName organizationPredicate rule predicates bound percent count total actualPercent } } }`,
      { id: String(cycleId) },
    );
    expect(preview.data?.cycleTransitionPreview.reasonRequired).toBe(true);
    expect(preview.data?.cycleTransitionPreview.failingCurveChecks).toContainEqual({
      unitName: 'Kecamatan Uji',
      organizationPredicate: 'BAIK',
      rule: 'BAIK_AT_MOST_PERCENT_70',
      predicates: ['BAIK'],
      bound: 'AT_MOST_PERCENT',
      percent: 70,
      count: 5,
      total: 5,
      actualPercent: 100,
    });
    const refused = await t.client.as('camat', STATUS, { id: String(cycleId), status: 'CLOSED' });
    expect(fieldsOf(refused)).toEqual(['reason']);
    expect(refused.errors?.[0].message).toMatch(/Kecamatan Uji: BAIK: 5 of 5/);
    // Params are data (unit names and counts), never English sentences.
    const [problem] = refused.errors?.[0].extensions?.fields as {
      params: Record<string, unknown>;
    }[];
    expect(problem.params).toMatchObject({ units: 'Kecamatan Uji', unitCount: 1 });
    expect(Object.values(problem.params).join(' ')).not.toMatch(/ of | allows /);
    // Calibration lowers two draft predicates: 3 of 5 BAIK (60 %) and one BUTUH_PERBAIKAN, one SANGAT_BAIK.
    const draft = async (who: string) =>
      (
        await t.client.as(
          'camat',
          `{ evaluations(filter: { period: ANNUAL, employeeId: ${(t.org.people as Record<string, { id: number }>)[who].id} }) { edges { node { id version } } } }`,
        )
      ).data?.evaluations.edges[0].node;
    const staffA2 = await draft('staffA2');
    await t.client.as(p.kasiA.nip, SAVE, {
      input: {
        planId: String(plans.staffA2.planId),
        period: 'ANNUAL',
        resultRating: 'DI_BAWAH_EKSPEKTASI',
        behaviorRating: 'SESUAI_EKSPEKTASI',
        version: staffA2.version,
      },
    });
    const staffB1 = await draft('staffB1');
    await t.client.as(p.kasiB.nip, SAVE, {
      input: {
        planId: String(plans.staffB1.planId),
        period: 'ANNUAL',
        resultRating: 'DI_ATAS_EKSPEKTASI',
        behaviorRating: 'DI_ATAS_EKSPEKTASI',
        version: staffB1.version,
      },
    });
    const check = await t.client.as('camat', CHECK, {
      u: String(t.org.units.root.id),
      c: String(cycleId),
    });
    expect(check.data?.distributionCheck.passed).toBe(true);
    expect(
      (await t.client.as('camat', STATUS, { id: String(cycleId), status: 'CLOSED' })).data
        ?.setCycleStatus.status,
    ).toBe('CLOSED');
  });

  it('accepts no evaluation, feedback or realisation once CLOSED', async () => {
    const p = t.org.people;
    const evaluation = await t.client.as(p.kasiA.nip, SAVE, {
      input: {
        planId: String(plans.staffA1.planId),
        period: 'TW4',
        resultRating: 'SESUAI_EKSPEKTASI',
        behaviorRating: 'SESUAI_EKSPEKTASI',
      },
    });
    expect(codesOf(evaluation)).toEqual(['CONFLICT']);
    const feedback = await t.client.as(
      p.kasiA.nip,
      'mutation ($r: ID!) { giveFeedback(input: { recipientId: $r, kind: NOTE, text: "Catatan akhir tahun" }) { id } }',
      { r: String(p.staffA1.id) },
    );
    expect(codesOf(feedback)).toEqual(['CONFLICT']);
    const realization = await t.client.as(
      p.staffA1.nip,
      'mutation ($i: ID!) { submitRealization(input: { indicatorId: $i, period: TW4, value: 10, note: "Terlambat" }) { id } }',
      { i: String(plans.staffA1.indicatorIds[0]) },
    );
    expect(codesOf(realization)).toEqual(['CONFLICT']);
    // Nor a draft of before finalised, even once its period has ended.
    const [draft] = await t.db.dataSource.query(
      "SELECT id, version FROM evaluation WHERE planId = ? AND period = 'ANNUAL'",
      [plans.staffA1.planId],
    );
    const finalized = await t.client.on('2027-01-15', () =>
      t.client.as(
        p.kasiA.nip,
        'mutation ($id: ID!, $v: Int!) { finalizeEvaluation(id: $id, version: $v, reason: "Penilaian akhir tahun") { status } }',
        { id: String(draft.id), v: Number(draft.version) },
      ),
    );
    expect(finalized.errors?.[0].extensions?.reason).toBe('EVALUATIONS_CLOSED');
    const [after] = await t.db.dataSource.query('SELECT status FROM evaluation WHERE id = ?', [
      draft.id,
    ]);
    expect(after.status).toBe('DRAFT');
    // Nor an organisation predicate: the curve it was closed on is kept.
    const recorded = await t.db.dataSource.getRepository(OrganizationPredicate).find();
    const predicate = await t.client.as(
      'camat',
      'mutation ($u: ID!, $c: ID!) { setOrganizationPredicate(unitId: $u, cycleId: $c, predicate: ISTIMEWA) { id } }',
      { u: String(t.org.units.unitB.id), c: String(cycleId) },
    );
    expect(predicate.errors?.[0].extensions?.reason).toBe('CYCLE_CLOSED');
    expect(await t.db.dataSource.getRepository(OrganizationPredicate).find()).toEqual(recorded);
  });

  it('keeps the Camat’s written reason when closing despite failing rules', async () => {
    const nextYear = await createCycle(t.db.dataSource, 2027);
    await t.client.as(
      'admin',
      'mutation ($u: ID!, $c: ID!) { setOrganizationPredicate(unitId: $u, cycleId: $c, predicate: BUTUH_PERBAIKAN, referenceNumber: "800/77/436.1.2/2027", referenceDate: "2026-11-30") { id } }',
      { u: String(t.org.units.root.id), c: String(nextYear) },
    );
    await t.client.as('camat', STATUS, { id: String(nextYear), status: 'CALIBRATION' });
    const reason = 'Unit baru dibentuk; belum ada penilaian tahunan yang dapat dikalibrasi';
    expect(
      (await t.client.as('camat', STATUS, { id: String(nextYear), status: 'CLOSED', reason })).data
        ?.setCycleStatus.status,
    ).toBe('CLOSED');
    const audit = await t.db.dataSource.getRepository(AuditLog).findOneOrFail({
      where: { entity: 'Cycle', entityId: String(nextYear), action: 'cycle.setStatus' },
      order: { id: 'DESC' },
    });
    expect(audit).toMatchObject({ reason, after: { status: 'CLOSED' } });
  });
});
