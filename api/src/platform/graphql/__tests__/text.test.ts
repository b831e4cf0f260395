import { GraphQLError } from 'graphql';
import { MAX_FILTER_TEXT_LENGTH, readFilterTexts, textProblems } from '../text';

const extensionsOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return (error as GraphQLError).extensions;
  }
  throw new Error('expected BAD_USER_INPUT');
};

const CONTROL = { reason: 'CONTROL_CHARACTERS', message: 'must not contain control characters' };
const LENGTH = {
  reason: 'LENGTH',
  message: 'must be 3 to 160 characters',
  params: { min: 3, max: 160 },
};
const MAX_LENGTH = {
  reason: 'MAX_LENGTH',
  message: 'must be at most 4000 characters',
  params: { max: 4000 },
};

describe('textProblems', () => {
  it.each([
    ['Pelayanan loket', 3, 160, null],
    ['Baris satu\nbaris dua\r\n\tdan tab', 3, 160, null],
    ['100 % _ \\ ! "kutip"', 3, 160, null],
    ['Ketintang 😀', 3, 160, null],
    ['ab', 3, 160, LENGTH],
    ['a'.repeat(161), 3, 160, LENGTH],
    ['a'.repeat(4001), 0, 4000, MAX_LENGTH],
    ['', 0, 4000, null],
    ['Nama\u0000', 3, 160, CONTROL],
    ['Nama\u0001', 3, 160, CONTROL],
    ['Nama\u001b[31m', 3, 160, CONTROL],
    ['Nama\u007f', 3, 160, CONTROL],
    ['Nama\u0085', 3, 160, CONTROL],
    ['Nama\u000b', 3, 160, CONTROL],
    ['Nama\ud800', 3, 160, CONTROL],
    ['Nama\udc00x', 3, 160, CONTROL],
    ['Nama \u202eknalb', 3, 160, CONTROL],
    ['Nama \u202aabc\u202c', 3, 160, CONTROL],
    ['Nama \u2067abc\u2069', 3, 160, CONTROL],
    ['Nama \u200d\u00ad lembut', 3, 160, null],
    ['Nama \u200f', 3, 160, null],
  ])('%j within %i–%i → %o', (text, min, max, problem) => {
    expect(textProblems('reason', text, { min, max })).toEqual(
      problem === null ? [] : [{ field: 'reason', ...problem }],
    );
  });
});

describe('readFilterTexts', () => {
  it('trims the values given and leaves blank or missing ones out', () => {
    expect(
      readFilterTexts({ search: '  Dewi ', entity: '   ', action: null }, [
        'search',
        'entity',
        'action',
        'entityId',
      ]),
    ).toEqual({ search: 'Dewi' });
    expect(readFilterTexts(undefined, ['search'])).toEqual({});
    expect(readFilterTexts({ search: 'a'.repeat(MAX_FILTER_TEXT_LENGTH) }, ['search'])).toEqual({
      search: 'a'.repeat(MAX_FILTER_TEXT_LENGTH),
    });
  });

  const TOO_LONG = {
    reason: 'MAX_LENGTH',
    message: 'must be at most 100 characters',
    params: { max: 100 },
  };
  it.each([
    ['a'.repeat(MAX_FILTER_TEXT_LENGTH + 1), TOO_LONG],
    ['a'.repeat(1_000_000), TOO_LONG],
    ['\u0000', CONTROL],
    ['De\u0000wi', CONTROL],
  ])('rejects %#, naming filter.search', (search, problem) => {
    expect(extensionsOf(() => readFilterTexts({ search }, ['search']))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      fields: [{ field: 'filter.search', ...problem }],
    });
  });

  it('names every bad key', () => {
    expect(
      extensionsOf(() =>
        readFilterTexts({ entity: 'x'.repeat(101), action: 'employee\u0000', entityId: '7' }, [
          'entity',
          'entityId',
          'action',
        ]),
      ),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      fields: [
        {
          field: 'filter.entity',
          reason: 'MAX_LENGTH',
          message: 'must be at most 100 characters',
          params: { max: 100 },
        },
        {
          field: 'filter.action',
          reason: 'CONTROL_CHARACTERS',
          message: 'must not contain control characters',
        },
      ],
    });
  });
});
