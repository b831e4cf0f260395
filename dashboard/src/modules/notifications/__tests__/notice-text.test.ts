import fs from 'node:fs';
import path from 'node:path';
import { en } from '../../i18n/dictionaries/en';
import { id } from '../../i18n/dictionaries/id';
import { createTranslate } from '../../i18n/utils/translate';
import { KNOWN_NOTICE_KINDS } from '../utils/notice-link';
import { noticeText } from '../utils/notice-text';

// Every kind the API writes (api/src/modules/feedback/notice-kinds.ts; the API's type of a notice
// accepts no other), so a new kind cannot reach the inbox without its texts here.
const source = fs.readFileSync(
  path.resolve(__dirname, '../../../../../api/src/modules/feedback/notice-kinds.ts'),
  'utf8',
);
const apiKinds = [...source.matchAll(/^\s+'([a-z]+\.[a-zA-Z]+)',$/gm)].map((match) => match[1]);

const idT = createTranslate('id');
const enT = createTranslate('en');
const params = (values: Record<string, string>) =>
  Object.entries(values).map(([name, value]) => ({ name, value }));

// One notice of each kind (and each variant) as the API stores it.
const SAMPLES: [string, Record<string, string>][] = [
  ['evaluation.final', { period: 'TW2', year: '2026' }],
  ['evaluation.final', { period: 'ANNUAL', year: '2026', objectionDeadline: '2027-01-19' }],
  ['objection.filed', { name: 'Sari', year: '2026' }],
  ['objection.reassigned', {}],
  ['objection.responded', { response: 'Bukti sudah diperiksa' }],
  ['objection.upheld', { audience: 'EMPLOYEE', reason: 'Bukti valid' }],
  ['objection.upheld', { audience: 'EVALUATOR', reason: 'Bukti valid' }],
  ['objection.rejected', { audience: 'EMPLOYEE', reason: 'Tidak berdasar' }],
  ['objection.rejected', { audience: 'EVALUATOR', reason: 'Tidak berdasar' }],
  ['plan.submitted', { name: 'Sari' }],
  ['deadline.skp', { name: 'Sari', dueOn: '2026-01-31' }],
  ['deadline.realizations', { period: 'TW3', dueOn: '2026-10-10' }],
  ['deadline.evaluation', { period: 'TW1', name: 'Sari', dueOn: '2026-04-10' }],
  ['feedback.reply', { name: 'Sari' }],
  [
    'development.pembinaan',
    {
      audience: 'EMPLOYEE',
      name: 'Sari',
      year: '2027',
      evaluationYear: '2026',
      predicate: 'KURANG',
    },
  ],
  [
    'development.pembinaan',
    {
      audience: 'SUPERVISOR',
      name: 'Sari',
      year: '2027',
      evaluationYear: '2026',
      predicate: 'KURANG',
    },
  ],
  [
    'acting.assigned',
    {
      actingKind: 'Plt',
      unit: 'Kelurahan Ketintang',
      startsOn: '2026-03-01',
      endsOn: '2026-08-31',
      decree: '800/12/2026',
    },
  ],
  ['evaluator.vacancy', { unit: 'Kelurahan Ketintang', name: 'Sari' }],
];

describe('notices in the reader’s language', () => {
  it('reads the API’s kinds', () => expect(apiKinds.length).toBeGreaterThan(10));

  it('knows exactly the kinds the API writes, and samples each', () => {
    expect([...KNOWN_NOTICE_KINDS].sort()).toEqual([...apiKinds].sort());
    expect([...new Set(SAMPLES.map(([kind]) => kind))].sort()).toEqual([...apiKinds].sort());
  });

  it.each(apiKinds)('%s has a heading in both languages', (kind) => {
    const key = `notifications.kind.${kind}` as keyof typeof id;
    expect(id[key]?.trim()).toBeTruthy();
    expect(en[key]?.trim()).toBeTruthy();
  });

  it.each(SAMPLES)('%s %j reads in Indonesian and in English, each its own', (kind, values) => {
    const notice = { kind, params: params(values) };
    const indonesian = noticeText(idT, notice);
    const english = noticeText(enT, notice);
    expect(indonesian).toBeTruthy();
    expect(english).toBeTruthy();
    expect(indonesian).not.toBe(english);
    for (const text of [indonesian!, english!]) expect(text).not.toMatch(/[{}]|undefined/);
    // Days, periods and predicates in the reader's words, not the stored codes.
    expect(`${indonesian} ${english}`).not.toMatch(/\d{4}-\d{2}-\d{2}|\bTW\d\b|ANNUAL|KURANG/);
  });

  it('words the values: Indonesian days and periods, English ones', () => {
    const notice = {
      kind: 'deadline.evaluation',
      params: params({ period: 'TW1', name: 'Sari', dueOn: '2026-04-10' }),
    };
    expect(noticeText(idT, notice)).toBe(
      'Penilaian Triwulan I Sari belum final (tenggat 10 Apr 2026).',
    );
    expect(noticeText(enT, notice)).toBe(
      'The Quarter 1 (TW I) evaluation of Sari is not final (due 10 Apr 2026).',
    );
  });

  it('has no sentence for a kind it does not know or a notice missing its values', () => {
    expect(noticeText(idT, { kind: 'something.new', params: [] })).toBeNull();
    expect(noticeText(idT, { kind: 'deadline.skp', params: null })).toBeNull();
    expect(noticeText(idT, { kind: 'deadline.skp', params: params({ name: 'Sari' }) })).toBeNull();
    expect(noticeText(idT, { kind: null })).toBeNull();
  });

  it('keeps user text with braces as written', () => {
    expect(
      noticeText(idT, {
        kind: 'objection.responded',
        params: params({ response: 'Lihat {lampiran}' }),
      }),
    ).toBe('Pejabat penilai menanggapi keberatan: Lihat {lampiran}');
  });
});
