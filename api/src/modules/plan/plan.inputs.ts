import { Field, Float, ID, InputType } from 'type-graphql';
import { Period } from '../cycle/cycle.enums';
import {
  IndicatorAggregation,
  IndicatorAspect,
  IndicatorDirection,
  IndicatorKind,
  PlanApproach,
  PlanStatus,
  WorkTargetKind,
} from './plan.enums';

@InputType()
export class CreatePerformancePlanInput {
  @Field(() => ID)
  cycleId: string;

  @Field(() => PlanApproach, { nullable: true, defaultValue: PlanApproach.KUANTITATIF })
  approach?: PlanApproach;
}

@InputType({ description: 'The target of one triwulan (TW1–TW4) with its rencana aksi' })
export class PeriodTargetInput {
  @Field(() => Period)
  period: Period;

  @Field(() => Float, {
    nullable: true,
    description: 'Required for a KUANTITATIF indicator; a KUALITATIF one has only rencana aksi',
  })
  target?: number | null;

  @Field(() => String, { nullable: true })
  actionPlan?: string | null;
}

@InputType({
  description:
    'An IKI; WAKTU and BIAYA default to LOWER_IS_BETTER. KUANTITATIF (the default) needs `target` and `unit`; without `aggregation`: SUM for KUANTITAS with a countable unit, else LAST; without `periodTargets`: derived from the annual target (SUM: split evenly, remainder in TW4; else the annual target each quarter). KUALITATIF needs `narrativeTarget` (1–2000 characters) and keeps only the rencana aksi of `periodTargets`; its numeric fields are ignored',
})
export class IndicatorInput {
  @Field(() => IndicatorKind, { nullable: true, defaultValue: IndicatorKind.KUANTITATIF })
  kind?: IndicatorKind | null;

  @Field(() => IndicatorAspect)
  aspect: IndicatorAspect;

  @Field()
  description: string;

  @Field(() => Float, { nullable: true, description: 'KUANTITATIF: the annual target' })
  target?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'KUALITATIF: the target in words, 1–2000 characters',
  })
  narrativeTarget?: string | null;

  @Field(() => String, { nullable: true, description: 'KUANTITATIF: e.g. dokumen, %, bulan' })
  unit?: string | null;

  @Field(() => IndicatorDirection, { nullable: true })
  direction?: IndicatorDirection;

  @Field(() => IndicatorAggregation, { nullable: true })
  aggregation?: IndicatorAggregation | null;

  @Field(() => [PeriodTargetInput], {
    nullable: true,
    description: 'All four quarters; SUM targets must add up to the annual target',
  })
  periodTargets?: PeriodTargetInput[] | null;
}

@InputType()
export class AddWorkTargetInput {
  @Field(() => ID)
  planId: string;

  @Field(() => WorkTargetKind)
  kind: WorkTargetKind;

  @Field()
  description: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The supervisor’s RHK this one intervenes (required for UTAMA)',
  })
  parentTargetId?: string | null;

  @Field(() => [IndicatorInput])
  indicators: IndicatorInput[];
}

@InputType({ description: 'Only the fields given change; `indicators` replaces the whole list' })
export class UpdateWorkTargetInput {
  @Field(() => WorkTargetKind, { nullable: true })
  kind?: WorkTargetKind;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => ID, { nullable: true })
  parentTargetId?: string | null;

  @Field(() => [IndicatorInput], { nullable: true })
  indicators?: IndicatorInput[];
}

@InputType()
export class SubmitRealizationInput {
  @Field(() => ID)
  indicatorId: string;

  @Field(() => Period)
  period: Period;

  @Field(() => Float, { nullable: true, description: 'KUANTITATIF: required; KUALITATIF: absent' })
  value?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'KUALITATIF: what was achieved in the period, 1–2000 characters (required)',
  })
  narrative?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'http(s) link to the evidence (bukti dukung)',
  })
  evidenceUrl?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class PerformancePlanFilter {
  @Field(() => ID, { nullable: true })
  cycleId?: string;

  @Field(() => ID, { nullable: true })
  employeeId?: string;

  @Field(() => ID, { nullable: true, description: 'Employees of this unit and its sub-units' })
  unitId?: string;

  @Field(() => PlanStatus, { nullable: true })
  status?: PlanStatus;

  @Field(() => ID, { nullable: true, description: 'Plans this pejabat penilai approves' })
  evaluatorId?: string;
}
