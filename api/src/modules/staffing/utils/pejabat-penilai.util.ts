import { PositionLevel } from '../../org/org.enums';
import { ActingKind, EvaluatorCapacity } from '../staffing.enums';

/** What the rule reads of a person. */
export interface PersonFacts {
  id: number;
  active: boolean;
  unitId: number;
  supervisorId: number | null;
  level: PositionLevel;
}

/** What the rule reads of a unit. */
export interface UnitFacts {
  id: number;
  parentId: number | null;
  headId: number | null;
}

/** An acting term (Plt/Plh) as the rule reads it; cancelled ones are left out by the caller. */
export interface ActingTerm {
  id: number;
  kind: ActingKind;
  employeeId: number;
  unitId: number;
  startsOn: string;
  endsOn: string;
}

export interface OrgFacts {
  person(id: number): PersonFacts | undefined;
  unit(id: number): UnitFacts | undefined;
  /** The unit `personId` heads, if any. */
  unitHeadedBy(personId: number): UnitFacts | undefined;
  actingTerms(unitId: number): readonly ActingTerm[];
}

/** Levels that may be pejabat penilai as holders of a post (PermenPANRB 6/2022). */
export const EVALUATOR_LEVELS: readonly PositionLevel[] = [
  PositionLevel.JPT,
  PositionLevel.ADMINISTRATOR,
  PositionLevel.PENGAWAS,
];

export type PejabatPenilai =
  | {
      outcome: 'EVALUATOR';
      evaluatorId: number;
      capacity: EvaluatorCapacity;
      /** The acting term that makes them evaluator, for a Plt/Plh. */
      actingAssignmentId: number | null;
      /** The unit whose head's post a Plt/Plh acts for (what the signature records). */
      actingUnitId: number | null;
      /** The vacant unit whose staff passed up to this head (no acting official), if any. */
      vacantUnitId: number | null;
    }
  /** The head of the kecamatan: evaluated outside it (the city). */
  | { outcome: 'EXTERNAL' }
  /** Whoever it would be sits below PENGAWAS level and acts for no one: refused. */
  | { outcome: 'LEVEL_TOO_LOW'; candidateId: number };

const inTerm = (term: ActingTerm, date: string) => term.startsOn <= date && date <= term.endsOn;

function actingOn(facts: OrgFacts, unitId: number, date: string, employeeId: number) {
  return facts.actingTerms(unitId).find(
    (term) =>
      inTerm(term, date) &&
      term.employeeId !== employeeId &&
      // A leaver acts for no one.
      facts.person(term.employeeId)?.active !== false,
  );
}

function acting(term: ActingTerm): PejabatPenilai {
  return {
    outcome: 'EVALUATOR',
    evaluatorId: term.employeeId,
    capacity: term.kind === ActingKind.PLT ? EvaluatorCapacity.PLT : EvaluatorCapacity.PLH,
    actingAssignmentId: term.id,
    actingUnitId: term.unitId,
    vacantUnitId: null,
  };
}

function holder(person: PersonFacts, vacantUnitId: number | null): PejabatPenilai {
  return EVALUATOR_LEVELS.includes(person.level)
    ? {
        outcome: 'EVALUATOR',
        evaluatorId: person.id,
        capacity: EvaluatorCapacity.DEFINITIF,
        actingAssignmentId: null,
        actingUnitId: null,
        vacantUnitId,
      }
    : { outcome: 'LEVEL_TOO_LOW', candidateId: person.id };
}

const activeHead = (facts: OrgFacts, unit: UnitFacts, except: number) => {
  const head = unit.headId === null ? undefined : facts.person(unit.headId);
  return head?.active && head.id !== except ? head : undefined;
};

/** The unit whose head answers for `person`: their own unit, or its parent when they head it. */
export function postUnitOf(facts: OrgFacts, person: PersonFacts): UnitFacts | undefined {
  const unit = facts.unit(person.unitId);
  if (!unit) return undefined;
  if (unit.headId !== person.id) return unit;
  return unit.parentId === null ? undefined : facts.unit(unit.parentId);
}

/**
 * Who is the pejabat penilai of `employeeId` on `date` (YYYY-MM-DD, Asia/Jakarta): the one rule.
 * 1. The post above them is vacant (its unit has no active head): an acting official of that unit
 *    in term, else the next head up (walking the unit tree, acting officials first at each step).
 * 2. Otherwise their supervisor (atasan langsung), unless an acting official (Plh/Plt) is in
 *    term for the unit the supervisor heads.
 * A holder must be at least PENGAWAS level; an acting official may be of any level.
 */
export function resolvePejabatPenilai({
  facts,
  employeeId,
  date,
}: {
  facts: OrgFacts;
  employeeId: number;
  date: string;
}): PejabatPenilai {
  const person = facts.person(employeeId);
  if (!person) return { outcome: 'EXTERNAL' };
  const post = postUnitOf(facts, person);
  if (!post) return { outcome: 'EXTERNAL' };

  if (!activeHead(facts, post, employeeId)) {
    for (let unit: UnitFacts | undefined = post; unit;) {
      const term = actingOn(facts, unit.id, date, employeeId);
      if (term) return acting(term);
      const head = activeHead(facts, unit, employeeId);
      if (head) return holder(head, post.id);
      unit = unit.parentId === null ? undefined : facts.unit(unit.parentId);
    }
    return { outcome: 'EXTERNAL' };
  }

  const supervisor = person.supervisorId === null ? undefined : facts.person(person.supervisorId);
  const definitive = supervisor?.active ? supervisor : activeHead(facts, post, employeeId)!;
  const headed = facts.unitHeadedBy(definitive.id);
  const term = headed && actingOn(facts, headed.id, date, employeeId);
  return term ? acting(term) : holder(definitive, null);
}

/** The next active head at or above `unit` other than `except`: who takes a vacant post's staff. */
export function nextHeadUp(
  facts: OrgFacts,
  unit: UnitFacts | undefined,
  except: number,
): number | null {
  for (let at = unit; at; at = at.parentId === null ? undefined : facts.unit(at.parentId)) {
    const head = activeHead(facts, at, except);
    if (head) return head.id;
  }
  return null;
}

/** Facts from plain lists (for tests and for the service's loaded rows). */
export function orgFactsOf({
  people,
  units,
  terms,
}: {
  people: readonly PersonFacts[];
  units: readonly UnitFacts[];
  terms: readonly ActingTerm[];
}): OrgFacts {
  const personById = new Map(people.map((person) => [person.id, person]));
  const unitById = new Map(units.map((unit) => [unit.id, unit]));
  const unitByHead = new Map(
    units.filter((unit) => unit.headId !== null).map((unit) => [unit.headId!, unit]),
  );
  const termsByUnit = new Map<number, ActingTerm[]>();
  for (const term of terms)
    termsByUnit.set(term.unitId, [...(termsByUnit.get(term.unitId) ?? []), term]);
  return {
    person: (id) => personById.get(id),
    unit: (id) => unitById.get(id),
    unitHeadedBy: (id) => unitByHead.get(id),
    actingTerms: (unitId) => termsByUnit.get(unitId) ?? [],
  };
}

/** Who decides for `employeeId` as their pejabat penilai, a candidate below PENGAWAS passing up. */
function pejabatPenilaiPassingUp(facts: OrgFacts, employeeId: number, date: string) {
  const seen = new Set<number>([employeeId]);
  let resolution = resolvePejabatPenilai({ facts, employeeId, date });
  while (resolution.outcome === 'LEVEL_TOO_LOW' && !seen.has(resolution.candidateId)) {
    seen.add(resolution.candidateId);
    resolution = resolvePejabatPenilai({ facts, employeeId: resolution.candidateId, date });
  }
  return resolution.outcome === 'EVALUATOR' ? resolution.evaluatorId : null;
}

/**
 * The pejabat penilai of the head's post of `unitId`, for what `signerId` signed acting for it: the
 * absent head's own (a Plh), or for a vacant post (a Plt) the unit above's acting official in term
 * or head, walking up (the signer never decides on their own signature).
 */
function pejabatPenilaiOfHeadPost(facts: OrgFacts, unitId: number, signerId: number, date: string) {
  const unit = facts.unit(unitId);
  if (!unit) return null;
  const head = activeHead(facts, unit, signerId);
  if (head) return pejabatPenilaiPassingUp(facts, head.id, date);
  for (let at = unit.parentId === null ? undefined : facts.unit(unit.parentId); at;) {
    const term = actingOn(facts, at.id, date, signerId);
    if (term) return term.employeeId;
    const above = activeHead(facts, at, signerId);
    if (above)
      return EVALUATOR_LEVELS.includes(above.level)
        ? above.id
        : pejabatPenilaiPassingUp(facts, above.id, date);
    at = at.parentId === null ? undefined : facts.unit(at.parentId);
  }
  return null;
}

/**
 * Who is the atasan pejabat penilai (the decider of a keberatan) of an evaluation signed by
 * `evaluatorId`, on `date`: the pejabat penilai of the post the signature speaks for. Signed as the
 * holder: the evaluator's own pejabat penilai by the one rule (acting officials in term, a vacancy
 * passing to the next head up). Signed as Plt/Plh for the head of `actingUnitId`: the pejabat
 * penilai of that head's post, not the acting official's own. A candidate below PENGAWAS passes up
 * to their own pejabat penilai. Null when it sits outside the kecamatan: HR records that decision.
 */
export function resolveAtasanPejabatPenilai({
  facts,
  evaluatorId,
  actingUnitId = null,
  date,
}: {
  facts: OrgFacts;
  evaluatorId: number;
  /** Signed as Plt/Plh: the unit whose head's post was acted for (null: as the holder). */
  actingUnitId?: number | null;
  date: string;
}): number | null {
  return actingUnitId === null
    ? pejabatPenilaiPassingUp(facts, evaluatorId, date)
    : pejabatPenilaiOfHeadPost(facts, actingUnitId, evaluatorId, date);
}
