import { PositionLevel } from '../../../org/org.enums';
import { ActingKind, EvaluatorCapacity } from '../../staffing.enums';
import {
  type ActingTerm,
  nextHeadUp,
  orgFactsOf,
  type PersonFacts,
  resolveAtasanPejabatPenilai,
  resolvePejabatPenilai,
  type UnitFacts,
} from '../pejabat-penilai.util';

// root(1, camat 10) ─┬─ seksi A (2, kasi 20) ── staff 21, 22 (22 is a PELAKSANA "coordinator" of 23)
//                    └─ seksi B (3, vacant)  ── staff 31
const { ADMINISTRATOR, PENGAWAS, PELAKSANA } = PositionLevel;
const person = (
  id: number,
  unitId: number,
  supervisorId: number | null,
  level: PositionLevel,
  active = true,
): PersonFacts => ({ id, unitId, supervisorId, level, active });
const PEOPLE = [
  person(10, 1, null, ADMINISTRATOR),
  person(20, 2, 10, PENGAWAS),
  person(21, 2, 20, PELAKSANA),
  person(22, 2, 20, PELAKSANA),
  person(23, 2, 22, PELAKSANA),
  person(31, 3, 10, PELAKSANA),
];
const UNITS: UnitFacts[] = [
  { id: 1, parentId: null, headId: 10 },
  { id: 2, parentId: 1, headId: 20 },
  { id: 3, parentId: 1, headId: null },
];
const term = (
  id: number,
  kind: ActingKind,
  employeeId: number,
  unitId: number,
  startsOn = '2026-05-01',
  endsOn = '2026-07-31',
): ActingTerm => ({ id, kind, employeeId, unitId, startsOn, endsOn });

const evaluator = (
  evaluatorId: number,
  capacity = EvaluatorCapacity.DEFINITIF,
  extra: { actingAssignmentId?: number; actingUnitId?: number; vacantUnitId?: number } = {},
) => ({
  outcome: 'EVALUATOR',
  evaluatorId,
  capacity,
  actingAssignmentId: extra.actingAssignmentId ?? null,
  actingUnitId: extra.actingUnitId ?? null,
  vacantUnitId: extra.vacantUnitId ?? null,
});

describe('resolvePejabatPenilai', () => {
  const cases: {
    name: string;
    employeeId: number;
    date?: string;
    terms?: ActingTerm[];
    people?: PersonFacts[];
    expected: unknown;
  }[] = [
    { name: 'staff: the definitive supervisor', employeeId: 21, expected: evaluator(20) },
    { name: 'a head: the head of the parent unit', employeeId: 20, expected: evaluator(10) },
    {
      name: 'the head of the kecamatan: outside',
      employeeId: 10,
      expected: { outcome: 'EXTERNAL' },
    },
    {
      name: 'a supervisor below PENGAWAS is refused',
      employeeId: 23,
      expected: { outcome: 'LEVEL_TOO_LOW', candidateId: 22 },
    },
    {
      name: 'a Plh in term for the supervisor’s unit evaluates',
      employeeId: 21,
      date: '2026-06-15',
      terms: [term(7, ActingKind.PLH, 22, 2)],
      expected: evaluator(22, EvaluatorCapacity.PLH, { actingAssignmentId: 7, actingUnitId: 2 }),
    },
    {
      name: 'before the term the holder evaluates',
      employeeId: 21,
      date: '2026-04-30',
      terms: [term(7, ActingKind.PLH, 22, 2)],
      expected: evaluator(20),
    },
    {
      name: 'after the term the holder evaluates again',
      employeeId: 21,
      date: '2026-08-01',
      terms: [term(7, ActingKind.PLH, 22, 2)],
      expected: evaluator(20),
    },
    {
      name: 'the acting official is not their own pejabat penilai',
      employeeId: 22,
      date: '2026-06-15',
      terms: [term(7, ActingKind.PLH, 22, 2)],
      expected: evaluator(20),
    },
    {
      name: 'a vacant post without acting official: the next head up',
      employeeId: 31,
      expected: evaluator(10, EvaluatorCapacity.DEFINITIF, { vacantUnitId: 3 }),
    },
    {
      name: 'a vacant post with a Plt in term: the Plt',
      employeeId: 31,
      date: '2026-06-01',
      terms: [term(8, ActingKind.PLT, 21, 3)],
      expected: evaluator(21, EvaluatorCapacity.PLT, { actingAssignmentId: 8, actingUnitId: 3 }),
    },
    {
      name: 'a vacant post after the Plt’s term: the next head up again',
      employeeId: 31,
      date: '2026-08-01',
      terms: [term(8, ActingKind.PLT, 21, 3)],
      expected: evaluator(10, EvaluatorCapacity.DEFINITIF, { vacantUnitId: 3 }),
    },
    {
      name: 'a head who left (inactive) leaves the post vacant',
      employeeId: 21,
      people: PEOPLE.map((p) => (p.id === 20 ? { ...p, active: false } : p)),
      expected: evaluator(10, EvaluatorCapacity.DEFINITIF, { vacantUnitId: 2 }),
    },
  ];
  it.each(cases)('$name', ({ employeeId, date = '2026-06-15', terms = [], people, expected }) => {
    const facts = orgFactsOf({ people: people ?? PEOPLE, units: UNITS, terms });
    expect(resolvePejabatPenilai({ facts, employeeId, date })).toEqual(expected);
  });
});

describe('nextHeadUp', () => {
  const facts = orgFactsOf({ people: PEOPLE, units: UNITS, terms: [] });
  it.each([
    { unit: 3, except: 0, expected: 10 },
    { unit: 2, except: 20, expected: 10 },
    { unit: 2, except: 0, expected: 20 },
    { unit: 1, except: 10, expected: null },
  ])('unit $unit except $except → $expected', ({ unit, except, expected }) => {
    expect(nextHeadUp(facts, facts.unit(unit), except)).toBe(expected);
  });
});

describe('resolveAtasanPejabatPenilai', () => {
  it.each([
    { name: 'the evaluator’s own supervisor', evaluatorId: 20, expected: 10 },
    {
      name: 'a Plh in term over the supervisor’s unit',
      evaluatorId: 20,
      terms: [term(1, ActingKind.PLH, 31, 1)],
      expected: 31,
    },
    {
      name: 'the supervisor again once the term is over',
      evaluatorId: 20,
      date: '2026-08-01',
      terms: [term(1, ActingKind.PLH, 31, 1)],
      expected: 10,
    },
    {
      name: 'a Plt of a vacant head post above the evaluator',
      evaluatorId: 20,
      people: PEOPLE.map((p) => (p.id === 10 ? { ...p, active: false } : p)),
      terms: [term(2, ActingKind.PLT, 31, 1)],
      expected: 31,
    },
    {
      name: 'outside the kecamatan when the post above is vacant without a Plt',
      evaluatorId: 20,
      people: PEOPLE.map((p) => (p.id === 10 ? { ...p, active: false } : p)),
      expected: null,
    },
    { name: 'outside the kecamatan for the Camat’s evaluations', evaluatorId: 10, expected: null },
    { name: 'a supervisor below PENGAWAS passes up', evaluatorId: 23, expected: 20 },
    {
      name: 'a Plh who has left acts for no one',
      evaluatorId: 20,
      people: PEOPLE.map((p) => (p.id === 31 ? { ...p, active: false } : p)),
      terms: [term(1, ActingKind.PLH, 31, 1)],
      expected: 10,
    },
  ])('$name', ({ evaluatorId, date = '2026-06-15', terms = [], people, expected }) => {
    const facts = orgFactsOf({ people: people ?? PEOPLE, units: UNITS, terms });
    expect(resolveAtasanPejabatPenilai({ facts, evaluatorId, date })).toBe(expected);
  });
});

describe('resolveAtasanPejabatPenilai for an evaluation signed as Plt/Plh', () => {
  const without = (id: number) => PEOPLE.map((p) => (p.id === id ? { ...p, active: false } : p));
  it.each([
    {
      name: 'a Plt of a vacant post: the head above that post, not the Plt’s own supervisor (20)',
      evaluatorId: 21,
      actingUnitId: 3,
      expected: 10,
    },
    {
      name: 'the same signature read as the holder’s would go to the Plt’s own supervisor',
      evaluatorId: 21,
      actingUnitId: null,
      expected: 20,
    },
    {
      name: 'a Plh for an absent head: the absent head’s own pejabat penilai',
      evaluatorId: 22,
      actingUnitId: 2,
      expected: 10,
    },
    {
      name: 'an acting official in term over the unit above decides',
      evaluatorId: 21,
      actingUnitId: 3,
      people: without(10),
      terms: [term(5, ActingKind.PLH, 20, 1)],
      expected: 20,
    },
    {
      name: 'the signer never decides on their own signature (acting above too)',
      evaluatorId: 21,
      actingUnitId: 3,
      terms: [term(5, ActingKind.PLH, 21, 1)],
      expected: 10,
    },
    {
      name: 'a vacant post with nobody above in the kecamatan: outside (HR records)',
      evaluatorId: 21,
      actingUnitId: 3,
      people: without(10),
      expected: null,
    },
    {
      name: 'acting for the Camat: outside the kecamatan',
      evaluatorId: 20,
      actingUnitId: 1,
      expected: null,
    },
    {
      name: 'acting for the vacant Camat post: outside the kecamatan',
      evaluatorId: 20,
      actingUnitId: 1,
      people: without(10),
      expected: null,
    },
    { name: 'an unknown unit: nobody inside', evaluatorId: 21, actingUnitId: 99, expected: null },
  ])('$name', ({ evaluatorId, actingUnitId, terms = [], people, expected }) => {
    const facts = orgFactsOf({ people: people ?? PEOPLE, units: UNITS, terms });
    const date = '2026-06-15';
    expect(resolveAtasanPejabatPenilai({ facts, evaluatorId, actingUnitId, date })).toBe(expected);
  });
});
