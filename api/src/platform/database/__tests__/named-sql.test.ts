import { DRIVERS, openTestDatabase, type TestDatabase } from '../../../testing/databases';
import { queryNamed } from '../named-sql';

describe.each(DRIVERS)('queryNamed on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  }, 60_000);
  afterAll(() => db?.close());

  const one = async (sql: string, params: Record<string, unknown>) => {
    const [row] = await queryNamed<{ value: number | string | null }>(db.dataSource, sql, params);
    return row.value === null ? null : Number(row.value);
  };

  it.each([
    ['a named value', 'SELECT :a + 1 AS value', { a: 41 }, 42],
    ['the same name twice', 'SELECT :a * :a AS value', { a: 7 }, 49],
    [
      'a list spread over IN',
      'SELECT CASE WHEN 3 IN (:...ids) THEN 1 ELSE 0 END AS value',
      { ids: [1, 2, 3] },
      1,
    ],
    [
      'a list that lacks the value',
      'SELECT CASE WHEN 4 IN (:...ids) THEN 1 ELSE 0 END AS value',
      { ids: [1, 2, 3] },
      0,
    ],
    [
      'a string, bound and never inlined',
      "SELECT CASE WHEN :text = 'x'' OR 1=1 --' THEN 1 ELSE 0 END AS value",
      { text: "x' OR 1=1 --" },
      1,
    ],
    ['a boolean', 'SELECT CASE WHEN :yes THEN 1 ELSE 0 END AS value', { yes: true }, 1],
    ['no parameters', 'SELECT 5 AS value', {}, 5],
  ])('binds %s', async (_case, sql, params, expected) => {
    expect(await one(sql, params)).toBe(expected);
  });

  it('runs inside a transaction on its manager', async () => {
    const seen = await db.dataSource.transaction((manager) =>
      queryNamed<{ value: number | string }>(manager, 'SELECT :n AS value', { n: 3 }),
    );
    expect(Number(seen[0].value)).toBe(3);
  });
});
