// Names for parts of the generated SKP (plan) results. Fields the viewer may not read arrive as null.
import type {
  CoreValue,
  GetPlanCascadeQuery,
  GetPlanReportQuery,
  GetSupervisorPlanQuery,
  IndicatorAspect,
  PlanDetailFieldsFragment,
} from '../api/generated/graphql';

export const CORE_VALUES: readonly CoreValue[] = [
  'BERORIENTASI_PELAYANAN',
  'AKUNTABEL',
  'KOMPETEN',
  'HARMONIS',
  'LOYAL',
  'ADAPTIF',
  'KOLABORATIF',
];
export const ASPECTS: readonly IndicatorAspect[] = ['KUANTITAS', 'KUALITAS', 'WAKTU', 'BIAYA'];

export type WorkTargetDetail = NonNullable<PlanDetailFieldsFragment['workTargets']>[number];
export type BehaviorExpectationDetail = NonNullable<
  PlanDetailFieldsFragment['behaviorExpectations']
>[number];

/** The supervisor's plan, read partially (status and RHK): enough to pick a parent RHK. */
export type SupervisorPlan = GetSupervisorPlanQuery['performancePlans']['edges'][number]['node'];

type ReportPlan = GetPlanReportQuery['performancePlans']['edges'][number]['node'];
export type ReportIndicator = NonNullable<
  NonNullable<ReportPlan['workTargets']>[number]['indicators']
>[number];

export type CascadePlan = GetPlanCascadeQuery['planCascade'][number];
