import { CycleStatus } from '../../cycle/cycle.enums';
import { Employee } from '../../org/employee.entity';
import { EmploymentType } from '../../org/org.enums';
import { DRIVERS } from '../../../testing/databases';
import { codesOf, type GraphQLResult } from '../../../testing/graphql-client';
import { createCycle } from '../../../testing/plan-fixtures';
import { useSmallOrg } from '../../../testing/suite';
import { DevelopmentActivity } from '../development-activity.entity';
import { DevelopmentPlan } from '../development-plan.entity';
import { ActivityKind, ActivityStatus } from '../development.enums';

const PAGE = `query ($cycleId: ID!, $unitId: ID, $belowTargetOnly: Boolean, $search: String,
  $sort: JpMemberSort, $descending: Boolean, $offset: Int, $limit: Int) {
  developmentHours(cycleId: $cycleId, unitId: $unitId, belowTargetOnly: $belowTargetOnly, search: $search) {
    totals { employees }
    units { name }
    memberPage(sort: $sort, descending: $descending, offset: $offset, limit: $limit) {
      totalCount offset
      members { employeeId employmentType employee { name unit { name } } jp { planned done target belowTarget } }
    }
  }
}`;

const fieldsOf = (result: GraphQLResult) =>
  ((result.errors?.[0]?.extensions?.fields ?? []) as { field: string }[]).map((f) => f.field);

describe.each(DRIVERS)('JP member page on %s', (kind) => {
  const t = useSmallOrg(kind, { extraStaffInA: 3 });
  let cycleId = '';

  // JP done/planned in 2026 (names sort: Agus, Bambang, Dewi, Eko, Fajar, Siti, Staf 000–002):
  //   Dewi 24/24 (reached), Eko 4/4 (PPPK: no target), Fajar 8/8, Siti 8/18, Staf 000 0/0
  //   (a cancelled 30), everyone else 0/0.
  beforeAll(async () => {
    const dataSource = t.db.dataSource;
    const p = t.org.people;
    const cycle = await createCycle(dataSource, 2026, CycleStatus.ACTIVE);
    cycleId = String(cycle);
    await dataSource
      .getRepository(Employee)
      .update(p.staffA2.id, { employmentType: EmploymentType.PPPK, rank: 'IX' });
    const activities: [number, number, ActivityStatus][] = [
      [p.staffA1.id, 16, ActivityStatus.DONE],
      [p.staffA1.id, 8, ActivityStatus.DONE],
      [p.staffA2.id, 4, ActivityStatus.DONE],
      [p.staffB1.id, 8, ActivityStatus.DONE],
      [p.kasiA.id, 8, ActivityStatus.DONE],
      [p.kasiA.id, 10, ActivityStatus.PLANNED],
      [t.org.extra[0].id, 30, ActivityStatus.CANCELLED],
    ];
    const plans = new Map<number, number>();
    for (const [employeeId, jp, status] of activities) {
      if (!plans.has(employeeId)) {
        const plan = await dataSource
          .getRepository(DevelopmentPlan)
          .save({ employeeId, cycleId: cycle });
        plans.set(employeeId, plan.id);
      }
      await dataSource.getRepository(DevelopmentActivity).insert({
        planId: plans.get(employeeId)!,
        employeeId,
        kind: ActivityKind.COACHING,
        title: 'Pembinaan kinerja',
        reason: 'Uji urutan JP',
        jp,
        status,
        cancelReason: status === ActivityStatus.CANCELLED ? 'Batal' : null,
        completedOn: status === ActivityStatus.DONE ? '2026-03-01' : null,
      });
    }
  });

  const page = async (viewer: string, variables: Record<string, unknown> = {}) => {
    const result = await t.client.as(viewer, PAGE, { cycleId, limit: 100, ...variables });
    expect(result.errors).toBeUndefined();
    return result.data!.developmentHours;
  };
  const names = (overview: any) =>
    overview.memberPage.members.map((member: any) => member.employee.name as string);
  const staff = ['Staf Tambahan 000', 'Staf Tambahan 001', 'Staf Tambahan 002'];
  const byName = [
    'Agus Kasi',
    'Bambang Camat',
    'Dewi Staf',
    'Eko Staf',
    'Fajar Staf',
    'Siti Kasi',
    ...staff,
  ];

  it.each([
    ['NAME', false, byName],
    ['NAME', true, [...byName].reverse()],
    [
      'UNIT',
      false,
      ['Bambang Camat', 'Dewi Staf', 'Eko Staf', 'Siti Kasi', ...staff, 'Agus Kasi', 'Fajar Staf'],
    ],
    [
      'UNIT',
      true,
      ['Agus Kasi', 'Fajar Staf', 'Dewi Staf', 'Eko Staf', 'Siti Kasi', ...staff, 'Bambang Camat'],
    ],
    [
      'EMPLOYMENT_TYPE',
      true,
      ['Eko Staf', 'Agus Kasi', 'Bambang Camat', 'Dewi Staf', 'Fajar Staf', 'Siti Kasi', ...staff],
    ],
    [
      'JP_DONE',
      false,
      ['Agus Kasi', 'Bambang Camat', ...staff, 'Eko Staf', 'Fajar Staf', 'Siti Kasi', 'Dewi Staf'],
    ],
    [
      'JP_DONE',
      true,
      ['Dewi Staf', 'Fajar Staf', 'Siti Kasi', 'Eko Staf', 'Agus Kasi', 'Bambang Camat', ...staff],
    ],
    [
      'JP_PLANNED',
      true,
      ['Dewi Staf', 'Siti Kasi', 'Fajar Staf', 'Eko Staf', 'Agus Kasi', 'Bambang Camat', ...staff],
    ],
    [
      'JP_REMAINING',
      true,
      ['Agus Kasi', 'Bambang Camat', ...staff, 'Fajar Staf', 'Siti Kasi', 'Dewi Staf', 'Eko Staf'],
    ],
    [
      'JP_REMAINING',
      false,
      ['Eko Staf', 'Dewi Staf', 'Fajar Staf', 'Siti Kasi', 'Agus Kasi', 'Bambang Camat', ...staff],
    ],
  ])(
    'orders by %s (descending: %s) in the database, ties by name',
    async (sort, descending, order) => {
      const overview = await page('admin', { sort, descending });
      expect(names(overview)).toEqual(order);
      expect(overview.memberPage.totalCount).toBe(9);
    },
  );

  it('reads the JP of each row beside it', async () => {
    const overview = await page('admin', { sort: 'JP_PLANNED', descending: true, limit: 2 });
    expect(overview.memberPage.members.map((member: any) => member.jp)).toEqual([
      { planned: 24, done: 24, target: 20, belowTarget: false },
      { planned: 18, done: 8, target: 20, belowTarget: true },
    ]);
  });

  it('pages stably through ties: the pages together are the whole ordered list', async () => {
    const whole = names(await page('admin', { sort: 'JP_DONE' }));
    const pages: string[] = [];
    for (let offset = 0; offset < 9; offset += 2) {
      const overview = await page('admin', { sort: 'JP_DONE', offset, limit: 2 });
      expect(overview.memberPage.offset).toBe(offset);
      pages.push(...names(overview));
    }
    expect(pages).toEqual(whole);
  });

  it('keeps the filters: below target only, search, and the privacy of the line', async () => {
    const below = await page('admin', { sort: 'JP_DONE', descending: true, belowTargetOnly: true });
    expect(names(below)).toEqual([
      'Fajar Staf',
      'Siti Kasi',
      'Agus Kasi',
      'Bambang Camat',
      ...staff,
    ]);
    // Totals are over everyone counted, not the filtered list.
    expect(below.totals.employees).toBe(9);
    const searched = await page('admin', { search: 'staf', sort: 'JP_DONE', descending: true });
    expect(names(searched)).toEqual(['Dewi Staf', 'Fajar Staf', 'Eko Staf', ...staff]);
    // Siti Kasi reads her own line only, whatever the order.
    const line = await page(t.org.people.kasiA.nip, { sort: 'JP_DONE', descending: true });
    expect(names(line)).toEqual(['Dewi Staf', 'Siti Kasi', 'Eko Staf', ...staff]);
    expect(line.units).toEqual([{ name: 'Seksi Pelayanan' }]);
  });

  it('narrows to a unit of the scope; a unit outside it gives nothing', async () => {
    const { unitA, unitB } = t.org.units;
    const unit = await page('camat', { unitId: String(unitB.id), sort: 'NAME', descending: true });
    expect(names(unit)).toEqual(['Fajar Staf', 'Agus Kasi']);
    expect(unit.totals.employees).toBe(2);
    // The choices stay the whole scope whatever unit is chosen.
    expect(unit.units.map((choice: any) => choice.name)).toEqual([
      'Kecamatan Uji',
      'Seksi Pelayanan',
      'Seksi Trantib',
    ]);
    const outside = await page(t.org.people.kasiA.nip, { unitId: String(unitB.id) });
    expect(outside.totals.employees).toBe(0);
    expect(outside.memberPage).toEqual({ totalCount: 0, offset: 0, members: [] });
    const inside = await page(t.org.people.kasiA.nip, { unitId: String(unitA.id) });
    expect(inside.memberPage.totalCount).toBe(6);
    const analyst = await page('analis');
    expect(analyst.units).toEqual([]);
    expect(analyst.memberPage.totalCount).toBe(0);
  });

  it('refuses a bad page, naming the argument', async () => {
    for (const [variables, field] of [
      [{ limit: 0 }, 'limit'],
      [{ limit: 101 }, 'limit'],
      [{ offset: -1 }, 'offset'],
    ] as const) {
      const result = await t.client.as('admin', PAGE, { cycleId, ...variables });
      expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
      expect(fieldsOf(result)).toEqual([field]);
    }
  });

  it('totals agree with the members, cancelled JP left out', async () => {
    const result = await t.client.as(
      'admin',
      `query ($cycleId: ID!) {
        developmentHours(cycleId: $cycleId) {
          totals { employees pns jpPlanned jpDone pnsBelowTarget }
          memberPage(limit: 100) { members { employmentType jp { planned done belowTarget } } }
        }
      }`,
      { cycleId },
    );
    expect(result.errors).toBeUndefined();
    const { totals, memberPage } = result.data!.developmentHours;
    // Dewi 24 + Eko 4 + Fajar 8 + Siti 8 done, Siti's 10 planned; Staf 000's 30 cancelled.
    expect(totals).toEqual({ employees: 9, pns: 8, jpPlanned: 54, jpDone: 44, pnsBelowTarget: 7 });
    const members = memberPage.members as {
      employmentType: string;
      jp: { planned: number; done: number; belowTarget: boolean };
    }[];
    const sum = (of: (member: (typeof members)[number]) => number) =>
      members.reduce((total, member) => total + of(member), 0);
    expect({
      employees: members.length,
      pns: sum((member) => (member.employmentType === 'PNS' ? 1 : 0)),
      jpPlanned: sum((member) => member.jp.planned),
      jpDone: sum((member) => member.jp.done),
      pnsBelowTarget: sum((member) => (member.jp.belowTarget ? 1 : 0)),
    }).toEqual(totals);
  });

  it('reads a page with the same number of statements for 2 and 8 members', async () => {
    const count = async (limit: number) => {
      const viewer = await t.client.viewer('admin');
      t.db.queries.reset();
      const result = await t.client.run(viewer, PAGE, {
        cycleId,
        sort: 'JP_DONE',
        descending: true,
        limit,
      });
      expect(result.data?.developmentHours.memberPage.members).toHaveLength(limit);
      return t.db.queries.count;
    };
    expect(await count(8)).toBe(await count(2));
  });

  it('groups nothing per employee: the overview stays linear in the data', async () => {
    const viewer = await t.client.viewer('admin');
    t.db.queries.reset();
    const result = await t.client.run(viewer, PAGE, { cycleId, sort: 'JP_DONE', limit: 10 });
    expect(result.errors).toBeUndefined();
    const { statements } = t.db.queries;
    expect(statements.filter((sql) => /^\s*SELECT/i.test(sql)).length).toBeGreaterThanOrEqual(4);
    // A grouping of every employee's activities is kept in a temporary table of one row per
    // employee, which MariaDB spills to disk past tmp_table_size (16 MiB: about 300 000
    // employees): each JP is read per employee through the indexes instead (see jpOf).
    expect(statements.filter((sql) => /GROUP\s+BY/i.test(sql))).toEqual([]);
  });
});
