import { replyProblem, type SupervisorNode, supervisorChain } from '../utils/thread';

describe('supervisorChain', () => {
  const camat: SupervisorNode = { id: '1', name: 'Camat', supervisor: null };
  const kasi: SupervisorNode = { id: '2', name: 'Kasi', supervisor: camat };
  it.each<[string, SupervisorNode | null | undefined, string[]]>([
    ['no supervisor', null, []],
    ['not read', undefined, []],
    ['one level', camat, ['1']],
    ['nearest first', kasi, ['2', '1']],
  ])('%s', (_label, start, ids) => {
    expect(supervisorChain(start).map((person) => person.id)).toEqual(ids);
  });
  it('keeps the person without the nested supervisor and stops at a loop', () => {
    const a: SupervisorNode = { id: 'a', name: 'A' };
    const b: SupervisorNode = { id: 'b', name: 'B', supervisor: a };
    a.supervisor = b;
    expect(supervisorChain(b)).toEqual([
      { id: 'b', name: 'B' },
      { id: 'a', name: 'A' },
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
