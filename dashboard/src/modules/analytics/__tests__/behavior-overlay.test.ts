import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, validate } from 'graphql';
import { MAX_OVERLAY_MEMBERS, memberTrendsQuery } from '../graphql/member-trends';
import type { TrendPoint } from '../types';
import { behaviorProfile } from '../utils/behavior';
import { pickAnalysisCycle } from '../utils/cycles';
import { defaultOverlayMembers, memberKey, overlayRows } from '../utils/trend';

const point = (
  cycleYear: number,
  period: TrendPoint['period'],
  feedback: [string, string, number?][],
): TrendPoint => ({
  __typename: 'TrendPoint',
  cycleYear,
  period,
  predicate: 'BAIK',
  predicateLevel: 4,
  resultRating: 'SESUAI_EKSPEKTASI',
  behaviorRating: 'SESUAI_EKSPEKTASI',
  achievement: 100,
  productivity: 100,
  qualityOfWork: 100,
  professionalAttitude: 2,
  behaviorFeedback: feedback.map(([coreValue, rating, count = 1]) => ({
    __typename: 'ValueFeedbackCount',
    coreValue: coreValue as never,
    rating: rating as never,
    count,
  })),
});

describe('BerAKHLAK profile', () => {
  test('the latest evaluation with value feedback beside the one before, values in official order', () => {
    const profile = behaviorProfile([
      point(2026, 'TW2', []),
      point(2026, 'TW1', [
        ['LOYAL', 'DI_BAWAH_EKSPEKTASI'],
        ['AKUNTABEL', 'DI_ATAS_EKSPEKTASI'],
      ]),
      point(2025, 'ANNUAL', [['AKUNTABEL', 'SESUAI_EKSPEKTASI']]),
      point(2024, 'ANNUAL', [['AKUNTABEL', 'DI_BAWAH_EKSPEKTASI']]),
    ]);
    expect(profile?.latest).toEqual({ key: '2026-TW1', cycleYear: 2026, period: 'TW1' });
    expect(profile?.previous).toEqual({ key: '2025-ANNUAL', cycleYear: 2025, period: 'ANNUAL' });
    expect(profile?.rows.map((row) => [row.coreValue, row.latest, row.previous])).toEqual([
      ['BERORIENTASI_PELAYANAN', null, null],
      ['AKUNTABEL', 3, 2],
      ['KOMPETEN', null, null],
      ['HARMONIS', null, null],
      ['LOYAL', 1, null],
      ['ADAPTIF', null, null],
      ['KOLABORATIF', null, null],
    ]);
    expect(profile?.rows[1]).toMatchObject({
      latestRating: 'DI_ATAS_EKSPEKTASI',
      previousRating: 'SESUAI_EKSPEKTASI',
    });
  });

  test('mixed ratings of one value average by count and name no single rating', () => {
    const profile = behaviorProfile([
      point(2026, 'TW1', [
        ['KOMPETEN', 'DI_ATAS_EKSPEKTASI', 1],
        ['KOMPETEN', 'SESUAI_EKSPEKTASI', 2],
      ]),
    ]);
    expect(profile?.previous).toBeNull();
    expect(profile?.rows[2]).toMatchObject({ latest: 2.33, latestRating: null });
  });

  test('no value feedback at all: no profile', () => {
    expect(behaviorProfile([])).toBeNull();
    expect(behaviorProfile([point(2026, 'TW1', [])])).toBeNull();
  });
});

describe('Analisis default cycle', () => {
  const cycle = (year: number, status: 'PLANNING' | 'ACTIVE' | 'CALIBRATION' | 'CLOSED') => ({
    year,
    status,
  });
  test('the newest closed cycle, whatever the list order', () => {
    expect(
      pickAnalysisCycle([cycle(2024, 'CLOSED'), cycle(2026, 'ACTIVE'), cycle(2025, 'CLOSED')]),
    ).toEqual(cycle(2025, 'CLOSED'));
  });
  test('then the newest in calibration, then the active cycle, then the newest', () => {
    expect(pickAnalysisCycle([cycle(2026, 'ACTIVE'), cycle(2025, 'CALIBRATION')])).toEqual(
      cycle(2025, 'CALIBRATION'),
    );
    expect(pickAnalysisCycle([cycle(2027, 'PLANNING'), cycle(2026, 'ACTIVE')])).toEqual(
      cycle(2026, 'ACTIVE'),
    );
    expect(pickAnalysisCycle([cycle(2026, 'PLANNING')])).toEqual(cycle(2026, 'PLANNING'));
    expect(pickAnalysisCycle([])).toBeNull();
  });
});

describe('member overlay', () => {
  const rows = [
    {
      key: '2025-ANNUAL',
      label: '2025 Tahunan',
      averagePredicateLevel: 4,
      averageAchievement: 99,
      evaluated: 3,
    },
    {
      key: '2026-TW1',
      label: '2026 TW1',
      averagePredicateLevel: 3.5,
      averageAchievement: null,
      evaluated: 2,
    },
  ];

  test('each member’s level joins the team row of the same period; missing periods are null', () => {
    expect(
      overlayRows(rows, [
        { employeeId: '7', points: [{ cycleYear: 2026, period: 'TW1', predicateLevel: 2 }] },
      ]),
    ).toEqual([
      { ...rows[0], [memberKey('7')]: null },
      { ...rows[1], [memberKey('7')]: 2 },
    ]);
  });

  test('default members: lowest latest level first, ties in table order, unevaluated left out', () => {
    expect(
      defaultOverlayMembers(
        [
          { employeeId: 'a', predicateLevels: [5] },
          { employeeId: 'b', predicateLevels: [] },
          { employeeId: 'c', predicateLevels: [5, 3] },
          { employeeId: 'd', predicateLevels: [4] },
          { employeeId: 'e', predicateLevels: [2, 4] },
        ],
        3,
      ),
    ).toEqual(['c', 'd', 'e']);
  });

  test('the member trends query is valid against the committed schema for every size', () => {
    const schemaFile = path.resolve(__dirname, '../../../../../schema/schema.graphql');
    const schema = buildSchema(fs.readFileSync(schemaFile, 'utf8'));
    for (let count = 1; count <= MAX_OVERLAY_MEMBERS; count += 1) {
      expect(validate(schema, memberTrendsQuery(count))).toEqual([]);
    }
    // Bounded: asking for more draws no more than the maximum.
    expect(memberTrendsQuery(12)).toBe(memberTrendsQuery(MAX_OVERLAY_MEMBERS));
  });
});
