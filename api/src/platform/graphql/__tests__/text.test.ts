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

describe('textProblems', () => {
  it.each([
    ['Pelayanan loket', 3, 160, null],
    ['Baris satu\nbaris dua\r\n\tdan tab', 3, 160, null],
    ['100 % _ \\ ! "kutip"', 3, 160, null],
    ['Ketintang 😀', 3, 160, null],
    ['ab', 3, 160, 'must be 3 to 160 characters'],
    ['a'.repeat(161), 3, 160, 'must be 3 to 160 characters'],
    ['a'.repeat(4001), 0, 4000, 'must be at most 4000 characters'],
    ['', 0, 4000, null],
    ['Nama\u0000', 3, 160, 'must not contain control characters'],
    ['Nama\u0001', 3, 160, 'must not contain control characters'],
    ['Nama\u001b[31m', 3, 160, 'must not contain control characters'],
    ['Nama\u007f', 3, 160, 'must not contain control characters'],
    ['Nama\u0085', 3, 160, 'must not contain control characters'],
    ['Nama\u000b', 3, 160, 'must not contain control characters'],
    ['Nama\ud800', 3, 160, 'must not contain control characters'],
    ['Nama\udc00x', 3, 160, 'must not contain control characters'],
  ])('%j within %i–%i → %s', (text, min, max, message) => {
    expect(textProblems('reason', text, { min, max })).toEqual(
      message === null ? [] : [{ field: 'reason', message }],
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

  it.each([
    ['a'.repeat(MAX_FILTER_TEXT_LENGTH + 1), 'must be at most 100 characters'],
    ['a'.repeat(1_000_000), 'must be at most 100 characters'],
    ['\u0000', 'must not contain control characters'],
    ['De\u0000wi', 'must not contain control characters'],
  ])('rejects %#, naming filter.search', (search, message) => {
    expect(extensionsOf(() => readFilterTexts({ search }, ['search']))).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'filter.search', message }],
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
      fields: [
        { field: 'filter.entity', message: 'must be at most 100 characters' },
        { field: 'filter.action', message: 'must not contain control characters' },
      ],
    });
  });
});
