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

@InputType({ description: 'The viewer’s own new SKP for a cycle in PLANNING or ACTIVE' })
export class CreatePerformancePlanInput {
  @Field(() => ID, { description: 'The cycle (one SKP per employee per cycle)' })
  cycleId: string;

  @Field(() => PlanApproach, {
    nullable: true,
    defaultValue: PlanApproach.KUANTITATIF,
    description: 'Pendekatan: KUANTITATIF (the default) or KUALITATIF',
  })
  approach?: PlanApproach;
}

@InputType({ description: 'The target of one triwulan (TW1–TW4) with its rencana aksi' })
export class PeriodTargetInput {
  @Field(() => Period, { description: 'The triwulan, TW1–TW4' })
  period: Period;

  @Field(() => Float, {
    nullable: true,
    description: 'Required for a KUANTITATIF indicator; a KUALITATIF one has only rencana aksi',
  })
  target?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Rencana aksi: what will be done that quarter, at most 1000 characters',
  })
  actionPlan?: string | null;
}

@InputType({
  description:
    'An IKI; WAKTU and BIAYA default to LOWER_IS_BETTER. KUANTITATIF (the default) needs `target` and `unit`; without `aggregation`: SUM for KUANTITAS with a countable unit, else LAST; without `periodTargets`: derived from the annual target (SUM: split evenly, remainder in TW4; else the annual target each quarter). KUALITATIF needs `narrativeTarget` (1–2000 characters) and keeps only the rencana aksi of `periodTargets`; its numeric fields are ignored',
})
export class IndicatorInput {
  @Field(() => IndicatorKind, {
    nullable: true,
    defaultValue: IndicatorKind.KUANTITATIF,
    description: 'KUANTITATIF (the default: a number against a target) or KUALITATIF (narrative)',
  })
  kind?: IndicatorKind | null;

  @Field(() => IndicatorAspect, { description: 'Aspek: KUANTITAS, KUALITAS, WAKTU or BIAYA' })
  aspect: IndicatorAspect;

  @Field({ description: 'Indikator kinerja individu: what is measured, 3 to 500 characters' })
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

  @Field(() => IndicatorDirection, {
    nullable: true,
    description: 'Whether higher or lower is better; defaults by aspect (WAKTU and BIAYA lower)',
  })
  direction?: IndicatorDirection;

  @Field(() => IndicatorAggregation, {
    nullable: true,
    description: 'How the quarters make the year; defaults as described on the type',
  })
  aggregation?: IndicatorAggregation | null;

  @Field(() => [PeriodTargetInput], {
    nullable: true,
    description: 'All four quarters; SUM targets must add up to the annual target',
  })
  periodTargets?: PeriodTargetInput[] | null;
}

@InputType({ description: 'A new RHK with its IKI, added to an SKP that is DRAFT or RETURNED' })
export class AddWorkTargetInput {
  @Field(() => ID, { description: 'The SKP (at most 30 RHK)' })
  planId: string;

  @Field(() => WorkTargetKind, {
    description:
      'UTAMA (main: names parentTargetId, except for the Camat) or TAMBAHAN (additional)',
  })
  kind: WorkTargetKind;

  @Field({ description: 'Rencana hasil kerja, 5 to 1000 characters' })
  description: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The supervisor’s RHK this one intervenes (required for UTAMA)',
  })
  parentTargetId?: string | null;

  @Field(() => [IndicatorInput], { description: 'The IKI, 1 to 20' })
  indicators: IndicatorInput[];
}

@InputType({ description: 'Only the fields given change; `indicators` replaces the whole list' })
export class UpdateWorkTargetInput {
  @Field(() => WorkTargetKind, { nullable: true, description: 'New kind, UTAMA or TAMBAHAN' })
  kind?: WorkTargetKind;

  @Field(() => String, {
    nullable: true,
    description: 'New rencana hasil kerja, 5 to 1000 characters',
  })
  description?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'New supervisor’s RHK this one intervenes (required for UTAMA)',
  })
  parentTargetId?: string | null;

  @Field(() => [IndicatorInput], {
    nullable: true,
    description: 'The new IKI, 1 to 20; they replace every current one',
  })
  indicators?: IndicatorInput[];
}

@InputType({
  description:
    'A report on one IKI for one period of an approved SKP; it replaces an earlier one for the same period',
})
export class SubmitRealizationInput {
  @Field(() => ID, { description: 'The IKI reported on' })
  indicatorId: string;

  @Field(() => Period, {
    description: 'The triwulan, or ANNUAL to correct the value derived from the quarters',
  })
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

  @Field(() => String, {
    nullable: true,
    description:
      'Bukti dukung in words, at most 2000 characters; a note or an evidenceUrl is required',
  })
  note?: string | null;
}

@InputType({ description: 'Filters for the SKP list; rows the viewer may not read never appear' })
export class PerformancePlanFilter {
  @Field(() => ID, { nullable: true, description: 'SKP of this cycle' })
  cycleId?: string;

  @Field(() => ID, { nullable: true, description: 'SKP of this employee' })
  employeeId?: string;

  @Field(() => ID, { nullable: true, description: 'Employees of this unit and its sub-units' })
  unitId?: string;

  @Field(() => PlanStatus, { nullable: true, description: 'SKP in this status' })
  status?: PlanStatus;

  @Field(() => ID, { nullable: true, description: 'Plans this pejabat penilai approves' })
  evaluatorId?: string;

  @Field(() => Period, {
    nullable: true,
    description:
      'SKP that cover this period: each period belongs to the SKP in force on its last day (after a mutasi, or an arrival during the year, not to the others)',
  })
  coversPeriod?: Period;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'True: only the SKP in force (one per employee and cycle); false: only those a mutasi closed',
  })
  current?: boolean | null;
}
