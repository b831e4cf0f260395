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
