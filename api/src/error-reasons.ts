import { type ErrorReasons, PLATFORM_ERROR_REASONS } from './platform/graphql/errors';
import { ACCOUNT_ERROR_REASONS } from './modules/account/account.errors';
import { ANALYTICS_ERROR_REASONS } from './modules/analytics/analytics.errors';
import { CYCLE_ERROR_REASONS } from './modules/cycle/cycle.errors';
import { DEVELOPMENT_ERROR_REASONS } from './modules/development/development.errors';
import { DOCUMENTS_ERROR_REASONS } from './modules/documents/documents.errors';
import { EVALUATION_ERROR_REASONS } from './modules/evaluation/evaluation.errors';
import { FEEDBACK_ERROR_REASONS } from './modules/feedback/feedback.errors';
import { ORG_ERROR_REASONS } from './modules/org/org.errors';
import { PLAN_ERROR_REASONS } from './modules/plan/plan.errors';
import { STAFFING_ERROR_REASONS } from './modules/staffing/staffing.errors';

/**
 * Every `extensions.reason` the API sends, by the module that declares it. Typed by the registry,
 * so a module that declares reasons and is missing here does not compile.
 */
export const ERROR_REASONS_BY_MODULE: {
  [Module in keyof ErrorReasons]: readonly ErrorReasons[Module][];
} = {
  platform: PLATFORM_ERROR_REASONS,
  account: ACCOUNT_ERROR_REASONS,
  analytics: ANALYTICS_ERROR_REASONS,
  cycle: CYCLE_ERROR_REASONS,
  development: DEVELOPMENT_ERROR_REASONS,
  documents: DOCUMENTS_ERROR_REASONS,
  evaluation: EVALUATION_ERROR_REASONS,
  feedback: FEEDBACK_ERROR_REASONS,
  org: ORG_ERROR_REASONS,
  plan: PLAN_ERROR_REASONS,
  staffing: STAFFING_ERROR_REASONS,
};

/** The committed list clients translate from (schema/error-reasons.json), one module per key. */
export const printErrorReasons = (): string =>
  `${JSON.stringify(ERROR_REASONS_BY_MODULE, null, 2)}\n`;
