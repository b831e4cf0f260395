import { Period } from '../../../cycle/cycle.enums';
import { Predicate } from '../../../evaluation/evaluation.enums';
import { CoreValue, IndicatorAspect } from '../../../plan/plan.enums';
import { TrainingMode, WeaknessKind } from '../../development.enums';
import {
  rankTrainings,
  type RankableProgram,
  type Weakness,
  weaknessWeight,
} from '../recommendation.util';

const program = (
  id: number,
  code: string,
  competencies: { coreValues?: CoreValue[]; aspects?: IndicatorAspect[] },
  extra: Partial<RankableProgram> = {},
): RankableProgram => ({
  id,
  code,
  hours: 8,
  mode: TrainingMode.CLASSROOM,
  coreValues: competencies.coreValues ?? [],
  aspects: competencies.aspects ?? [],
  retired: false,
  ...extra,
});

const base = { evaluationId: 10, cycleYear: 2025, period: Period.ANNUAL, recency: 0 };
const serviceBelow: Weakness = {
  ...base,
  kind: WeaknessKind.CORE_VALUE,
  coreValue: CoreValue.BERORIENTASI_PELAYANAN,
  ratedBelowExpectation: true,
  improvementFeedbackCount: 0,
};
const collaborationFeedback: Weakness = {
  ...base,
  kind: WeaknessKind.CORE_VALUE,
  coreValue: CoreValue.KOLABORATIF,
  ratedBelowExpectation: false,
  improvementFeedbackCount: 5,
};
const timeliness: Weakness = {
  ...base,
  kind: WeaknessKind.INDICATOR,
  indicatorId: 7,
  aspect: IndicatorAspect.WAKTU,
  achievement: 50,
};
const lowPredicate: Weakness = {
  ...base,
  kind: WeaknessKind.PREDICATE,
  predicate: Predicate.KURANG,
};

describe('weaknessWeight', () => {
  it.each([
    ['a value rated below expectation', serviceBelow, 3],
    ['the same, in an older evaluation', { ...serviceBelow, recency: 1 }, 1.5],
    [
      'below expectation plus one improvement feedback',
      { ...serviceBelow, improvementFeedbackCount: 1 },
      4,
    ],
    ['improvement feedback counts at most 2', collaborationFeedback, 2],
    ['no rating and no feedback', { ...collaborationFeedback, improvementFeedbackCount: 0 }, 0],
    ['an indicator at 50 %', timeliness, 2],
    ['an indicator at 99 %', { ...timeliness, achievement: 99 }, 1.02],
    ['an indicator at 0 % is capped at 3', { ...timeliness, achievement: 0 }, 3],
    ['an indicator without a report', { ...timeliness, achievement: null }, 0],
    ['an indicator with no achievement given', { ...timeliness, achievement: undefined }, 0],
    ['an indicator at 100 %', { ...timeliness, achievement: 100 }, 1],
    ['an indicator above 100 % still counts 1', { ...timeliness, achievement: 110 }, 1],
    ['BUTUH_PERBAIKAN', { ...lowPredicate, predicate: Predicate.BUTUH_PERBAIKAN }, 2],
    ['KURANG', lowPredicate, 3],
    ['SANGAT_KURANG', { ...lowPredicate, predicate: Predicate.SANGAT_KURANG }, 4],
    ['BAIK is no weakness', { ...lowPredicate, predicate: Predicate.BAIK }, 0],
  ])('%s weighs %p', (_label, weakness, expected) => {
    expect(weaknessWeight(weakness)).toBe(expected);
  });
});

describe('rankTrainings', () => {
  const pelayanan = program(1, 'PLY-01', { coreValues: [CoreValue.BERORIENTASI_PELAYANAN] });
  const komunikasi = program(2, 'KOM-01', {
    coreValues: [CoreValue.BERORIENTASI_PELAYANAN, CoreValue.KOLABORATIF],
  });
  const waktu = program(3, 'WKT-01', { aspects: [IndicatorAspect.WAKTU] }, { hours: 4 });
  const coaching = program(4, 'PMB-01', {}, { mode: TrainingMode.COACHING, hours: 2 });
  const arsip = program(5, 'ARS-01', { coreValues: [CoreValue.AKUNTABEL] });
  const all = [pelayanan, komunikasi, waktu, coaching, arsip];

  it.each([
    {
      label: 'a programme covering two weak values ranks above one covering one',
      weaknesses: [serviceBelow, collaborationFeedback],
      excluded: [],
      expected: [
        ['KOM-01', 5],
        ['PLY-01', 3],
      ],
    },
    {
      label: 'equal scores: more weaknesses addressed first, then fewer JP',
      weaknesses: [serviceBelow, { ...timeliness, achievement: 0 }],
      excluded: [],
      expected: [
        ['WKT-01', 3],
        ['KOM-01', 3],
        ['PLY-01', 3],
      ],
    },
    {
      label: 'a low predicate brings coaching and mentoring',
      weaknesses: [lowPredicate],
      excluded: [],
      expected: [['PMB-01', 3]],
    },
    {
      label: 'programmes done or planned are left out',
      weaknesses: [serviceBelow, collaborationFeedback],
      excluded: [2],
      expected: [['PLY-01', 3]],
    },
    {
      label: 'no weaknesses, no recommendations',
      weaknesses: [],
      excluded: [],
      expected: [],
    },
  ])('$label', ({ weaknesses, excluded, expected }) => {
    const ranked = rankTrainings({
      programs: all,
      weaknesses: weaknesses,
      excludedProgramIds: new Set(excluded),
    });
    expect(ranked.map((r) => [r.program.code, r.score])).toEqual(expected);
  });

  // Ties after the score: more weaknesses addressed, then fewer JP, then the code.
  it.each([
    {
      label: 'equal scores, more weaknesses addressed first even with more JP',
      programs: [
        program(20, 'ONE-01', { coreValues: [CoreValue.AKUNTABEL] }, { hours: 2 }),
        program(21, 'TWO-01', { coreValues: [CoreValue.LOYAL, CoreValue.ADAPTIF] }, { hours: 40 }),
      ],
      expected: ['TWO-01', 'ONE-01'],
    },
    {
      label: 'equal scores and counts, fewer JP first even with a later code',
      programs: [
        program(20, 'AAA-01', { coreValues: [CoreValue.AKUNTABEL] }, { hours: 9 }),
        program(21, 'ZZZ-01', { coreValues: [CoreValue.AKUNTABEL] }, { hours: 8 }),
      ],
      expected: ['ZZZ-01', 'AAA-01'],
    },
    {
      label: 'everything equal, by code',
      programs: [
        program(20, 'AKT-02', { coreValues: [CoreValue.AKUNTABEL] }),
        program(21, 'AKT-01', { coreValues: [CoreValue.AKUNTABEL] }),
      ],
      expected: ['AKT-01', 'AKT-02'],
    },
    {
      label: 'a higher score first, whatever the JP and the code',
      programs: [
        program(20, 'AAA-01', { coreValues: [CoreValue.LOYAL, CoreValue.ADAPTIF] }, { hours: 1 }),
        program(21, 'ZZZ-01', { coreValues: [CoreValue.HARMONIS] }, { hours: 90 }),
      ],
      expected: ['ZZZ-01', 'AAA-01'],
    },
  ])('$label', ({ programs, expected }) => {
    const value = (coreValue: CoreValue, recency: number) => ({
      ...serviceBelow,
      coreValue,
      recency,
    });
    // AKUNTABEL 3; LOYAL and ADAPTIF 1.5 each (older evaluation), 3 together; HARMONIS 3 + 1.5.
    const weaknesses = [
      value(CoreValue.AKUNTABEL, 0),
      value(CoreValue.LOYAL, 1),
      value(CoreValue.ADAPTIF, 1),
      value(CoreValue.HARMONIS, 0),
      value(CoreValue.HARMONIS, 1),
    ];
    const ranked = rankTrainings({ programs, weaknesses, excludedProgramIds: new Set() });
    expect(ranked.map((r) => r.program.code)).toEqual(expected);
  });

  it('leaves weaknesses that weigh nothing out of the reasons and the tie-breaks', () => {
    // Rated meets expectation with no improvement feedback, or a BAIK predicate: weight 0.
    const harmless = {
      ...serviceBelow,
      coreValue: CoreValue.KOLABORATIF,
      ratedBelowExpectation: false,
    };
    const goodPredicate = { ...lowPredicate, predicate: Predicate.BAIK };
    const ranked = rankTrainings({
      programs: all,
      weaknesses: [serviceBelow, harmless, goodPredicate],
      excludedProgramIds: new Set(),
    });
    // KOM-01 addresses PELAYANAN and the weightless KOLABORATIF: one reason, tied with PLY-01 on
    // everything but the code; coaching addresses only the BAIK predicate and is left out.
    expect(ranked.map((r) => [r.program.code, r.score, r.reasons.length])).toEqual([
      ['KOM-01', 3, 1],
      ['PLY-01', 3, 1],
    ]);
    expect(ranked[0].reasons.map((r) => r.weakness.coreValue)).toEqual([
      CoreValue.BERORIENTASI_PELAYANAN,
    ]);
  });

  it('leaves retired programmes out', () => {
    const ranked = rankTrainings({
      programs: [{ ...pelayanan, retired: true }, komunikasi],
      weaknesses: [serviceBelow],
      excludedProgramIds: new Set(),
    });
    expect(ranked.map((r) => r.program.code)).toEqual(['KOM-01']);
  });

  it('gives the reasons strongest first, the latest evaluation before older ones on equal weight', () => {
    const older = { ...serviceBelow, evaluationId: 9, recency: 1, improvementFeedbackCount: 0 };
    const feedbackOnly = {
      ...serviceBelow,
      ratedBelowExpectation: false,
      improvementFeedbackCount: 2,
    };
    const [top] = rankTrainings({
      programs: [pelayanan],
      weaknesses: [older, feedbackOnly, serviceBelow],
      excludedProgramIds: new Set(),
    });
    expect(top.reasons.map((r) => [r.weakness.evaluationId, r.weakness.recency, r.weight])).toEqual(
      [
        [10, 0, 3],
        [10, 0, 2],
        [9, 1, 1.5],
      ],
    );
    expect(top.score).toBe(6.5);
  });

  it('on equal weight, gives the reason from the latest evaluation first', () => {
    // One improvement feedback now weighs 1; two in the older evaluation weigh 2 × 0.5 = 1.
    const latest = { ...serviceBelow, ratedBelowExpectation: false, improvementFeedbackCount: 1 };
    const older = { ...latest, evaluationId: 9, recency: 1, improvementFeedbackCount: 2 };
    const [top] = rankTrainings({
      programs: [pelayanan],
      weaknesses: [older, latest],
      excludedProgramIds: new Set(),
    });
    expect(top.reasons.map((r) => [r.weakness.recency, r.weight])).toEqual([
      [0, 1],
      [1, 1],
    ]);
  });

  it('keeps at most `limit` recommendations', () => {
    const many = Array.from({ length: 15 }, (_, i) =>
      program(100 + i, `P-${String(i).padStart(2, '0')}`, {
        coreValues: [CoreValue.BERORIENTASI_PELAYANAN],
      }),
    );
    expect(
      rankTrainings({ programs: many, weaknesses: [serviceBelow], excludedProgramIds: new Set() }),
    ).toHaveLength(10);
    expect(
      rankTrainings({
        programs: many,
        weaknesses: [serviceBelow],
        excludedProgramIds: new Set(),
        limit: 3,
      }).map((r) => r.program.code),
    ).toEqual(['P-00', 'P-01', 'P-02']);
  });
});
