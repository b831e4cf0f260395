import { createTranslate } from '../../i18n/utils/translate';
import type { ProgramEffect, WeaknessReason } from '../types';
import { sortActivities } from '../utils/activities';
import { formatDay, suggestedDueDate } from '../utils/dates';
import { effectRows } from '../utils/effects';
import { activityTitle, describeReason, reasonLinks } from '../utils/reasons';

const t = createTranslate('id');
const en = createTranslate('en');

const weakness = (overrides: Partial<WeaknessReason>): WeaknessReason => ({
  __typename: 'WeaknessReason',
  kind: 'CORE_VALUE',
  evaluationId: '900',
  cycleYear: 2025,
  period: 'ANNUAL',
  coreValue: 'KOLABORATIF',
  ratedBelowExpectation: false,
  improvementFeedbackCount: 0,
  indicatorId: null,
  indicatorDescription: null,
  aspect: null,
  achievement: null,
  predicate: null,
  weight: 1,
  ...overrides,
});

describe('activityTitle', () => {
  const program = { __typename: 'TrainingProgram' as const, id: '1', title: 'Pelatihan Excel' };
  test.each([
    [
      'required, title the API gave it, Indonesian',
      t,
      true,
      'Pembinaan kinerja',
      null,
      'Pembinaan kinerja',
    ],
    [
      'required, title the API gave it, English',
      en,
      true,
      'Pembinaan kinerja',
      null,
      'Performance coaching (pembinaan kinerja)',
    ],
    [
      'required, title a head rewrote, English',
      en,
      true,
      'Pembinaan menulis laporan',
      null,
      'Pembinaan menulis laporan',
    ],
    [
      'not required, same words, English',
      en,
      false,
      'Pembinaan kinerja',
      null,
      'Pembinaan kinerja',
    ],
    ['a training: the programme title', en, false, null, program, 'Pelatihan Excel'],
    ['nothing to show', en, false, null, null, ''],
  ] as const)('%s', (_case, translate, required, title, withProgram, expected) => {
    expect(activityTitle(translate, { required, title, program: withProgram })).toBe(expected);
  });
});

describe('describeReason', () => {
  test.each([
    [
      weakness({ ratedBelowExpectation: true }),
      'Nilai Kolaboratif dinilai di bawah ekspektasi pada penilaian Tahunan 2025',
    ],
    [
      weakness({ improvementFeedbackCount: 3 }),
      '3 umpan balik perbaikan tentang Kolaboratif pada penilaian Tahunan 2025',
    ],
    [
      weakness({
        kind: 'INDICATOR',
        coreValue: null,
        indicatorId: '5',
        indicatorDescription: 'Arsip terdigitalisasi',
        aspect: 'KUANTITAS',
        achievement: 64,
        period: 'TW3',
        cycleYear: 2026,
      }),
      'Indikator “Arsip terdigitalisasi” tercapai 64% (aspek Kuantitas) pada penilaian TW III 2026',
    ],
    [
      weakness({ kind: 'PREDICATE', coreValue: null, predicate: 'BUTUH_PERBAIKAN' }),
      'Predikat Butuh Perbaikan pada penilaian Tahunan 2025',
    ],
  ])('%#: in words', (reason, expected) => {
    expect(describeReason(t, reason)).toBe(expected);
  });

  test('English', () => {
    expect(describeReason(en, weakness({ ratedBelowExpectation: true }), 'en-GB')).toBe(
      'Collaborative rated below expectation in the Annual 2025 evaluation',
    );
  });

  test('links name the evaluation and the value or indicator', () => {
    expect(reasonLinks(weakness({}))).toEqual({
      reasonEvaluationId: '900',
      reasonCoreValue: 'KOLABORATIF',
    });
    expect(reasonLinks(weakness({ kind: 'INDICATOR', coreValue: null, indicatorId: '5' }))).toEqual(
      { reasonEvaluationId: '900', reasonIndicatorId: '5' },
    );
    expect(reasonLinks(undefined)).toEqual({});
  });
});

describe('suggestedDueDate', () => {
  test.each([
    ['2026-05-10', 2026, '2026-08-10'],
    ['2026-11-28', 2026, '2026-12-31'],
    ['2025-09-01', 2026, '2026-03-31'],
    ['2026-01-31', 2026, '2026-04-28'],
  ])('%s in cycle %i → %s', (today, year, expected) => {
    expect(suggestedDueDate(year, today)).toBe(expected);
  });

  test('formatDay reads as a date in the language', () => {
    expect(formatDay('2026-12-31', 'id-ID')).toMatch(/31 Des 2026/);
  });
});

test('open activities first, required pembinaan on top, then by due date; cancelled last', () => {
  const item = (id: string, status: string, dueDate: string | null, required = false) =>
    ({ id, status, dueDate, required }) as never;
  const sorted = sortActivities([
    item('1', 'CANCELLED', '2026-01-01'),
    item('2', 'DONE', '2026-02-01'),
    item('3', 'PLANNED', '2026-09-01'),
    item('4', 'PLANNED', '2026-12-01', true),
    item('5', 'IN_PROGRESS', '2026-10-01'),
  ]).map((activity: { id: string }) => activity.id);
  expect(sorted).toEqual(['4', '5', '3', '2', '1']);
});

test('effect rows: most measured first, with the moved-from-below sentence', () => {
  const effect = (overrides: Partial<ProgramEffect>): ProgramEffect => ({
    __typename: 'ProgramEffect',
    program: { __typename: 'TrainingProgram', id: '1', code: 'KOM-01', title: 'Komunikasi Publik' },
    measure: 'CORE_VALUE',
    coreValue: 'BERORIENTASI_PELAYANAN',
    completions: 9,
    measured: 9,
    improved: 7,
    unchanged: 2,
    declined: 0,
    belowBefore: 9,
    belowToMeets: 7,
    enoughData: true,
    ...overrides,
  });
  const rows = effectRows(t, [
    effect({ measure: 'RESULT', coreValue: null, measured: 2, belowBefore: 0, enoughData: false }),
    effect({}),
  ]);
  expect(rows.map((row) => row.label)).toEqual([
    'KOM-01 · Berorientasi Pelayanan',
    'KOM-01 · Hasil kerja',
  ]);
  expect(rows[0].movedSentence).toBe(
    '7 dari 9 naik dari di bawah ekspektasi ke sesuai ekspektasi pada Berorientasi Pelayanan.',
  );
  expect(rows[1].movedSentence).toBeNull();
});
