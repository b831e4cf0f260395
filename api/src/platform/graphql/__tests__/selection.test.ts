import { fieldsAt, rootFieldInfo, selectsField } from '../selection';

const infoOf = rootFieldInfo;

describe('fieldsAt', () => {
  it.each([
    ['plain fields', '{ list { edges { node { id name } } } }', ['id', 'name']],
    ['nothing asked there', '{ list { totalCount } }', []],
    ['aliases count by field name', '{ list { edges { node { who: name id } } } }', ['name', 'id']],
    [
      'named and inline fragments',
      '{ list { edges { ...Row node { ... on Employee { nip } } } } } fragment Row on Edge { node { name } }',
      ['name', 'nip'],
    ],
    [
      'every place the path is asked',
      '{ list { edges { node { id } } again: edges { node { unit { name } } } } }',
      ['id', 'unit'],
    ],
    ['only the path, not other branches', '{ list { edges { cursor other { name } } } }', []],
  ])('collects %s', (_label, document, expected) => {
    expect([...fieldsAt(infoOf(document), ['edges', 'node'])].sort()).toEqual([...expected].sort());
  });

  it('reads the root field’s own selection for the empty path', () => {
    expect([...fieldsAt(infoOf('{ list { totalCount edges { cursor } } }'), [])]).toEqual([
      'totalCount',
      'edges',
    ]);
  });
});

describe('selectsField', () => {
  it.each([
    ['{ team { members { jp { done } } } }', ['members', 'jp'], true],
    ['{ team { members { name } } }', ['members', 'jp'], false],
    ['{ team { ...T } } fragment T on Team { members { jp { done } } }', ['members', 'jp'], true],
    ['{ team { jp } }', ['jp'], true],
    ['{ team { members { name } } }', ['jp'], false],
  ])('%s asks %j: %s', (document, path, expected) => {
    expect(selectsField(infoOf(document), path)).toBe(expected);
  });
});
