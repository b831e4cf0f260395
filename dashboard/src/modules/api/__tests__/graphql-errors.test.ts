import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { classifyLoadError, significantError } from '../utils/graphql-errors';

const combined = (...errors: { code: string; path?: (string | number)[] }[]) =>
  new CombinedGraphQLErrors({
    data: {},
    errors: errors.map(({ code, path }) => ({ message: code, path, extensions: { code } })),
  });

describe('significantError', () => {
  test('field-level FORBIDDEN errors are not worth showing', () => {
    const error = combined(
      { code: 'FORBIDDEN', path: ['employee', 'nip'] },
      { code: 'FORBIDDEN', path: ['employees', 'edges', 3, 'node', 'phone'] },
    );
    expect(significantError(error)).toBeUndefined();
  });

  test('a FORBIDDEN on the root field is', () => {
    const error = combined({ code: 'FORBIDDEN', path: ['employees'] });
    expect(significantError(error)).toBe(error);
  });

  test('one real error among forbidden fields is', () => {
    const error = combined(
      { code: 'FORBIDDEN', path: ['employee', 'nip'] },
      { code: 'INTERNAL_SERVER_ERROR', path: ['employee', 'supervisor'] },
    );
    expect(significantError(error)).toBe(error);
  });

  test('network errors always are', () => {
    const error = new TypeError('Failed to fetch');
    expect(significantError(error)).toBe(error);
    expect(significantError(undefined)).toBeUndefined();
  });
});

describe('classifyLoadError', () => {
  test.each([
    [combined({ code: 'NOT_FOUND', path: ['employee'] }), 'notFound'],
    [combined({ code: 'FORBIDDEN', path: ['employees'] }), 'forbidden'],
    [combined({ code: 'UNAUTHENTICATED' }), 'unauthenticated'],
    [combined({ code: 'INTERNAL_SERVER_ERROR' }), 'server'],
    [
      new ServerError('502', { response: { status: 502 } as Response, bodyText: 'Bad gateway' }),
      'server',
    ],
    [new TypeError('Failed to fetch'), 'network'],
  ])('%#: %s', (error, kind) => {
    expect(classifyLoadError(error)).toBe(kind);
  });
});
