import { Period } from '../../../cycle/cycle.enums';
import { IndicatorAggregation, IndicatorAspect, IndicatorDirection } from '../../plan.enums';
import { computePeriodResult, targetForPeriod } from '../achievement.util';
import {
  aggregateQuarters,
  defaultAggregation,
  defaultQuarterTargets,
  isCountableUnit,
  quarterTargetProblems,
} from '../period-target.util';
import { resolveQuarterPlan, validateIndicators } from '../plan-validation.util';

const { SUM, LAST, AVERAGE } = IndicatorAggregation;
const { KUANTITAS, KUALITAS, WAKTU, BIAYA } = IndicatorAspect;
const { HIGHER_IS_BETTER: HIGHER, LOWER_IS_BETTER: LOWER } = IndicatorDirection;

describe('defaultAggregation', () => {
  it.each([
    [KUANTITAS, 'surat', SUM],
    [KUANTITAS, 'dokumen', SUM],
    [KUANTITAS, ' KK ', SUM],
    [KUANTITAS, '%', LAST],
    [KUANTITAS, 'Persen', LAST],
    [KUANTITAS, 'nilai', LAST],
    [KUALITAS, 'dokumen', LAST],
    [KUALITAS, '%', LAST],
    [WAKTU, 'hari', LAST],
    [BIAYA, 'rupiah', LAST],
  ])('%s in %j → %s', (aspect, unit, expected) => {
    expect(defaultAggregation({ aspect, unit })).toBe(expected);
  });

  it.each([
    ['surat', true],
    ['%', false],
    ['hari', false],
    ['Rupiah', false],
    [' % ', false],
    // Every level, rate, duration and money unit is no count of things.
    ...[
      'indeks',
      'skor',
      'poin',
      'rasio',
      'predikat',
      'tingkat',
      'jam',
      'menit',
      'bulan',
      'tahun',
      'rp',
    ].map((unit) => [unit, false] as [string, boolean]),
  ])('%j countable: %p', (unit, expected) => {
    expect(isCountableUnit(unit)).toBe(expected);
  });
});

describe('defaultQuarterTargets', () => {
  it.each([
    [1944, SUM, [486, 486, 486, 486]],
    [10, SUM, [2, 2, 2, 4]],
    [3, SUM, [0, 0, 0, 3]],
    [12.5, SUM, [3.12, 3.12, 3.12, 3.14]],
    [0.1, SUM, [0.02, 0.02, 0.02, 0.04]],
    [95, LAST, [95, 95, 95, 95]],
    [4.5, AVERAGE, [4.5, 4.5, 4.5, 4.5]],
  ])('%d by %s → %j', (target, aggregation, expected) => {
    const quarters = defaultQuarterTargets({ target, aggregation });
    expect(quarters).toEqual(expected);
    expect(
      quarterTargetProblems({ field: 'f', target, aggregation, quarterTargets: quarters }),
    ).toEqual([]);
  });
});

describe('aggregateQuarters', () => {
  it.each([
    [SUM, [486, 500, 470, 488], 1944],
    [SUM, [486, null, 470, 488], null],
    [SUM, [486, 500, 470], null],
    [AVERAGE, [80, 90, 85], null],
    [SUM, [0.1, 0.2, 0.3, 0.4], 1],
    [LAST, [20, 45, 70, 100], 100],
    [LAST, [20, 45, 70, null], null],
    [LAST, [null, null, null, 90], 90],
    [AVERAGE, [80, 90, 85, 85], 85],
    [AVERAGE, [3, 4, 4, 4], 3.75],
    [AVERAGE, [80, 90, null, 85], null],
  ])('%s of %j → %p', (aggregation, values, expected) => {
    expect(aggregateQuarters({ aggregation, values })).toBe(expected);
  });
});

describe('quarterTargetProblems', () => {
  const check = (target: number, aggregation: IndicatorAggregation, quarterTargets: number[]) =>
    quarterTargetProblems({ field: 'q', target, aggregation, quarterTargets }).map(
      (p) => p.message,
    );

  it.each([
    [1944, SUM, [486, 486, 486, 486], true],
    [1944, SUM, [500, 500, 500, 444], true],
    [1944, SUM, [486, 486, 486, 485], false],
    [1944, SUM, [1944, 1944, 1944, 1944], false],
    [100, LAST, [25, 50, 75, 100], true],
    [100, LAST, [25, 50, 100, 75], false],
    [85, AVERAGE, [80, 90, 85, 85], true],
    [85, AVERAGE, [80, 80, 80, 80], false],
    [10, SUM, [5, 5, 0, 0], true],
    [10, SUM, [15, -5, 0, 0], false],
    [10, SUM, [5, 5, 0], false],
    [10, SUM, [5, 5, 0, Number.NaN], false],
    // A quarter target is below 1e12, as the annual one is.
    [1e12, SUM, [1e12, 0, 0, 0], false],
    [1e12 - 1, SUM, [1e12 - 1, 0, 0, 0], true],
  ])('%d by %s from %j: valid %p', (target, aggregation, quarters, valid) => {
    expect(check(target, aggregation, quarters).length === 0).toBe(valid);
  });

  it('says what the quarters add up to', () => {
    expect(check(1944, SUM, [486, 486, 486, 485])).toEqual([
      'the quarter targets add up to 1943, not the annual 1944',
    ]);
  });

  it.each([
    [
      100,
      LAST,
      [25, 50, 100, 75],
      'QUARTER_LAST_MISMATCH',
      'the TW4 target must be the annual target 100',
      { target: 100 },
    ],
    [
      85,
      AVERAGE,
      [80, 80, 80, 84],
      'QUARTER_AVERAGE_MISMATCH',
      'the quarter targets average 81, not the annual 85',
      { made: 81, target: 85 },
    ],
    [
      10,
      SUM,
      [15, -5, 0, 0],
      'NON_NEGATIVE_NUMBER',
      'each quarter target must be a number of at least 0',
      undefined,
    ],
    [
      10,
      SUM,
      [5, 5, 0],
      'QUARTER_TARGETS_EACH',
      'give one target for each of TW1, TW2, TW3 and TW4',
      undefined,
    ],
  ])('%d by %s from %j says %s: %s', (target, aggregation, quarters, reason, message, params) => {
    expect(
      quarterTargetProblems({ field: 'q', target, aggregation, quarterTargets: quarters }),
    ).toEqual([{ field: 'q', reason, message, ...(params && { params }) }]);
  });
});

describe('validateIndicators with quarter targets', () => {
  const indicator = {
    aspect: KUANTITAS,
    description: 'Surat keluar',
    target: 1944,
    unit: 'surat',
  };
  const quarters = (targets: number[]) =>
    targets.map((target, index) => ({
      period: [Period.TW1, Period.TW2, Period.TW3, Period.TW4][index],
      target,
    }));

  it.each([
    ['no quarter targets: defaults', undefined, []],
    ['quarters that add up', quarters([400, 500, 500, 544]), []],
    [
      'quarters that do not add up',
      quarters([400, 500, 500, 500]),
      ['indicators[0].periodTargets'],
    ],
    ['three quarters', quarters([500, 500, 944]), ['indicators[0].periodTargets']],
    [
      'a quarter twice',
      [...quarters([400, 500, 500]), { period: Period.TW3, target: 544 }],
      ['indicators[0].periodTargets'],
    ],
    [
      'ANNUAL among the quarters',
      [...quarters([400, 500, 500]), { period: Period.ANNUAL, target: 544 }],
      ['indicators[0].periodTargets'],
    ],
    // Each check alone: the quarters below would add up to 1944 if it were missing.
    [
      'a fifth entry repeating TW4',
      [...quarters([400, 500, 500, 544]), { period: Period.TW4, target: 544 }],
      ['indicators[0].periodTargets'],
    ],
    [
      'ANNUAL instead of TW4, the quarters adding up without it',
      [...quarters([400, 500, 1044]), { period: Period.ANNUAL, target: 544 }],
      ['indicators[0].periodTargets'],
    ],
    [
      'TW3 twice instead of TW4, adding up without it',
      [...quarters([400, 500, 0]), { period: Period.TW3, target: 1044 }],
      ['indicators[0].periodTargets'],
    ],
    [
      'a 1000-character action plan, once trimmed',
      quarters([486, 486, 486, 486]).map((entry, index) =>
        index === 1 ? { ...entry, actionPlan: ` ${'x'.repeat(1000)} ` } : entry,
      ),
      [],
    ],
    [
      'an action plan too long',
      quarters([486, 486, 486, 486]).map((entry, index) =>
        index === 1 ? { ...entry, actionPlan: 'x'.repeat(1001) } : entry,
      ),
      ['indicators[0].periodTargets[1].actionPlan'],
    ],
  ])('%s', (_case, periodTargets, fields) => {
    expect(
      validateIndicators({
        field: 'indicators',
        indicators: [{ ...indicator, periodTargets }],
      }).map((problem) => problem.field),
    ).toEqual(fields);
  });

  it('names the problem of the quarter list and of an action plan', () => {
    expect(
      validateIndicators({
        field: 'indicators',
        indicators: [
          {
            ...indicator,
            periodTargets: [
              ...quarters([400, 500, 1044]),
              { period: Period.ANNUAL, target: 544, actionPlan: 'x'.repeat(1001) },
            ],
          },
        ],
      }),
    ).toEqual([
      {
        field: 'indicators[0].periodTargets[3].actionPlan',
        reason: 'MAX_LENGTH',
        message: 'must be at most 1000 characters',
        params: { max: 1000 },
      },
      {
        field: 'indicators[0].periodTargets',
        reason: 'QUARTER_TARGETS_EACH',
        message: 'give one target for each of TW1, TW2, TW3 and TW4',
      },
    ]);
  });

  it('plans nothing (0) for a quarter left out of a partial list', () => {
    expect(
      resolveQuarterPlan({ ...indicator, periodTargets: [{ period: Period.TW2, target: 1944 }] })
        .quarterTargets,
    ).toEqual([0, 1944, 0, 0]);
  });

  it('fills in defaults and keeps the given quarters in order', () => {
    expect(resolveQuarterPlan(indicator)).toEqual({
      aggregation: SUM,
      quarterTargets: [486, 486, 486, 486],
      actionPlans: [null, null, null, null],
    });
    expect(
      resolveQuarterPlan({
        ...indicator,
        aggregation: LAST,
        target: 100,
        unit: '%',
        periodTargets: [
          { period: Period.TW4, target: 100, actionPlan: ' Finalisasi ' },
          { period: Period.TW1, target: 25, actionPlan: '' },
          { period: Period.TW2, target: 50 },
          { period: Period.TW3, target: 75, actionPlan: null },
        ],
      }),
    ).toEqual({
      aggregation: LAST,
      quarterTargets: [25, 50, 75, 100],
      actionPlans: [null, null, null, 'Finalisasi'],
    });
  });
});

describe('computePeriodResult', () => {
  const clerk = {
    target: 1944,
    quarterTargets: [486, 486, 486, 486],
    aggregation: SUM,
    direction: HIGHER,
  };
  const level = {
    target: 100,
    quarterTargets: [25, 50, 75, 100],
    aggregation: LAST,
    direction: HIGHER,
  };
  const speed = { target: 3, quarterTargets: [3, 3, 3, 3], aggregation: AVERAGE, direction: LOWER };

  it.each([
    ['one quarter truthfully reported', clerk, Period.TW1, { TW1: 486 }, 486, 100],
    ['a quarter without a report', clerk, Period.TW2, { TW1: 486 }, null, null],
    [
      'the year before every quarter is in',
      clerk,
      Period.ANNUAL,
      { TW1: 486, TW2: 500 },
      null,
      null,
    ],
    [
      'the year summed from the quarters',
      clerk,
      Period.ANNUAL,
      { TW1: 486, TW2: 500, TW3: 470, TW4: 488 },
      1944,
      100,
    ],
    [
      'an annual correction wins',
      clerk,
      Period.ANNUAL,
      { TW1: 486, TW2: 500, TW3: 470, TW4: 488, ANNUAL: 1800 },
      1800,
      92.59,
    ],
    ['a level against its quarter target', level, Period.TW2, { TW2: 45 }, 45, 90],
    // Only the year is derived: an unreported quarter stays unreported whatever TW4 says.
    ['a level: a quarter without its own report', level, Period.TW2, { TW4: 96 }, null, null],
    ['a level: the year is TW4', level, Period.ANNUAL, { TW1: 30, TW4: 96 }, 96, 96],
    [
      'a rate averaged, lower is better',
      speed,
      Period.ANNUAL,
      { TW1: 2, TW2: 3, TW3: 4, TW4: 3 },
      3,
      100,
    ],
  ])('%s', (_case, plan, period, reports, value, achievement) => {
    const result = computePeriodResult({ plan, period, reports });
    expect(result.value).toBe(value);
    expect(result.reported).toBe(value !== null);
    expect(result.achievement).toBe(achievement);
    expect(result.target).toBe(targetForPeriod({ plan, period }));
  });

  it('keeps the derived annual value beside a correction', () => {
    expect(
      computePeriodResult({
        plan: clerk,
        period: Period.ANNUAL,
        reports: { TW1: 486, TW2: 500, TW3: 470, TW4: 488, ANNUAL: 1800 },
      }),
    ).toMatchObject({ derivedValue: 1944, reportedValue: 1800, value: 1800, target: 1944 });
  });
});
