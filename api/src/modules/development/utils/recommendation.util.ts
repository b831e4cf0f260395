import type { Period } from '../../cycle/cycle.enums';
import { Predicate } from '../../evaluation/evaluation.enums';
import type { CoreValue, IndicatorAspect } from '../../plan/plan.enums';
import { TrainingMode, WeaknessKind } from '../development.enums';

/** One weakness found in an evaluation (or in the feedback of its cycle). */
export interface Weakness {
  kind: WeaknessKind;
  evaluationId: number;
  cycleYear: number;
  period: Period;
  /** 0 for the latest evaluation, 1 for the one before, … */
  recency: number;
  coreValue?: CoreValue | null;
  /** Core values: rated DI_BAWAH_EKSPEKTASI in the evaluation. */
  ratedBelowExpectation?: boolean;
  /** Core values: continuous feedback of kind IMPROVEMENT on the value during the cycle. */
  improvementFeedbackCount?: number;
  indicatorId?: number | null;
  aspect?: IndicatorAspect | null;
  /** Indicators: achievement (%) for the evaluated period, below 100. */
  achievement?: number | null;
  predicate?: Predicate | null;
}

export interface RankableProgram {
  id: number;
  code: string;
  hours: number;
  mode: TrainingMode;
  coreValues: readonly CoreValue[];
  aspects: readonly IndicatorAspect[];
  retired: boolean;
}

export interface RankedReason {
  weakness: Weakness;
  weight: number;
}

export interface Ranked<P extends RankableProgram> {
  program: P;
  score: number;
  reasons: RankedReason[];
}

const PREDICATE_SEVERITY: Partial<Record<Predicate, number>> = {
  [Predicate.BUTUH_PERBAIKAN]: 2,
  [Predicate.KURANG]: 3,
  [Predicate.SANGAT_KURANG]: 4,
};
const PERSONAL_MODES: ReadonlySet<TrainingMode> = new Set([
  TrainingMode.COACHING,
  TrainingMode.MENTORING,
]);

/**
 * How much a weakness counts: a value rated below expectation 3, improvement feedback 1 each
 * (at most 2), an indicator 1 plus a point for every 50 % it fell short (at most 3), a predicate
 * 2–4 by how low it is; evaluations before the latest count half.
 */
export function weaknessWeight(weakness: Weakness): number {
  let severity = 0;
  switch (weakness.kind) {
    case WeaknessKind.CORE_VALUE:
      severity =
        (weakness.ratedBelowExpectation ? 3 : 0) +
        Math.min(weakness.improvementFeedbackCount ?? 0, 2);
      break;
    case WeaknessKind.INDICATOR:
      severity =
        weakness.achievement === null || weakness.achievement === undefined
          ? 0
          : Math.min(1 + Math.max(0, 100 - weakness.achievement) / 50, 3);
      break;
    case WeaknessKind.PREDICATE:
      severity = (weakness.predicate && PREDICATE_SEVERITY[weakness.predicate]) ?? 0;
      break;
  }
  const recencyFactor = weakness.recency === 0 ? 1 : 0.5;
  return Math.round(severity * recencyFactor * 100) / 100;
}

/** Whether a programme addresses a weakness: its values, its aspects, or personal guidance for a low predicate. */
export function addresses(program: RankableProgram, weakness: Weakness): boolean {
  switch (weakness.kind) {
    case WeaknessKind.CORE_VALUE:
      return !!weakness.coreValue && program.coreValues.includes(weakness.coreValue);
    case WeaknessKind.INDICATOR:
      return !!weakness.aspect && program.aspects.includes(weakness.aspect);
    case WeaknessKind.PREDICATE:
      return PERSONAL_MODES.has(program.mode);
  }
}

/**
 * Ranks programmes by the weaknesses they address: the sum of the weights, then the number of
 * weaknesses addressed, then fewer JP, then code. Retired programmes, excluded ones (done or
 * planned already) and programmes that address nothing are left out.
 */
export function rankTrainings<P extends RankableProgram>({
  programs,
  weaknesses,
  excludedProgramIds,
  limit = 10,
}: {
  programs: readonly P[];
  weaknesses: readonly Weakness[];
  excludedProgramIds: ReadonlySet<number>;
  limit?: number;
}): Ranked<P>[] {
  const weighted = weaknesses
    .map((weakness) => ({ weakness, weight: weaknessWeight(weakness) }))
    .filter(({ weight }) => weight > 0);
  return programs
    .filter((program) => !program.retired && !excludedProgramIds.has(program.id))
    .map((program) => {
      const reasons = weighted
        .filter(({ weakness }) => addresses(program, weakness))
        .sort((a, b) => b.weight - a.weight || a.weakness.recency - b.weakness.recency);
      const score = Math.round(reasons.reduce((sum, { weight }) => sum + weight, 0) * 100) / 100;
      return { program, score, reasons };
    })
    .filter(({ score }) => score > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.reasons.length - a.reasons.length ||
        a.program.hours - b.program.hours ||
        a.program.code.localeCompare(b.program.code),
    )
    .slice(0, limit);
}
