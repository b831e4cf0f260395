import type { Policy } from './platform/authz/policy';
import { auditPolicy } from './platform/audit/audit.permissions';
import { accountPolicy } from './modules/account/account.permissions';
import { analyticsPolicy } from './modules/analytics/analytics.permissions';
import { cyclePolicy } from './modules/cycle/cycle.permissions';
import { developmentPolicy } from './modules/development/development.permissions';
import { evaluationPolicy } from './modules/evaluation/evaluation.permissions';
import { feedbackPolicy } from './modules/feedback/feedback.permissions';
import { orgPolicy } from './modules/org/org.permissions';
import { planPolicy } from './modules/plan/plan.permissions';
import { staffingPolicy } from './modules/staffing/staffing.permissions';

/** Every module's permission policy, registered when the schema is built (see schema.ts). */
export const POLICIES: readonly Policy[] = [
  accountPolicy,
  auditPolicy,
  orgPolicy,
  cyclePolicy,
  planPolicy,
  evaluationPolicy,
  feedbackPolicy,
  developmentPolicy,
  analyticsPolicy,
  staffingPolicy,
];
