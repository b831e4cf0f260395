import { withEmptyResultHint } from '../playground/fetcher';

const HINT = 'Pick a cycle with data';

describe('withEmptyResultHint', () => {
  test.each([
    ['an empty list', { data: { predicateDistribution: [] } }],
    ['null', { data: { performancePlan: null } }],
    ['several empty fields', { data: { a: [], b: null } }],
  ])('%s gets the hint in extensions', (_name, result) => {
    expect(withEmptyResultHint(result, HINT)).toEqual({ ...result, extensions: { hint: HINT } });
  });

  test('existing extensions are kept', () => {
    expect(
      withEmptyResultHint({ data: { a: [] }, extensions: { cost: 3 } }, HINT).extensions,
    ).toEqual({ cost: 3, hint: HINT });
  });

  test.each([
    ['a field with rows', { data: { a: [], b: [{ group: 'PELAKSANA' }] } }],
    ['a scalar', { data: { a: 0 } }],
    ['errors', { data: { a: null }, errors: [{ message: 'FORBIDDEN' }] }],
    ['no data', { errors: [{ message: 'bad' }] }],
    ['no fields', { data: {} }],
  ])('%s is returned unchanged', (_name, result) => {
    expect(withEmptyResultHint(result, HINT)).toBe(result);
  });

  test('without a hint nothing changes', () => {
    const result = { data: { a: [] } };
    expect(withEmptyResultHint(result, undefined)).toBe(result);
  });
});
