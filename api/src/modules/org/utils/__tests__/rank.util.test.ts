import { EmploymentType } from '../../org.enums';
import { PNS_RANKS, PPPK_RANKS, isRankValid, pangkatOf, ranksBetween } from '../rank.util';

const { PNS, PPPK } = EmploymentType;

describe('rank lists', () => {
  it('orders the 17 PNS golongan from I/a to IV/e', () => {
    expect(PNS_RANKS).toHaveLength(17);
    expect(PNS_RANKS[0]).toBe('I/a');
    expect(PNS_RANKS.slice(8, 13)).toEqual(['III/a', 'III/b', 'III/c', 'III/d', 'IV/a']);
    expect(PNS_RANKS.at(-1)).toBe('IV/e');
  });

  it('orders the 17 PPPK golongan from I to XVII', () => {
    expect(PPPK_RANKS).toEqual([
      'I',
      'II',
      'III',
      'IV',
      'V',
      'VI',
      'VII',
      'VIII',
      'IX',
      'X',
      'XI',
      'XII',
      'XIII',
      'XIV',
      'XV',
      'XVI',
      'XVII',
    ]);
  });
});

describe('isRankValid', () => {
  it.each([
    { employmentType: PNS, rank: 'I/a', valid: true },
    { employmentType: PNS, rank: 'III/d', valid: true },
    { employmentType: PNS, rank: 'IV/e', valid: true },
    { employmentType: PNS, rank: 'IV/f', valid: false },
    { employmentType: PNS, rank: 'V/a', valid: false },
    { employmentType: PNS, rank: 'iii/a', valid: false },
    { employmentType: PNS, rank: 'III a', valid: false },
    { employmentType: PNS, rank: 'IX', valid: false },
    { employmentType: PNS, rank: '', valid: false },
    { employmentType: PPPK, rank: 'I', valid: true },
    { employmentType: PPPK, rank: 'IX', valid: true },
    { employmentType: PPPK, rank: 'XVII', valid: true },
    { employmentType: PPPK, rank: 'XVIII', valid: false },
    { employmentType: PPPK, rank: 'III/a', valid: false },
    { employmentType: PPPK, rank: '9', valid: false },
  ])('$employmentType $rank → $valid', ({ employmentType, rank, valid }) => {
    expect(isRankValid({ employmentType, rank })).toBe(valid);
  });
});

describe('pangkatOf', () => {
  it.each([
    { rank: 'I/a', pangkat: 'Juru Muda' },
    { rank: 'II/c', pangkat: 'Pengatur' },
    { rank: 'III/a', pangkat: 'Penata Muda' },
    { rank: 'III/d', pangkat: 'Penata Tingkat I' },
    { rank: 'IV/a', pangkat: 'Pembina' },
    { rank: 'IV/e', pangkat: 'Pembina Utama' },
    { rank: 'IX', pangkat: null },
    { rank: 'IV/f', pangkat: null },
  ])('$rank → $pangkat', ({ rank, pangkat }) => {
    expect(pangkatOf(rank)).toBe(pangkat);
  });
});

describe('ranksBetween', () => {
  it.each([
    { employmentType: PNS, lowest: 'III/c', highest: 'III/d', ranks: ['III/c', 'III/d'] },
    { employmentType: PNS, lowest: 'III/d', highest: 'IV/a', ranks: ['III/d', 'IV/a'] },
    { employmentType: PNS, lowest: 'II/a', highest: 'II/a', ranks: ['II/a'] },
    { employmentType: PPPK, lowest: 'V', highest: 'VII', ranks: ['V', 'VI', 'VII'] },
    { employmentType: PNS, lowest: 'I/a', highest: 'I/b', ranks: ['I/a', 'I/b'] },
    { employmentType: PNS, lowest: 'I/a', highest: 'I/a', ranks: ['I/a'] },
    { employmentType: PPPK, lowest: 'XVI', highest: 'XVII', ranks: ['XVI', 'XVII'] },
  ])('$employmentType $lowest…$highest', ({ employmentType, lowest, highest, ranks }) => {
    expect(ranksBetween({ employmentType, lowest, highest })).toEqual(ranks);
  });

  it.each([
    { employmentType: PNS, lowest: 'IV/a', highest: 'III/d' },
    { employmentType: PNS, lowest: 'V', highest: 'VII' },
    { employmentType: PPPK, lowest: 'III/a', highest: 'III/b' },
    // One end known is not enough: each must be a rank of the employment type.
    { employmentType: PNS, lowest: 'IV/f', highest: 'IV/e' },
    { employmentType: PNS, lowest: 'III/a', highest: 'IV/f' },
    { employmentType: PNS, lowest: 'I/a', highest: 'IV/f' },
    { employmentType: PPPK, lowest: 'I', highest: 'XVIII' },
  ])('refuses $employmentType $lowest…$highest', ({ employmentType, lowest, highest }) => {
    expect(() => ranksBetween({ employmentType, lowest, highest })).toThrow(/No .* rank range/);
  });
});
