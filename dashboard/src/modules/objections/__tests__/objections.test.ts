import {
  decidableNow,
  decisionFormProblems,
  type ExternalForm,
  externalFormProblems,
  waitingRows,
  decisionDeadline,
} from '../utils/objections';

const form = (extra: Partial<ExternalForm> = {}): ExternalForm => ({
  decision: 'REJECTED',
  reason: 'Penilaian sudah sesuai bukti',
  resultRating: '',
  behaviorRating: '',
  decidedBy: 'Sekretaris Daerah',
  referenceNumber: '800/1/2027',
  decisionDate: '2027-01-05',
  ...extra,
});

describe('waitingRows', () => {
  it('lists each objection once, responding before deciding, the longest waiting first', () => {
    const rows = waitingRows(
      [
        { id: '1', daysWaiting: 2 },
        { id: '2', daysWaiting: 9, decidedOutside: true },
        { id: '3', daysWaiting: 2 },
      ],
      [
        { id: '3', daysWaiting: 2 },
        { id: '4', daysWaiting: 0 },
      ],
    );
    expect(rows.map(({ objection, role }) => [objection.id, role])).toEqual([
      ['2', 'recordExternal'],
      ['1', 'decide'],
      ['3', 'respond'],
      ['4', 'respond'],
    ]);
  });
  it('is empty without objections', () => expect(waitingRows([], [])).toEqual([]));
});

describe('decidableNow', () => {
  const now = new Date('2027-01-10T00:00:00Z');
  it.each([
    [null, true],
    ['2027-01-09T23:59:59.999Z', true],
    ['2027-01-10T00:00:00.000Z', true],
    ['2027-01-10T00:00:00.001Z', false],
  ])('%p → %p', (from, expected) => expect(decidableNow(from, now)).toBe(expected));
});

describe('decisionFormProblems', () => {
  it.each([
    [form(), {}],
    [form({ decision: '' }), { decision: 'objections.problem.decision' }],
    [form({ reason: ' pendek   ' }), { reason: 'objections.problem.text' }],
    [form({ reason: 'x'.repeat(4001) }), { reason: 'objections.problem.text' }],
    [
      form({ decision: 'UPHELD' }),
      { resultRating: 'objections.problem.rating', behaviorRating: 'objections.problem.rating' },
    ],
    [
      form({
        decision: 'UPHELD',
        resultRating: 'SESUAI_EKSPEKTASI',
        behaviorRating: 'DI_ATAS_EKSPEKTASI',
      }),
      {},
    ],
  ])('%#', (input, expected) => expect(decisionFormProblems(input)).toEqual(expected));
});

describe('externalFormProblems', () => {
  it.each([
    [form(), {}],
    [form({ decidedBy: '  ' }), { decidedBy: 'objections.problem.decidedBy' }],
    [form({ decidedBy: 'x'.repeat(201) }), { decidedBy: 'objections.problem.decidedBy' }],
    [form({ referenceNumber: '' }), { referenceNumber: 'objections.problem.reference' }],
    [
      form({ referenceNumber: 'x'.repeat(101) }),
      { referenceNumber: 'objections.problem.reference' },
    ],
    [form({ decisionDate: '' }), { decisionDate: 'objections.problem.date' }],
    [form({ decisionDate: '2027-01-06' }), { decisionDate: 'objections.problem.future' }],
  ])('%#', (input, expected) =>
    expect(externalFormProblems(input, '2027-01-05')).toEqual(expected),
  );
});

describe('decisionDeadline', () => {
  it.each([
    [
      { decideBy: '2027-01-19', decisionDaysLeft: 14 },
      { key: 'objections.deadline.left', days: 14 },
    ],
    [
      { decideBy: '2027-01-19', decisionDaysLeft: 1 },
      { key: 'objections.deadline.left', days: 1 },
    ],
    [
      { decideBy: '2027-01-19', decisionDaysLeft: 0 },
      { key: 'objections.deadline.today', days: 0 },
    ],
    [
      { decideBy: '2027-01-19', decisionDaysLeft: -3 },
      { key: 'objections.deadline.passed', days: 3 },
    ],
    [{ decideBy: '2027-01-19', decisionDaysLeft: null }, null],
    [{ decideBy: null, decisionDaysLeft: 2 }, null],
  ])('%j → %j', (objection, expected) => expect(decisionDeadline(objection)).toEqual(expected));
});
