import { isDatabaseUnavailable } from '../availability';

const withCode = (code: string, extra: object = {}) =>
  Object.assign(new Error(`failed: ${code}`), { code }, extra);

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a refused connection', withCode('ECONNREFUSED'), true],
    ['a reset connection', withCode('ECONNRESET'), true],
    ['a lost connection', withCode('PROTOCOL_CONNECTION_LOST'), true],
    ['too many connections', withCode('ER_CON_COUNT_ERROR'), true],
    ['a fatal mysql2 error', withCode('ER_WHATEVER', { fatal: true }), true],
    ['a closed pool', new Error('Pool is closed.'), true],
    [
      'a Galera node without quorum',
      new Error('WSREP has not yet prepared node for application use'),
      true,
    ],
    [
      'a wrapped driver error',
      Object.assign(new Error('query failed'), { driverError: withCode('ETIMEDOUT') }),
      true,
    ],
    ['an error caused by one', new Error('outer', { cause: withCode('ECONNREFUSED') }), true],
    [
      'a value graphql-js wrapped',
      Object.assign(new Error('Unexpected error value'), { thrownValue: { code: 'ECONNREFUSED' } }),
      true,
    ],
    ['SQLite unable to open its file', withCode('SQLITE_CANTOPEN'), true],
    ['a duplicate key', withCode('ER_DUP_ENTRY'), false],
    ['a syntax error', withCode('ER_PARSE_ERROR'), false],
    ['a deadlock (retried, not an outage)', withCode('ER_LOCK_DEADLOCK'), false],
    ['a SQLite constraint', withCode('SQLITE_CONSTRAINT_FOREIGNKEY'), false],
    ['a plain error', new Error('boom'), false],
    ['nothing', undefined, false],
    ['a string', 'ECONNREFUSED', false],
  ])('%s → %s', (_name, error, expected) => {
    expect(isDatabaseUnavailable(error)).toBe(expected);
  });

  it('stops on a cyclic cause', () => {
    const error = new Error('loop') as Error & { cause?: unknown };
    error.cause = error;
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
