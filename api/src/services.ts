import type { DataSource } from 'typeorm';
import type { AppConfig } from './config';
import { AccountService } from './modules/account/account.service';
import { AuthService } from './modules/account/auth.service';
import { EmployeeService } from './modules/org/employee.service';
import { EmployeeImportService } from './modules/org/employee-import.service';
import { OrgUnitService } from './modules/org/org-unit.service';
import { AnalyticsService } from './modules/analytics/analytics.service';
import { PerformanceTrendService } from './modules/analytics/performance-trend.service';
import { TeamDashboardService } from './modules/analytics/team-dashboard.service';
import { CalibrationService } from './modules/evaluation/calibration.service';
import { EvaluationService } from './modules/evaluation/evaluation.service';
import { FeedbackService } from './modules/feedback/feedback.service';
import { CycleService } from './modules/cycle/cycle.service';
import { OverdueService } from './modules/cycle/overdue.service';
import { PlanService } from './modules/plan/plan.service';
import { PlanLifecycleService } from './modules/plan/plan-lifecycle.service';
import { RealizationService } from './modules/plan/realization.service';
import { WorkTargetService } from './modules/plan/work-target.service';
import { DevelopmentService } from './modules/development/development.service';
import { JpService } from './modules/development/jp.service';
import { RecommendationService } from './modules/development/recommendation.service';
import { TrainingEffectService } from './modules/development/training-effect.service';
import { TrainingProgramService } from './modules/development/training-program.service';
import { AuditService } from './platform/audit/audit-query.service';
import { DocumentsService } from './modules/documents/documents.service';

/** The stateless services, created once per process and shared by all requests. */
export function createServices(dataSource: DataSource, config: AppConfig) {
  const employees = new EmployeeService(dataSource);
  const calibration = new CalibrationService(dataSource);
  const development = new DevelopmentService(dataSource);
  const plans = new PlanService(dataSource);
  return {
    auth: new AuthService(dataSource, config),
    accounts: new AccountService(dataSource),
    employees,
    employeeImport: new EmployeeImportService(dataSource, employees),
    orgUnits: new OrgUnitService(dataSource),
    audit: new AuditService(dataSource),
    cycles: new CycleService(dataSource, calibration),
    overdue: new OverdueService(dataSource),
    evaluations: new EvaluationService(dataSource),
    calibration,
    feedback: new FeedbackService(dataSource),
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
    documents: new DocumentsService(dataSource),
  };
}

export type Services = ReturnType<typeof createServices>;
