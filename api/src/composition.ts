import type { ContainerType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { AppConfig } from './config';
import { AccountResolver, EmployeeAccountResolver } from './modules/account/account.resolver';
import { AccountService } from './modules/account/account.service';
import {
  accountAuditActors,
  accountSubject,
  AuditLogActorResolver,
} from './modules/account/audit-actors';
import { PerformanceCycle } from './modules/cycle/cycle.entity';
import { DevelopmentActivity } from './modules/development/development-activity.entity';
import { TrainingProgram } from './modules/development/training-program.entity';
import { Evaluation } from './modules/evaluation/evaluation.entity';
import { Objection } from './modules/evaluation/objection.entity';
import { orgAuditSubjects, ownerSubject } from './modules/org/audit-subjects';
import { PerformancePlan } from './modules/plan/performance-plan.entity';
import { ActingAssignment } from './modules/staffing/acting-assignment.entity';
import { AuditLogSubjectResolver, type AuditSubjectNames } from './platform/audit/audit-subjects';
import { AuthService } from './modules/account/auth.service';
import { AnalyticsResolver, UnitSummaryResolver } from './modules/analytics/analytics.resolver';
import { AnalyticsService } from './modules/analytics/analytics.service';
import { PerformanceTrendService } from './modules/analytics/performance-trend.service';
import { TeamDashboardService } from './modules/analytics/team-dashboard.service';
import { CycleResolver } from './modules/cycle/cycle.resolver';
import { CycleService } from './modules/cycle/cycle.service';
import {
  EvaluationOverdueResolver,
  OverdueItemResolver,
  OverdueListResolver,
  PlanOverdueResolver,
} from './modules/cycle/overdue.resolver';
import { OverdueService } from './modules/cycle/overdue.service';
import {
  DevelopmentActivityResolver,
  DevelopmentPlanResolver,
  JpOverviewResolver,
  TrainingProgramResolver,
} from './modules/development/development.resolver';
import { DevelopmentService } from './modules/development/development.service';
import { JpService } from './modules/development/jp.service';
import { RecommendationService } from './modules/development/recommendation.service';
import { TrainingEffectService } from './modules/development/training-effect.service';
import { TrainingProgramService } from './modules/development/training-program.service';
import { DocumentsService } from './modules/documents/documents.service';
import {
  CalibrationResolver,
  CurveRuleCheckResolver,
  OrganizationPredicateResolver,
} from './modules/evaluation/calibration.resolver';
import { CalibrationService } from './modules/evaluation/calibration.service';
import {
  EvaluationFeedbackResolver,
  EvaluationResolver,
  ObjectionResolver,
  PlanEvaluationResolver,
} from './modules/evaluation/evaluation.resolver';
import { EvaluationService } from './modules/evaluation/evaluation.service';
import {
  EvaluationJudgementResolver,
  IndicatorJudgementResolver,
} from './modules/evaluation/indicator-judgement.resolver';
import { ObjectionDecisionResolver } from './modules/evaluation/objection.resolver';
import { FeedbackResolver } from './modules/feedback/feedback.resolver';
import { FeedbackService } from './modules/feedback/feedback.service';
import { EmployeeImportService } from './modules/org/employee-import.service';
import { EmployeeResolver } from './modules/org/employee.resolver';
import { EmployeeService } from './modules/org/employee.service';
import { ActingAssignmentService } from './modules/staffing/acting-assignment.service';
import { JobHistoryService } from './modules/staffing/job-history.service';
import { MutasiService } from './modules/staffing/mutasi.service';
import { PejabatPenilaiService } from './modules/staffing/pejabat-penilai.service';
import {
  ActingAssignmentResolver,
  JobHistoryResolver,
  PlanTermsResolver,
  StaffingResolver,
} from './modules/staffing/staffing.resolver';
import { EmployeeSeparationService } from './modules/org/employee-separation.service';
import { EmployeeSeparationResolver } from './modules/org/employee-separation.resolver';
import { OrgUnitResolver } from './modules/org/org-unit.resolver';
import { OrgUnitService } from './modules/org/org-unit.service';
import { PositionResolver } from './modules/org/position.resolver';
import { RankResolver } from './modules/org/rank.resolver';
import { PositionService } from './modules/org/position.service';
import { RosterExportService } from './modules/org/roster-export.service';
import { PlanAnnexResolver } from './modules/plan/plan-annex.resolver';
import {
  BehaviorExpectationResolver,
  IndicatorResolver,
  RealizationResolver,
  WorkTargetResolver,
} from './modules/plan/plan-parts.resolver';
import { PerformancePlanResolver } from './modules/plan/plan.resolver';
import { CycleEvaluationBacklogResolver } from './modules/plan/evaluation-backlog.resolver';
import { PlanLifecycleService } from './modules/plan/plan-lifecycle.service';
import { PlanService } from './modules/plan/plan.service';
import { RealizationService } from './modules/plan/realization.service';
import { WorkTargetService } from './modules/plan/work-target.service';
import { AuditLogResolver } from './platform/audit/audit-log.resolver';
import { AuditService } from './platform/audit/audit-query.service';
import { buildAppSchema, RESOLVERS } from './schema';

/*
 * The composition root: the one place that knows every service and resolver. It builds each
 * service once with the services it depends on, then each resolver with the services it calls,
 * and hands the resolvers to type-graphql as its container. Only server.ts imports this file
 * (scripts and tests reach the services through the server); modules and the platform never do.
 */

/** The audited record types the modules can name (the audit log's `subjectName`). */
const auditSubjects: AuditSubjectNames = {
  ...orgAuditSubjects,
  User: accountSubject,
  Cycle: async (context, id) => {
    const cycle = await context.loaders.byId(PerformanceCycle).load(id);
    return cycle ? String(cycle.year) : null;
  },
  TrainingProgram: async (context, id) =>
    (await context.loaders.byId(TrainingProgram).load(id))?.title ?? null,
  PerformancePlan: ownerSubject(PerformancePlan),
  Evaluation: ownerSubject(Evaluation),
  Objection: ownerSubject(Objection),
  DevelopmentActivity: ownerSubject(DevelopmentActivity),
  ActingAssignment: ownerSubject(ActingAssignment),
};

/** The stateless services, created once per process and shared by all requests. */
export function createServices(dataSource: DataSource, config: AppConfig) {
  const employees = new EmployeeService(dataSource);
  const calibration = new CalibrationService(dataSource);
  const development = new DevelopmentService(dataSource);
  const overdue = new OverdueService(dataSource);
  const evaluations = new EvaluationService(dataSource);
  const plans = new PlanService(dataSource);
  const pejabatPenilai = new PejabatPenilaiService();
  const mutasi = new MutasiService(dataSource, pejabatPenilai);
  const jobHistory = new JobHistoryService(dataSource);
  return {
    auth: new AuthService(dataSource, config),
    accounts: new AccountService(dataSource),
    employees,
    employeeImport: new EmployeeImportService(dataSource, employees, mutasi),
    rosterExport: new RosterExportService(dataSource, jobHistory),
    employeeSeparations: new EmployeeSeparationService(dataSource, employees),
    orgUnits: new OrgUnitService(dataSource),
    positions: new PositionService(dataSource),
    audit: new AuditService(dataSource, accountAuditActors, auditSubjects),
    cycles: new CycleService(dataSource, calibration),
    overdue,
    evaluations,
    calibration,
    feedback: new FeedbackService(dataSource, overdue),
    analytics: new AnalyticsService(dataSource),
    performanceTrend: new PerformanceTrendService(dataSource),
    teamDashboards: new TeamDashboardService(dataSource),
    plans,
    planLifecycle: new PlanLifecycleService(dataSource, plans),
    workTargets: new WorkTargetService(dataSource),
    realizations: new RealizationService(dataSource),
    trainingPrograms: new TrainingProgramService(dataSource),
    development,
    recommendations: new RecommendationService(dataSource, development),
    trainingEffects: new TrainingEffectService(dataSource),
    jp: new JpService(dataSource),
    documents: new DocumentsService(dataSource, plans, evaluations, calibration),
    mutasi,
    actingAssignments: new ActingAssignmentService(dataSource, pejabatPenilai),
    jobHistory,
  };
}

export type Services = ReturnType<typeof createServices>;

/** Every resolver of the schema (RESOLVERS), each with the services it calls. */
function createResolvers(services: Services): object[] {
  return [
    new AnalyticsResolver(
      services.analytics,
      services.performanceTrend,
      services.teamDashboards,
      services.calibration,
    ),
    new UnitSummaryResolver(),
    new EvaluationResolver(services.evaluations),
    new EvaluationFeedbackResolver(),
    new EvaluationJudgementResolver(),
    new IndicatorJudgementResolver(),
    new ObjectionResolver(),
    new ObjectionDecisionResolver(services.evaluations),
    new CalibrationResolver(services.calibration),
    new CurveRuleCheckResolver(services.calibration),
    new OrganizationPredicateResolver(),
    new FeedbackResolver(services.feedback),
    new CycleResolver(services.cycles),
    new OverdueItemResolver(services.overdue),
    new OverdueListResolver(),
    new PlanOverdueResolver(services.overdue),
    new EvaluationOverdueResolver(services.overdue),
    new PerformancePlanResolver(
      services.plans,
      services.planLifecycle,
      services.workTargets,
      services.realizations,
    ),
    new PlanAnnexResolver(services.planLifecycle),
    new PlanEvaluationResolver(services.evaluations),
    new WorkTargetResolver(),
    new IndicatorResolver(),
    new RealizationResolver(),
    new BehaviorExpectationResolver(),
    new AccountResolver(services.auth, services.accounts),
    new EmployeeAccountResolver(),
    new EmployeeSeparationResolver(services.employeeSeparations),
    new EmployeeResolver(services.employees, services.employeeImport),
    new OrgUnitResolver(services.orgUnits),
    new PositionResolver(services.positions),
    new RankResolver(),
    new AuditLogResolver(services.audit),
    new AuditLogActorResolver(),
    new AuditLogSubjectResolver(services.audit),
    new TrainingProgramResolver(services.trainingPrograms),
    new DevelopmentPlanResolver(
      services.development,
      services.recommendations,
      services.jp,
      services.trainingEffects,
    ),
    new DevelopmentActivityResolver(services.trainingEffects),
    new JpOverviewResolver(services.jp),
    new StaffingResolver(services.mutasi, services.actingAssignments, services.jobHistory),
    new JobHistoryResolver(),
    new ActingAssignmentResolver(),
    new PlanTermsResolver(services.plans),
    new CycleEvaluationBacklogResolver(services.plans),
  ];
}

/** type-graphql's container: the one instance of each resolver class the schema names. */
function resolverContainer(resolvers: object[]): ContainerType {
  const byClass = new Map<unknown, object>(
    resolvers.map((resolver) => [resolver.constructor, resolver]),
  );
  const missing = RESOLVERS.filter((resolverClass) => !byClass.has(resolverClass));
  if (missing.length > 0 || byClass.size !== RESOLVERS.length)
    throw new Error(
      `createResolvers must build each of RESOLVERS once (missing: ${missing.map((type) => type.name).join(', ') || 'none'})`,
    );
  return { get: (resolverClass) => byClass.get(resolverClass) };
}

/** The application: its services and the schema whose resolvers call them. */
export function composeApplication(dataSource: DataSource, config: AppConfig) {
  const services = createServices(dataSource, config);
  const schema = buildAppSchema(resolverContainer(createResolvers(services)));
  return { services, schema };
}
