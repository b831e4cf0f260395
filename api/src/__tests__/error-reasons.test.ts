import fs from 'node:fs';
import path from 'node:path';
import { QueryFailedError } from 'typeorm';
import { ERROR_REASONS_BY_MODULE, printErrorReasons } from '../error-reasons';
import { formatError } from '../platform/graphql/errors';

const all = Object.values(ERROR_REASONS_BY_MODULE).flat();

/** Every non-test TypeScript file under api/src, as one text. */
function apiSource(dir = path.resolve(__dirname, '..')): string {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .map((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === '__tests__' ? '' : apiSource(full);
      return entry.name.endsWith('.ts') ? fs.readFileSync(full, 'utf8') : '';
    })
    .join('\n');
}

describe('error reasons', () => {
  it('match the committed schema/error-reasons.json (run `npm run schema:emit` after changing them)', () => {
    const committed = fs.readFileSync(
      path.resolve(__dirname, '../../../schema/error-reasons.json'),
      'utf8',
    );
    expect(committed).toBe(printErrorReasons());
  });

  it('are UPPER_SNAKE_CASE and each declared by one module only', () => {
    for (const reason of all) expect(reason).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
    expect(new Set(all).size).toBe(all.length);
  });

  it('are each sent somewhere: named once where declared and at least once more', () => {
    const source = apiSource();
    const unused = all.filter((reason) => source.split(`'${reason}'`).length - 1 < 2);
    expect(unused).toEqual([]);
  });

  it('map a unique-key refusal to CONFLICT DUPLICATE, in the one error mapper', () => {
    const duplicate = new QueryFailedError(
      'INSERT …',
      [],
      Object.assign(new Error("Duplicate entry '2026' for key 'year'"), { code: 'ER_DUP_ENTRY' }),
    );
    expect(formatError({ message: 'ignored' }, duplicate).extensions).toEqual({
      code: 'CONFLICT',
      reason: 'DUPLICATE',
    });
    const sqlite = new QueryFailedError('INSERT …', [], new Error('UNIQUE constraint failed: x.y'));
    expect(formatError({ message: 'ignored' }, sqlite).extensions?.reason).toBe('DUPLICATE');
  });
});
