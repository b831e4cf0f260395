import fs from 'node:fs';
import path from 'node:path';
import { parse, validate } from 'graphql';
import { buildAppSchema } from '../schema';
import { DRIVERS } from '../testing/databases';
import { createCycle } from '../testing/plan-fixtures';
import { useSmallOrg } from '../testing/suite';

const EXAMPLES_DIR = path.resolve(__dirname, '../../../schema/examples');
const examples = fs
  .readdirSync(EXAMPLES_DIR)
  .filter((file) => file.endsWith('.graphql'))
  .map((file) => [file, fs.readFileSync(path.join(EXAMPLES_DIR, file), 'utf8')] as const);

describe('schema/examples', () => {
  const schema = buildAppSchema();

  it('exist', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples)('%s is valid against the schema', (_file, source) => {
    expect(validate(schema, parse(source)).map((error) => error.message)).toEqual([]);
  });
});

describe.each(DRIVERS.slice(0, 1))('schema/examples run as an analyst (%s)', (kind) => {
  const t = useSmallOrg(kind);

  it.each(examples)('%s runs without errors', async (_file, source) => {
    const cycleId =
      (await t.db.dataSource.query('SELECT id FROM performance_cycle'))[0]?.id ??
      (await createCycle(t.db.dataSource, 2026));
    const result = await t.client.as('analis', source, {
      unitId: String(t.org.units.root.id),
      cycleId: String(cycleId),
    });
    expect(result.errors).toBeUndefined();
    expect(JSON.stringify(result.data)).not.toMatch(/Bambang|@uji\.go\.id|0812/);
  });
});
