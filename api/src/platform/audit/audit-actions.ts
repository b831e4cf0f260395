/**
 * Audit actions read `<subject>.<verb>`: the thing acted on and what was done to it, both in lower
 * camelCase, the verb in the imperative (`plan.submit`, `workTarget.add`, `cycle.setStatus`).
 * Rows written under an earlier name keep it in the table; reading shows the current name, and
 * filtering by either name finds both.
 */
const RENAMED_AUDIT_ACTIONS: Readonly<Record<string, string>> = {
  'calibration.organization-predicate': 'organizationPredicate.record',
  'cycle.deadlines': 'cycle.setDeadlines',
  'cycle.status': 'cycle.setStatus',
  'objection.upheld': 'objection.uphold',
  'objection.rejected': 'objection.reject',
  'plan.annex': 'plan.updateAnnex',
  'plan.expectation': 'plan.setExpectation',
  'plan.submit-and-approve': 'plan.submitAndApprove',
  'plan.target.add': 'workTarget.add',
  'plan.target.update': 'workTarget.update',
  'plan.target.remove': 'workTarget.remove',
  SEED_DEMO: 'demo.seed',
  SEED_SCALE: 'syntheticData.seed',
};

/** Every action written today, by its current name (the dashboard names each in words). */
export const AUDIT_ACTIONS = [
  'account.activate',
  'account.changePassword',
  'account.create',
  'account.deactivate',
  'account.grantRole',
  'account.lock',
  'account.removeRole',
  'account.resetPassword',
  'account.unlock',
  'actingAssignment.cancel',
  'actingAssignment.create',
  'actingAssignment.end',
  'cycle.create',
  'cycle.setDeadlines',
  'cycle.setStatus',
  'cycle.setThresholds',
  'demo.seed',
  'syntheticData.seed',
  'developmentActivity.add',
  'developmentActivity.cancel',
  'developmentActivity.relink',
  'developmentActivity.require',
  'developmentActivity.update',
  'document.read',
  'employee.create',
  'employee.deactivate',
  'employee.import',
  'employee.move',
  'employee.update',
  'evaluation.acknowledge',
  'evaluation.create',
  'evaluation.drop',
  'evaluation.finalize',
  'evaluation.update',
  'feedback.acknowledge',
  'feedback.give',
  'feedback.reply',
  'objection.file',
  'objection.reassignAtasan',
  'objection.reject',
  'objection.respond',
  'objection.uphold',
  'orgUnit.close',
  'orgUnit.create',
  'orgUnit.move',
  'orgUnit.update',
  'organizationPredicate.record',
  'plan.approve',
  'plan.close',
  'plan.create',
  'plan.reassignEvaluator',
  'plan.return',
  'plan.setExpectation',
  'plan.submit',
  'plan.submitAndApprove',
  'plan.updateAnnex',
  'position.close',
  'position.create',
  'position.update',
  'realization.submit',
  'trainingProgram.create',
  'trainingProgram.retire',
  'trainingProgram.update',
  'workTarget.add',
  'workTarget.remove',
  'workTarget.update',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The current name of a stored action. */
export const currentAuditAction = (stored: string): string =>
  RENAMED_AUDIT_ACTIONS[stored] ?? stored;

/** Every stored name an action filter matches: the current name and the ones it had before. */
export function storedAuditActions(action: string): string[] {
  const current = currentAuditAction(action);
  return [
    current,
    ...Object.keys(RENAMED_AUDIT_ACTIONS).filter((old) => RENAMED_AUDIT_ACTIONS[old] === current),
  ];
}
