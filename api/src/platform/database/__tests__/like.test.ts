import { DRIVERS, openTestDatabase, type TestDatabase } from '../../../testing/databases';
import { containing, escapeLike, likeSql, startingWith } from '../like';

describe('escapeLike', () => {
  it.each([
    ['Dewi', 'Dewi'],
    ['100%', '100!%'],
    ['a_b', 'a!_b'],
    ['wow!', 'wow!!'],
    ['C:\\temp', 'C:\\temp'],
    ['%_!%', '!%!_!!!%'],
  ])('%j → %j', (text, escaped) => {
    expect(escapeLike(text)).toBe(escaped);
  });

  it('builds contains and starts-with patterns and the LIKE with its ESCAPE clause', () => {
    expect(containing('5%')).toBe('%5!%%');
    expect(startingWith('1971_')).toBe('1971!_%');
    expect(likeSql('employee.name', 'search')).toBe("employee.name LIKE :search ESCAPE '!'");
  });
});

describe.each(DRIVERS)('LIKE patterns on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  }, 60_000);
  afterAll(() => db?.close());

  // The same statement the services build: named parameters through the driver's own binding.
  const matches = async (value: string, pattern: string) => {
    const [sql, parameters] = db.dataSource.driver.escapeQueryWithParameters(
      `SELECT CASE WHEN ${likeSql(':value', 'pattern')} THEN 1 ELSE 0 END AS matched`,
      { value, pattern },
    );
    const [row] = await db.dataSource.query<{ matched: number | string }[]>(sql, parameters);
    return Number(row.matched) === 1;
  };

  it.each([
    ['100% hadir', '%', true],
    ['seratus hadir', '%', false],
    ['a_b', '_', true],
    ['ab', '_', false],
    ['C:\\temp', '\\', true],
    ['C:temp', '\\', false],
    ['C:\\temp', '\\t', true],
    ['wow!', '!', true],
    ['wow', '!', false],
    ['Dewi', 'ewi', true],
  ])('%j contains %j: %s', async (value, text, expected) => {
    expect(await matches(value, containing(text))).toBe(expected);
  });

  it.each([
    ['197102112011031001', '1971', true],
    ['197102112011031001', '1971_', false],
    ['1971_0211', '1971_', true],
    ['x197102', '1971', false],
  ])('%j starts with %j: %s', async (value, text, expected) => {
    expect(await matches(value, startingWith(text))).toBe(expected);
  });
});
