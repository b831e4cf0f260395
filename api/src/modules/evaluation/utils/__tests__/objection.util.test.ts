import {
  canDecideFrom,
  DECISION_DAYS,
  daysSince,
  decideBy,
  decisionDaysLeft,
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

describe('the decision window (14 days after the response or the wait for it, Jakarta days)', () => {
  it('is DECISION_DAYS long', () => expect(DECISION_DAYS).toBe(14));
  it.each([
    [null, '2027-01-26'], // wait ends 12 January 10:00 WIB
    ['2027-01-06T00:00:00.000Z', '2027-01-20'],
    ['2027-01-06T17:00:00.000Z', '2027-01-21'], // responded 7 January 00:00 WIB
  ])('responded %p → decide by %s', (responded, day) =>
    expect(decideBy(at(FILED), responded ? at(responded) : null)).toBe(day),
  );

  it.each([
    ['2027-01-20T16:59:59.999Z', undefined, null], // 20 January 23:59 WIB: the last day
    ['2027-01-20T17:00:00.000Z', undefined, 'DECISION_WINDOW_CLOSED'], // 21 January WIB
    // A decision taken outside and recorded later counts on its own date.
    ['2027-02-10T03:00:00.000Z', '2027-01-20', null],
    ['2027-02-10T03:00:00.000Z', '2027-01-21', 'DECISION_WINDOW_CLOSED'],
  ])('responded 6 January, now %s, decided on %p → %p', (now, decidedOn, expected) =>
    expect(
      decisionRefusal(
        { status: 'FILED', filedAt: at(FILED), respondedAt: at('2027-01-06T00:00:00.000Z') },
        at(now),
        decidedOn,
      ),
    ).toBe(expected),
  );

  it.each([
    ['2027-01-19T17:00:00.000Z', 6], // 20 January WIB
    ['2027-01-25T17:00:00.000Z', 0], // 26 January WIB: the last day
    ['2027-01-26T17:00:00.000Z', -1],
  ])('without a response, on %s: %d days left', (now, left) =>
    expect(decisionDaysLeft(at(FILED), null, at(now))).toBe(left),
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
    ['2027-01-22', 'DATE_IN_FUTURE'],
    ['2027-01-04', 'DECISION_BEFORE_FILING'],
    ['2027-02-30', 'INVALID_DATE'],
    ['21-01-2027', 'INVALID_DATE'],
    ['2027-1-10', 'INVALID_DATE'],
    ['', 'INVALID_DATE'],
  ])('%p → %p', (date, reason) =>
    expect(externalDecisionDateProblem(date, at(FILED), now)?.reason ?? null).toBe(reason),
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
