import { type FragmentDefinitionNode, type GraphQLResolveInfo, Kind, parse } from 'graphql';
import { asksOnly, fieldsAt, selectsField } from '../selection';

/** The resolve info of the operation's first root field, as far as the selection helpers read it. */
function infoOf(document: string): GraphQLResolveInfo {
  const parsed = parse(document);
  const operation = parsed.definitions.find((node) => node.kind === Kind.OPERATION_DEFINITION);
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) throw new Error('no operation');
  const root = operation.selectionSet.selections[0];
  if (root.kind !== Kind.FIELD) throw new Error('no root field');
  const fragments = Object.fromEntries(
    parsed.definitions
      .filter((node): node is FragmentDefinitionNode => node.kind === Kind.FRAGMENT_DEFINITION)
      .map((node) => [node.name.value, node]),
  );
  return { fieldNodes: [root], fragments } as unknown as GraphQLResolveInfo;
}

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

describe('asksOnly', () => {
  const lean = new Set(['id', 'name']);
  it.each([
    ['{ list { edges { node { id name __typename } } } }', true],
    ['{ list { edges { node { id email } } } }', false],
    ['{ list { edges { node { ...F } } } } fragment F on Employee { id birthDate }', false],
    ['{ list { totalCount } }', true],
  ])('%s: %s', (document, expected) => {
    expect(asksOnly(infoOf(document), ['edges', 'node'], lean)).toBe(expected);
  });
});
