import { OverdueKind, Period } from '../../../cycle/cycle.enums';
import {
  deadlineNotices,
  type DeadlineItem,
  evaluationFinalNotice,
  indonesianDate,
  objectionDeadlineOn,
  objectionFiledNotice,
} from '../notice-text.util';

describe('objectionDeadlineOn', () => {
  it.each([
    // 14 days after, on the Jakarta calendar (UTC+7).
    ['2027-01-05T03:00:00Z', '2027-01-19'],
    // 20:00 UTC is already the next day in Jakarta.
    ['2027-01-05T20:00:00Z', '2027-01-20'],
    ['2027-01-05T16:59:59Z', '2027-01-19'],
    ['2027-01-05T17:00:00Z', '2027-01-20'],
    ['2026-12-25T01:00:00Z', '2027-01-08'],
  ])('finalised at %s → %s', (finalizedAt, expected) => {
    expect(objectionDeadlineOn(new Date(finalizedAt))).toBe(expected);
  });
});

describe('indonesianDate', () => {
  it.each([
    ['2027-01-19', '19 Januari 2027'],
    ['2026-12-02', '2 Desember 2026'],
    ['2026-05-31', '31 Mei 2026'],
    // Every month by name.
    ...[
      'Januari',
      'Februari',
      'Maret',
      'April',
      'Mei',
      'Juni',
      'Juli',
      'Agustus',
      'September',
      'Oktober',
      'November',
      'Desember',
    ].map((month, index) => [`2027-${String(index + 1).padStart(2, '0')}-01`, `1 ${month} 2027`]),
  ])('%s → %s', (date, expected) => expect(indonesianDate(date)).toBe(expected));
});

describe('evaluationFinalNotice', () => {
  const base = { evaluationId: 7, employeeId: 3, year: 2026 };
  it('names the keberatan deadline for an annual evaluation', () => {
    expect(
      evaluationFinalNotice({
        ...base,
        period: Period.ANNUAL,
        finalizedAt: new Date('2027-01-05T20:00:00Z'),
      }),
    ).toEqual({
      recipientId: 3,
      kind: 'evaluation.final',
      message:
        'Penilaian kinerja tahunan 2026 Anda sudah final. Keberatan dapat diajukan paling lambat 20 Januari 2027.',
      params: { period: 'ANNUAL', year: 2026, objectionDeadline: '2027-01-20' },
      entity: 'Evaluation',
      entityId: 7,
      dedupeKey: 'evaluation.final:7',
    });
  });
  it('names no deadline for a triwulan', () => {
    const notice = evaluationFinalNotice({
      ...base,
      period: Period.TW2,
      finalizedAt: new Date('2026-07-05T03:00:00Z'),
    });
    expect(notice.message).toBe('Penilaian kinerja triwulan II 2026 Anda sudah final.');
    expect(notice.params).toEqual({ period: 'TW2', year: 2026 });
    expect(notice.dedupeKey).toBe('evaluation.final:7');
  });
});

it('objectionFiledNotice goes to the evaluator, keyed by objection', () => {
  expect(
    objectionFiledNotice({ objectionId: 4, evaluatorId: 9, employeeName: 'Sari', year: 2026 }),
  ).toEqual({
    recipientId: 9,
    kind: 'objection.filed',
    message: 'Sari mengajukan keberatan atas penilaian kinerja tahunan 2026 yang Anda buat.',
    params: { name: 'Sari', year: 2026 },
    entity: 'Objection',
    entityId: 4,
    dedupeKey: 'objection.filed:4',
  });
});

describe('deadlineNotices', () => {
  const names = new Map([
    [1, 'Atasan'],
    [2, 'Staf'],
  ]);
  const item = (overrides: Partial<DeadlineItem>): DeadlineItem => ({
    kind: OverdueKind.REALIZATION_MISSING,
    period: Period.TW3,
    dueOn: '2026-10-10',
    planId: 20,
    employeeId: 2,
    responsibleId: 2,
    ...overrides,
  });
  const keysFor = (recipientId: number, items: DeadlineItem[]) =>
    deadlineNotices({ recipientId, items, names }).map((notice) => [
      notice.kind,
      notice.dedupeKey,
      notice.entity,
      notice.entityId,
    ]);

  it.each<[string, number, DeadlineItem, (string | number)[] | null]>([
    [
      'own missing realisations',
      2,
      item({}),
      ['deadline.realizations', 'deadline.realizations:20:TW3', 'PerformancePlan', 20],
    ],
    ['someone else’s realisations', 1, item({}), null],
    [
      'a submitted SKP to approve',
      1,
      item({ kind: OverdueKind.SKP_NOT_APPROVED, period: null, responsibleId: 1 }),
      ['deadline.skp', 'deadline.skp:20', 'PerformancePlan', 20],
    ],
    [
      'one’s own SKP not yet submitted',
      2,
      item({ kind: OverdueKind.SKP_NOT_APPROVED, period: null }),
      null,
    ],
    ['no SKP at all', 2, item({ kind: OverdueKind.SKP_NOT_APPROVED, planId: null }), null],
    ['reports of no SKP', 2, item({ planId: null }), null],
    [
      'a TW4 report',
      2,
      item({ period: Period.TW4 }),
      ['deadline.realizations', 'deadline.realizations:20:TW4', 'PerformancePlan', 20],
    ],
    [
      'a triwulan evaluation to make',
      1,
      item({ kind: OverdueKind.EVALUATION_NOT_FINAL, period: Period.TW2, responsibleId: 1 }),
      ['deadline.evaluation', 'deadline.evaluation:20:TW2', 'PerformancePlan', 20],
    ],
    [
      'the annual evaluation to make',
      1,
      item({
        kind: OverdueKind.ANNUAL_EVALUATION_NOT_FINAL,
        period: Period.ANNUAL,
        responsibleId: 1,
      }),
      ['deadline.evaluation', 'deadline.evaluation:20:ANNUAL', 'PerformancePlan', 20],
    ],
  ])('%s', (_label, recipientId, given, expected) => {
    expect(keysFor(recipientId, [given])).toEqual(expected ? [expected] : []);
  });

  it('writes the deadline and the person into the message', () => {
    const [skp, evaluation, report] = deadlineNotices({
      recipientId: 1,
      names,
      items: [
        item({
          kind: OverdueKind.SKP_NOT_APPROVED,
          period: null,
          responsibleId: 1,
          dueOn: '2026-01-31',
        }),
        item({ kind: OverdueKind.EVALUATION_NOT_FINAL, period: Period.TW1, responsibleId: 1 }),
        item({ responsibleId: 1, employeeId: 1 }),
      ],
    });
    expect(skp.message).toBe('SKP Staf menunggu persetujuan Anda (tenggat 31 Januari 2026).');
    expect(skp.recipientId).toBe(1);
    expect(evaluation.message).toBe(
      'Penilaian triwulan I Staf belum final (tenggat 10 Oktober 2026).',
    );
    expect(report.message).toBe(
      'Realisasi triwulan III belum lengkap dilaporkan (tenggat 10 Oktober 2026).',
    );
    // The same values, for clients that word the notice in the reader's language.
    expect([skp.params, evaluation.params, report.params]).toEqual([
      { name: 'Staf', dueOn: '2026-01-31' },
      { period: 'TW1', name: 'Staf', dueOn: '2026-10-10' },
      { period: 'TW3', dueOn: '2026-10-10' },
    ]);
    // A name not read leaves the name out, nothing else.
    const [unnamed] = deadlineNotices({
      recipientId: 1,
      names: new Map(),
      items: [
        item({ kind: OverdueKind.EVALUATION_NOT_FINAL, period: Period.TW4, responsibleId: 1 }),
      ],
    });
    expect(unnamed.message).toBe('Penilaian triwulan IV  belum final (tenggat 10 Oktober 2026).');
  });
});
