import { replyProblem, type SupervisorNode, supervisorChain } from '../utils/thread';

describe('supervisorChain', () => {
  const camat: SupervisorNode = {
    __typename: 'Employee',
    id: '1',
    name: 'Camat',
    position: null,
    unit: null,
    supervisor: null,
  };
  const kasi: SupervisorNode = {
    __typename: 'Employee',
    id: '2',
    name: 'Kasi',
    position: null,
    unit: null,
    supervisor: camat,
  };
  it.each<[string, SupervisorNode | null | undefined, string[]]>([
    ['no supervisor', null, []],
    ['not read', undefined, []],
    ['one level', camat, ['1']],
    ['nearest first', kasi, ['2', '1']],
  ])('%s', (_label, start, ids) => {
    expect(supervisorChain(start).map((person) => person.id)).toEqual(ids);
  });
  it('keeps the person without the nested supervisor and stops at a loop', () => {
    const a: SupervisorNode = {
      __typename: 'Employee',
      id: 'a',
      name: 'A',
      position: null,
      unit: null,
    };
    const b: SupervisorNode = {
      __typename: 'Employee',
      id: 'b',
      name: 'B',
      position: null,
      unit: null,
      supervisor: a,
    };
    a.supervisor = b;
    expect(supervisorChain(b)).toEqual([
      { __typename: 'Employee', id: 'b', name: 'B', position: null, unit: null },
      { __typename: 'Employee', id: 'a', name: 'A', position: null, unit: null },
    ]);
  });
});

describe('replyProblem', () => {
  it.each([
    ['', 'feedback.reply.empty'],
    ['   ', 'feedback.reply.empty'],
    ['Terima kasih', null],
    ['x'.repeat(2000), null],
    [` ${'x'.repeat(2000)} `, null],
    ['x'.repeat(2001), 'feedback.reply.long'],
  ])('%j → %s', (text, expected) => expect(replyProblem(text)).toBe(expected));
});
