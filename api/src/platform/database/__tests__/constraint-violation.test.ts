import { DRIVERS, openTestDatabase, type TestDatabase } from '../../../testing/databases';
import { createCycle } from '../../../testing/plan-fixtures';
import { formatError } from '../../graphql/errors';
import { isForeignKeyViolation, isUniqueViolation } from '../constraint-violation';

/** What each engine really throws, told apart and mapped to the refusal a client can act on. */
describe.each(DRIVERS)('constraint refusals on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db.close());

  const failureOf = async (sql: string, params: unknown[] = []) => {
    try {
      await db.dataSource.query(sql, params);
    } catch (error) {
      return error;
    }
    throw new Error(`expected a refusal: ${sql}`);
  };

  it('a row referring to one that is gone, and deleting one still referred to: REFERENCE_CHANGED', async () => {
    const dangling = await failureOf(
      "INSERT INTO org_unit (name, parentId, depth) VALUES ('Seksi Tanpa Induk', 987654, 1)",
    );
    await db.dataSource.query(
      "INSERT INTO org_unit (name, parentId, depth) VALUES ('Kecamatan Uji', NULL, 0)",
    );
    const [{ id: rootId }] = await db.dataSource.query(
      "SELECT id FROM org_unit WHERE name = 'Kecamatan Uji'",
    );
    await db.dataSource.query(
      "INSERT INTO org_unit (name, parentId, depth) VALUES ('Seksi Uji', ?, 1)",
      [rootId],
    );
    const referred = await failureOf('DELETE FROM org_unit WHERE id = ?', [rootId]);
    for (const error of [dangling, referred]) {
      expect(isForeignKeyViolation(error)).toBe(true);
      expect(isUniqueViolation(error)).toBe(false);
      expect(formatError({ message: 'ignored' }, error).extensions).toEqual({
        code: 'CONFLICT',
        reason: 'REFERENCE_CHANGED',
      });
    }
  });

  it('a second row with the same key: DUPLICATE, not REFERENCE_CHANGED', async () => {
    await createCycle(db.dataSource, 2040);
    const duplicate = await createCycle(db.dataSource, 2040).then(
      () => new Error('expected a refusal'),
      (error: unknown) => error,
    );
    expect(isUniqueViolation(duplicate)).toBe(true);
    expect(isForeignKeyViolation(duplicate)).toBe(false);
    expect(formatError({ message: 'ignored' }, duplicate).extensions?.reason).toBe('DUPLICATE');
  });
});
