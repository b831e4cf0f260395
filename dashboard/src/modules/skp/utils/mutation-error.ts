import { timingConflictMessage } from '../../deadlines/utils/deadlines';
import { errorCodeOf, graphQLErrorsOf, classifyLoadError } from '../../api/utils/graphql-errors';
import type { MessageKey, Translate } from '../../i18n';

// CONFLICT messages the API sends for SKP state problems, in the user's language.
const CONFLICTS: { pattern: RegExp; key: MessageKey }[] = [
  {
    pattern: /supervisor.s SKP for this cycle must be approved/,
    key: 'skp.conflict.supervisorNotApproved',
  },
  { pattern: /changed meanwhile/, key: 'skp.conflict.stale' },
  { pattern: /approved plan is frozen/, key: 'skp.conflict.frozen' },
  { pattern: /submitted plan waits/, key: 'skp.conflict.submitted' },
  { pattern: /intervene this one/, key: 'skp.conflict.hasChildren' },
  { pattern: /already have an SKP/, key: 'skp.conflict.exists' },
  { pattern: /approved SKP only/, key: 'skp.conflict.notApproved' },
  { pattern: /cycle is [A-Z]+/, key: 'skp.conflict.cycle' },
  {
    pattern: /plan can be (approved|returned|submitted)|cannot be submitted/,
    key: 'skp.conflict.state',
  },
];

/** One sentence for a failed mutation (field problems are shown beside their inputs instead). */
export function mutationErrorMessage(t: Translate, error: unknown): string {
  const errors = graphQLErrorsOf(error);
  const first = errors[0];
  const code = first ? errorCodeOf(first) : undefined;
  if (code === 'BAD_USER_INPUT') return t('skp.error.checkFields');
  if (code === 'CONFLICT') {
    const timing = timingConflictMessage(t, error);
    if (timing) return timing;
    const found = CONFLICTS.find(({ pattern }) => pattern.test(first.message));
    return found ? t(found.key) : first.message;
  }
  if (code === 'NOT_FOUND') return t('skp.error.notFound');
  const kind = classifyLoadError(error);
  if (kind === 'forbidden') return t('common.errorForbidden');
  if (kind === 'network') return t('common.errorNetwork');
  return t('common.errorServer');
}
