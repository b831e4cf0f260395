import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchemaSync, type ContainerType, getMetadataStorage } from 'type-graphql';
import { AccountResolver, EmployeeAccountResolver } from './modules/account/account.resolver';
import { EmployeeResolver } from './modules/org/employee.resolver';
import { EmployeeSeparationResolver } from './modules/org/employee-separation.resolver';
import { OrgUnitResolver } from './modules/org/org-unit.resolver';
import { PositionResolver } from './modules/org/position.resolver';
import { RankResolver } from './modules/org/rank.resolver';
import { AnalyticsResolver, UnitSummaryResolver } from './modules/analytics/analytics.resolver';
import {
  CalibrationResolver,
  CurveRuleCheckResolver,
  OrganizationPredicateResolver,
} from './modules/evaluation/calibration.resolver';
import {
  EvaluationFeedbackResolver,
  EvaluationResolver,
  ObjectionResolver,
  PlanEvaluationResolver,
} from './modules/evaluation/evaluation.resolver';
import {
  EvaluationJudgementResolver,
  IndicatorJudgementResolver,
} from './modules/evaluation/indicator-judgement.resolver';
import { ObjectionDecisionResolver } from './modules/evaluation/objection.resolver';
import { FeedbackResolver } from './modules/feedback/feedback.resolver';
import { CycleResolver } from './modules/cycle/cycle.resolver';
import {
  EvaluationOverdueResolver,
  OverdueItemResolver,
  OverdueListResolver,
  PlanOverdueResolver,
} from './modules/cycle/overdue.resolver';
import { PerformancePlanResolver } from './modules/plan/plan.resolver';
import { CycleEvaluationBacklogResolver } from './modules/plan/evaluation-backlog.resolver';
import { PlanAnnexResolver } from './modules/plan/plan-annex.resolver';
import {
  BehaviorExpectationResolver,
  IndicatorResolver,
  RealizationResolver,
  WorkTargetResolver,
} from './modules/plan/plan-parts.resolver';
import {
  DevelopmentActivityResolver,
  DevelopmentPlanResolver,
  JpOverviewResolver,
  TrainingProgramResolver,
} from './modules/development/development.resolver';
import {
  ActingAssignmentResolver,
  JobHistoryResolver,
  PlanTermsResolver,
  StaffingResolver,
} from './modules/staffing/staffing.resolver';
import { AuditLogResolver } from './platform/audit/audit-log.resolver';
import { AuditLogActorResolver } from './modules/account/audit-actors';
import { AuditLogSubjectResolver } from './platform/audit/audit-subjects';
import { callFieldResolversDirectly } from './platform/graphql/direct-field-resolvers';
import { guardFields } from './platform/authz/field-guard';
import { registerPolicies } from './platform/authz/policy';
import { POLICIES } from './policies';

/** The resolver classes the schema is made of (api/src/composition.ts builds their instances). */
export const RESOLVERS = [
  AnalyticsResolver,
  UnitSummaryResolver,
  EvaluationResolver,
  EvaluationFeedbackResolver,
  EvaluationJudgementResolver,
  IndicatorJudgementResolver,
  ObjectionResolver,
  ObjectionDecisionResolver,
  CalibrationResolver,
  CurveRuleCheckResolver,
  OrganizationPredicateResolver,
  FeedbackResolver,
  CycleResolver,
  OverdueItemResolver,
  OverdueListResolver,
  PlanOverdueResolver,
  EvaluationOverdueResolver,
  PerformancePlanResolver,
  PlanAnnexResolver,
  PlanEvaluationResolver,
  WorkTargetResolver,
  IndicatorResolver,
  RealizationResolver,
  BehaviorExpectationResolver,
  AccountResolver,
  EmployeeAccountResolver,
  EmployeeSeparationResolver,
  EmployeeResolver,
  OrgUnitResolver,
  PositionResolver,
  RankResolver,
  AuditLogResolver,
  AuditLogActorResolver,
  AuditLogSubjectResolver,
  TrainingProgramResolver,
  DevelopmentPlanResolver,
  DevelopmentActivityResolver,
  JpOverviewResolver,
  StaffingResolver,
  JobHistoryResolver,
  ActingAssignmentResolver,
  PlanTermsResolver,
  CycleEvaluationBacklogResolver,
] as const;

/** Without the composition root's container the schema can be printed and validated, not run. */
const PRINT_ONLY: ContainerType = {
  get(resolverClass: { name: string }) {
    throw new Error(`${resolverClass.name} has no services: this schema is built to print only`);
  },
};

/**
 * The schema, its guarded types' fields checked against the rules of every module's policy;
 * `container` hands type-graphql each resolver instance (see api/src/composition.ts).
 */
export function buildAppSchema(container: ContainerType = PRINT_ONLY): GraphQLSchema {
  registerPolicies(POLICIES);
  resolvePlainFieldsAsProperties();
  return describeRootTypes(
    guardFields(
      callFieldResolversDirectly(
        buildSchemaSync({ resolvers: RESOLVERS, container, validate: false }),
        container,
      ),
    ),
  );
}

/**
 * Every plain field (no field resolver, no middleware, no roles, named as its property) resolves
 * as its property, as type-graphql's `simpleResolvers` makes it: without a wrapper called for each
 * value (which builds its resolver data and runs the middlewares). The schema has no type-graphql
 * middleware or auth checker (permissions are CASL rules, and fields are guarded by `guardFields`),
 * so the wrapper would only read the property, at the cost of a call per value: 51 directory rows
 * are about 500 values. A field with a resolver method keeps it (type-graphql puts a field
 * resolver before `simple`).
 */
function resolvePlainFieldsAsProperties() {
  for (const field of getMetadataStorage().fields)
    if (
      field.simple === undefined &&
      !field.middlewares?.length &&
      !field.roles?.length &&
      field.name === field.schemaName
    )
      field.simple = true;
}

/** type-graphql names the root types without a description; GraphiQL's docs pane opens on them. */
function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  schema.getQueryType()!.description =
    'Reads: rows the viewer may not read never appear; a field they may not read is null with a FORBIDDEN error';
  schema.getMutationType()!.description =
    'Every change, each in one transaction with its audit record; only `login` works without a token';
  return schema;
}

/** The committed SDL (schema/schema.graphql): sorted so diffs show real changes only. */
export function printAppSchema(schema: GraphQLSchema = buildAppSchema()): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
