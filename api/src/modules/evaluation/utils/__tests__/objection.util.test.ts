import {
  canDecideFrom,
  daysSince,
  decisionNoticeMessage,
  decisionRefusal,
  externalDecisionDateProblem,
  RESPONSE_WAIT_DAYS,
  responseNoticeMessage,
} from '../objection.util';

const at = (iso: string) => new Date(iso);
const FILED = '2027-01-05T03:00:00.000Z';

describe('canDecideFrom (the response, or 7 days after filing without one)', () => {
  it('waits RESPONSE_WAIT_DAYS', () => expect(RESPONSE_WAIT_DAYS).toBe(7));
  it.each([
    [null, '2027-01-12T03:00:00.000Z'],
    ['2027-01-06T08:00:00.000Z', '2027-01-06T08:00:00.000Z'],
    ['2027-01-12T02:59:59.999Z', '2027-01-12T02:59:59.999Z'],
    // A response later than the wait does not postpone the decision.
    ['2027-01-12T03:00:00.000Z', '2027-01-12T03:00:00.000Z'],
    ['2027-01-20T00:00:00.000Z', '2027-01-12T03:00:00.000Z'],
  ])('responded %p → %s', (responded, expected) =>
    expect(canDecideFrom(at(FILED), responded ? at(responded) : null).toISOString()).toBe(expected),
  );
});

describe('decisionRefusal', () => {
  it.each([
    ['FILED', null, '2027-01-05T03:00:00.000Z', 'AWAITING_RESPONSE'],
    ['FILED', null, '2027-01-12T02:59:59.999Z', 'AWAITING_RESPONSE'],
    ['FILED', null, '2027-01-12T03:00:00.000Z', null],
    ['FILED', '2027-01-06T00:00:00.000Z', '2027-01-05T23:59:59.999Z', 'AWAITING_RESPONSE'],
    ['FILED', '2027-01-06T00:00:00.000Z', '2027-01-06T00:00:00.000Z', null],
    ['UPHELD', '2027-01-06T00:00:00.000Z', '2027-01-30T00:00:00.000Z', 'ALREADY_DECIDED'],
    ['REJECTED', null, '2027-01-05T03:00:00.000Z', 'ALREADY_DECIDED'],
  ])('%s, responded %p, now %s → %p', (status, responded, now, expected) =>
    expect(
      decisionRefusal(
        { status, filedAt: at(FILED), respondedAt: responded ? at(responded) : null },
        at(now),
      ),
    ).toBe(expected),
  );
});

describe('daysSince', () => {
  it.each([
    ['2027-01-05T03:00:00.000Z', 0],
    ['2027-01-06T02:59:59.999Z', 0],
    ['2027-01-06T03:00:00.000Z', 1],
    ['2027-01-15T04:00:00.000Z', 10],
    ['2027-01-01T00:00:00.000Z', 0],
  ])('now %s → %d', (now, days) => expect(daysSince(at(FILED), at(now))).toBe(days));
});

describe('externalDecisionDateProblem (Jakarta calendar days)', () => {
  const now = at('2027-01-20T18:00:00.000Z'); // 21 January in Jakarta
  it.each([
    ['2027-01-10', null],
    ['2027-01-05', null],
    ['2027-01-21', null],
    ['2027-01-22', 'must not be in the future'],
    ['2027-01-04', 'must not be before the objection was filed'],
    ['2027-02-30', 'must be a date YYYY-MM-DD'],
    ['21-01-2027', 'must be a date YYYY-MM-DD'],
    ['2027-1-10', 'must be a date YYYY-MM-DD'],
    ['', 'must be a date YYYY-MM-DD'],
  ])('%p → %p', (date, problem) =>
    expect(externalDecisionDateProblem(date, at(FILED), now)).toBe(problem),
  );
  it('reads the filing day in Jakarta (filed 4 Jan 20:00 UTC is 5 Jan)', () =>
    expect(
      externalDecisionDateProblem('2027-01-05', at('2027-01-04T20:00:00.000Z'), now),
    ).toBeNull());
});

describe('notice messages (Indonesian, as stored)', () => {
  it.each([
    [true, true, 'Keberatan Anda dikabulkan: Bukti valid'],
    [false, true, 'Keberatan Anda ditolak: Bukti valid'],
    [true, false, 'Keberatan atas penilaian yang Anda buat dikabulkan: Bukti valid'],
    [false, false, 'Keberatan atas penilaian yang Anda buat ditolak: Bukti valid'],
  ])('upheld %p, to the employee %p', (upheld, toEmployee, message) =>
    expect(decisionNoticeMessage(upheld, 'Bukti valid', toEmployee)).toBe(message),
  );
  it('words the response', () =>
    expect(responseNoticeMessage('Sudah dihitung')).toBe(
      'Pejabat penilai menanggapi keberatan: Sudah dihitung',
    ));
});
