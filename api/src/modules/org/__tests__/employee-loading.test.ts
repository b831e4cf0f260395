import DataLoader from 'dataloader';
import { DRIVERS } from '../../../testing/databases';
import { answerWithout } from '../../../testing/graphql-client';
import {
  createApprovedPlan,
  createCycle,
  createFinalEvaluation,
} from '../../../testing/plan-fixtures';
import { useSmallOrg, type SuiteHandle } from '../../../testing/suite';
import { Period } from '../../cycle/cycle.enums';
import { Rating } from '../../evaluation/evaluation.enums';

/** A 2026 SKP for everyone below the Camat, and two final evaluations each. */
async function evaluateEveryone(handle: SuiteHandle) {
  const ds = handle.db.dataSource;
  const cycleId = await createCycle(ds, 2026);
  const camat = await createApprovedPlan(ds, { employeeId: handle.org.people.camat.id, cycleId });
  const { camat: _camat, ...others } = handle.org.people;
  for (const person of [...Object.values(others), ...handle.org.extra]) {
    const plan = await createApprovedPlan(ds, {
      employeeId: person.id,
      cycleId,
      parentTargetId: camat.targetId,
    });
    for (const period of [Period.TW1, Period.TW2]) {
      await createFinalEvaluation(ds, plan, {
        period,
        resultRating: Rating.SESUAI_EKSPEKTASI,
        behaviorRating: Rating.SESUAI_EKSPEKTASI,
        achievement: 100,
      });
    }
  }
}

const TEAM_QUERY = `query ($unitId: ID) {
  employees(first: 200, filter: { unitId: $unitId }) {
    totalCount
    edges { node { id name nip phone rank pangkat positionLevel position { title } unit { name head { name } parent { name } }
      supervisor { name nip supervisor { name } }
      evaluations { period predicate predicateLevel achievement plan { status } } } }
  }
}`;

/** What the bench asks (api/scripts/bench.ts). */
const DIRECTORY_QUERY = `query ($unitId: ID!) {
  employees(filter: { unitId: $unitId }, first: 50) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id name nip unit { name } position { title } supervisor { name } } }
  }
}`;

/** The dashboard's directory page (GET_EMPLOYEES with EmployeeListItem). */
const DASHBOARD_DIRECTORY_QUERY = `query ($filter: EmployeeFilter, $first: Int, $after: String) {
  employees(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id name nip rank active positionLevel position { id title } unit { id name } } }
  }
}`;

/** Everything a lean directory row answers (`asksLeanRows`), the supervisor's relations included. */
const LEAN_NODE = `id name nip employmentType rank pangkat active positionLevel
  unit { id name } position { id title level }
  supervisor { id name nip employmentType rank pangkat active positionLevel
    unit { name parent { name } } position { title kind } supervisor { name nip } }`;
const directoryOf = (node: string) => `query ($first: Int) {
  employees(first: $first) { totalCount edges { cursor node { ${node} } } }
}`;
async function statementsFor(handle: SuiteHandle, viewer: string) {
  const viewerObject = await handle.client.viewer(viewer);
  handle.db.queries.reset();
  const result = await handle.client.run(viewerObject, TEAM_QUERY, {
    unitId: String(handle.org.units.unitA.id),
  });
  expect((result.errors ?? []).filter((e) => e.extensions?.code !== 'FORBIDDEN')).toEqual([]);
  return {
    statements: handle.db.queries.count,
    members: result.data?.employees.totalCount as number,
  };
}

describe.each(DRIVERS)('employee list loading on %s', (kind) => {
  // Unit A holds 5 people in one database and 50 in the other.
  const small = useSmallOrg(kind, { extraStaffInA: 2 });
  const large = useSmallOrg(kind, { extraStaffInA: 47 });
  beforeAll(async () => {
    await evaluateEveryone(small);
    await evaluateEveryone(large);
  }, 120_000);

  it('lists only the evaluations the viewer may read', async () => {
    const EVALUATIONS = `query ($id: ID!) { employee(id: $id) { evaluations { period predicate } } }`;
    const staff = String(small.org.people.staffA1.id);
    expect(
      (await small.client.as(small.org.people.kasiA.nip, EVALUATIONS, { id: staff })).data?.employee
        .evaluations,
    ).toHaveLength(2);
    expect(
      (await small.client.as(small.org.people.staffA1.nip, EVALUATIONS, { id: staff })).data
        ?.employee.evaluations,
    ).toHaveLength(2);
    expect(
      (await small.client.as(small.org.people.staffA2.nip, EVALUATIONS, { id: staff })).data
        ?.employee.evaluations,
    ).toEqual([]);
    expect(
      (await small.client.as(small.org.people.kasiB.nip, EVALUATIONS, { id: staff })).data?.employee
        .evaluations,
    ).toEqual([]);
    // Analysts: only people alike in what they read to at least four others (the extra staff of `large`).
    const alone = await small.client.as('analis', EVALUATIONS, { id: staff });
    expect(alone.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
    expect(
      (await large.client.as('analis', EVALUATIONS, { id: String(large.org.extra[0].id) })).data
        ?.employee.evaluations,
    ).toEqual([
      { period: 'TW1', predicate: 'BAIK' },
      { period: 'TW2', predicate: 'BAIK' },
    ]);
  });

  it.each([['admin'], ['camat'], ['kasiA']])(
    'uses the same number of SQL statements for 5 and 50 members (viewer %s)',
    async (who) => {
      const viewerIn = (handle: SuiteHandle) =>
        who === 'kasiA' ? handle.org.people.kasiA.nip : who;
      const five = await statementsFor(small, viewerIn(small));
      const fifty = await statementsFor(large, viewerIn(large));
      expect(five.members).toBe(5);
      expect(fifty.members).toBe(50);
      expect(fifty.statements).toBe(five.statements);
      expect(five.statements).toBeLessThanOrEqual(12);
    },
  );

  it('reads the bench’s directory page in two statements, sent together', async () => {
    const camat = await large.client.viewer('camat');
    large.db.queries.reset();
    const result = await large.client.run(camat, DIRECTORY_QUERY, {
      unitId: String(large.org.units.unitA.id),
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.employees.edges).toHaveLength(50);
    // The page with its units, positions and supervisors, and beside it the count; the Camat reads
    // every NIP, so no reporting line is asked for the guard of `nip`.
    expect(large.db.queries.count).toBe(2);
  });

  it('answers the directory rows’ unit, position and supervisor from the page, not a loader', async () => {
    const camat = await large.client.viewer('camat');
    const load = jest.spyOn(DataLoader.prototype, 'load');
    try {
      const result = await large.client.run(camat, DIRECTORY_QUERY, {
        unitId: String(large.org.units.unitA.id),
      });
      expect(result.errors).toBeUndefined();
      const nodes = (
        result.data?.employees.edges as {
          node: { unit: { name: string }; position: { title: string } };
        }[]
      ).map((edge) => edge.node);
      expect(nodes).toHaveLength(50);
      expect(nodes.every((node) => node.unit?.name && node.position?.title)).toBe(true);
      // Each of the 50 rows would otherwise wait for three loader promises.
      expect(load).not.toHaveBeenCalled();
    } finally {
      load.mockRestore();
    }
  });

  it.each([
    ['admin', 2],
    ['camat', 2],
    // A supervisor reads the NIPs of their own line: the page brings each row's line along.
    ['kasiA', 2],
    // De-identified: each row's anonymity set size, batched for the page, decides its fields.
    ['analis', 3],
  ])('reads the dashboard’s directory page as %s in %i statement(s)', async (who, statements) => {
    const viewer = await large.client.viewer(who === 'kasiA' ? large.org.people.kasiA.nip : who);
    large.db.queries.reset();
    const result = await large.client.run(viewer, DASHBOARD_DIRECTORY_QUERY, {
      filter: { unitId: String(large.org.units.unitA.id) },
    });
    expect((result.errors ?? []).filter((e) => e.extensions?.code !== 'FORBIDDEN')).toEqual([]);
    expect(result.data?.employees.edges.length).toBeGreaterThan(0);
    expect(large.db.queries.count).toBe(statements);
  });

  it.each([['admin'], ['camat'], ['kasiA'], ['staffA1'], ['analis']])(
    'pages through the directory as %s: the same rows and count as one long page',
    async (who) => {
      const username = who === 'kasiA' || who === 'staffA1' ? large.org.people[who].nip : who;
      const viewer = await large.client.viewer(username);
      const PAGE = `query ($first: Int, $after: String) {
        employees(first: $first, after: $after) {
          totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { id } }
        }
      }`;
      type Page = {
        employees: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
          edges: { node: { id: string } }[];
        };
      };
      const read = async (variables: Record<string, unknown>) =>
        (await large.client.run<Page>(viewer, PAGE, variables)).data!.employees;
      const whole = await read({ first: 200 });
      const all = whole.edges.map((edge) => edge.node.id);
      expect(all).toHaveLength(whole.totalCount);
      const walked: string[] = [];
      let after: string | null = null;
      let hasNextPage = true;
      while (hasNextPage) {
        const connection = await read({ first: 7, after });
        expect(connection.totalCount).toBe(all.length);
        expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
        walked.push(...connection.edges.map((edge) => edge.node.id));
        ({ hasNextPage } = connection.pageInfo);
        after = connection.pageInfo.endCursor;
      }
      expect(walked).toEqual(all);
      // Past the last row: an empty page that still counts every row and knows rows precede it.
      expect(await read({ first: 7, after })).toEqual({
        totalCount: all.length,
        pageInfo: { hasNextPage: false, hasPreviousPage: true, endCursor: null },
        edges: [],
      });
    },
  );

  it.each([['admin'], ['camat'], ['kasiA'], ['staffA1'], ['analis']])(
    'answers a lean directory page as %s exactly as whole rows do, forbidden fields included',
    async (who) => {
      const username = who === 'kasiA' || who === 'staffA1' ? large.org.people[who].nip : who;
      const viewer = await large.client.viewer(username);
      large.db.queries.reset();
      const lean = await large.client.run(viewer, directoryOf(LEAN_NODE), { first: 200 });
      const [leanPage] = large.db.queries.statements;
      // One field outside the lean set reads whole rows (and primes the loaders) instead.
      large.db.queries.reset();
      const whole = await large.client.run(viewer, directoryOf(`${LEAN_NODE} birthDate`), {
        first: 200,
      });
      const [wholePage] = large.db.queries.statements;
      expect(leanPage).not.toMatch(/birthDate|createdAt|email/);
      expect(wholePage).toMatch(/birthDate/);
      const edges = (lean.data?.employees as { edges: unknown[] } | undefined)?.edges;
      expect(edges?.length).toBeGreaterThan(0);
      expect(answerWithout(lean, 'birthDate')).toEqual(answerWithout(whole, 'birthDate'));
    },
  );

  it.each([['admin'], ['camat'], ['kasiA'], ['staffA1'], ['analis']])(
    'answers each narrow lean selection as %s exactly as whole rows do, reading only what it asks',
    async (who) => {
      const username = who === 'kasiA' || who === 'staffA1' ? large.org.people[who].nip : who;
      const viewer = await large.client.viewer(username);
      const page = (node: string) => `query ($first: Int, $after: String) {
        employees(first: $first, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${node} } }
        }
      }`;
      // Each reads part of a row: the relations not asked are not joined, and what is asked of a
      // relation (a position's level for positionLevel, a supervisor's unit through the loader)
      // still resolves.
      for (const node of [
        'id',
        'nip',
        'pangkat',
        'positionLevel',
        'active employmentType',
        'unit { id } position { title }',
        'supervisor { id }',
        'supervisor { name unit { name } positionLevel }',
      ]) {
        large.db.queries.reset();
        const first = await large.client.run(viewer, page(node), { first: 7 });
        const [leanPage] = large.db.queries.statements;
        large.db.queries.reset();
        const whole = await large.client.run(viewer, page(`${node} birthDate`), { first: 7 });
        const [wholePage] = large.db.queries.statements;
        expect(leanPage).not.toMatch(/employee_birthDate/);
        // Only the id asked: the id and the name (the cursors of the name order), nothing joined.
        if (node === 'id')
          expect(leanPage).not.toMatch(
            /employee_(nip|rank|active|unitId)|unit_id|position_id|supervisor_id/,
          );
        expect(wholePage).toMatch(/employee_birthDate/);
        expect([node, answerWithout(first, 'birthDate')]).toEqual([
          node,
          answerWithout(whole, 'birthDate'),
        ]);
        // The next page from the lean page's cursor: the same rows as whole rows' next page.
        const after = (first.data?.employees as { pageInfo: { endCursor: string | null } }).pageInfo
          .endCursor;
        expect(after).toBeTruthy();
        const next = await large.client.run(viewer, page(node), { first: 7, after });
        const wholeNext = await large.client.run(viewer, page(`${node} birthDate`), {
          first: 7,
          after,
        });
        expect(answerWithout(next, 'birthDate')).toEqual(answerWithout(wholeNext, 'birthDate'));
        if (!/unit|supervisor|position/.test(node))
          expect(leanPage).not.toMatch(
            /JOIN (org_unit unit|position position|employee supervisor) /,
          );
      }
    },
  );

  it('never lets a lean row answer another part of the request', async () => {
    // HR reads private fields (birth date, e-mail) of everyone.
    const admin = await large.client.viewer('admin');
    const { staffA1, kasiA } = large.org.people;
    // Both are rows of the page read lean (and kasiA is staffA1's supervisor), then asked whole.
    const result = await large.client.run(
      admin,
      `query ($a: ID!, $b: ID!) {
        employees(first: 200) { edges { node { id name supervisor { id name } } } }
        a: employee(id: $a) { birthDate email gender supervisor { birthDate } }
        b: employee(id: $b) { birthDate email gender }
      }`,
      { a: String(staffA1.id), b: String(kasiA.id) },
    );
    expect(result.errors).toBeUndefined();
    const stored = async (id: number) =>
      (
        await large.db.dataSource.query(
          `SELECT birthDate, email, gender FROM employee WHERE id = ${Number(id)}`,
        )
      )[0] as { birthDate: string | Date; email: string; gender: string };
    const [a, b] = await Promise.all([stored(staffA1.id), stored(kasiA.id)]);
    const day = (value: string | Date) =>
      typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
    expect(result.data?.a).toEqual({
      birthDate: day(a.birthDate),
      email: a.email,
      gender: a.gender,
      supervisor: { birthDate: day(b.birthDate) },
    });
    expect(result.data?.b).toEqual({
      birthDate: day(b.birthDate),
      email: b.email,
      gender: b.gender,
    });
  });
});
