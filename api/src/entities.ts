import { Account, LoginFailure } from './modules/account/account.entity';
import { Employee, ReportingLine } from './modules/org/employee.entity';
import { EmployeeSeparation } from './modules/org/employee-separation.entity';
import { OrgUnit, OrgUnitClosure } from './modules/org/org-unit.entity';
import { Position } from './modules/org/position.entity';
import { Evaluation } from './modules/evaluation/evaluation.entity';
import { EvaluationFeedback } from './modules/evaluation/evaluation-feedback.entity';
import { IndicatorJudgement } from './modules/evaluation/indicator-judgement.entity';
import { Objection } from './modules/evaluation/objection.entity';
import { OrganizationPredicate } from './modules/evaluation/organization-predicate.entity';
import { UnitPredicateCount } from './modules/evaluation/unit-predicate-count.entity';
import { UnitResultTotal } from './modules/evaluation/unit-result-total.entity';
import { Feedback } from './modules/feedback/feedback.entity';
import { Notification } from './modules/feedback/notification.entity';
import { PerformanceCycle } from './modules/cycle/cycle.entity';
import { BehaviorExpectation } from './modules/plan/behavior-expectation.entity';
import { Indicator } from './modules/plan/indicator.entity';
import { PerformancePlan } from './modules/plan/performance-plan.entity';
import { Realization } from './modules/plan/realization.entity';
import { WorkTarget } from './modules/plan/work-target.entity';
import { DevelopmentActivity } from './modules/development/development-activity.entity';
import { DevelopmentPlan } from './modules/development/development-plan.entity';
import { TrainingEffect } from './modules/development/training-effect.entity';
import { TrainingProgram } from './modules/development/training-program.entity';
import { ActingAssignment } from './modules/staffing/acting-assignment.entity';
import { JobHistory } from './modules/staffing/job-history.entity';
import { AuditLog } from './platform/audit/audit-log.entity';
import { IdempotencyKey } from './platform/idempotency/idempotency-key.entity';
import { RowClaim, RowClaimHold } from './platform/database/row-claim.entity';

/** Every TypeORM entity; migrations are generated from exactly this list. */
export const ENTITIES = [
  OrgUnit,
  OrgUnitClosure,
  Position,
  Employee,
  ReportingLine,
  EmployeeSeparation,
  Account,
  LoginFailure,
  AuditLog,
  IdempotencyKey,
  RowClaim,
  RowClaimHold,
  PerformanceCycle,
  PerformancePlan,
  WorkTarget,
  Indicator,
  BehaviorExpectation,
  Realization,
  Evaluation,
  EvaluationFeedback,
  IndicatorJudgement,
  Objection,
  OrganizationPredicate,
  UnitPredicateCount,
  UnitResultTotal,
  Feedback,
  Notification,
  TrainingProgram,
  DevelopmentPlan,
  DevelopmentActivity,
  TrainingEffect,
  JobHistory,
  ActingAssignment,
];
