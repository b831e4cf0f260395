import type { PendingAction } from '../types';

/** Where to act on a pending item: the plan review, the evaluation form, or the keberatan to decide. */
export function pendingActionHref(action: PendingAction): string | null {
  switch (action.kind) {
    case 'APPROVE_PLAN':
      return action.planId ? `/persetujuan/${action.planId}` : '/persetujuan';
    case 'EVALUATE':
      return action.planId && action.period
        ? `/penilaian/${action.planId}/${action.period}`
        : '/penilaian';
    case 'DECIDE_OBJECTION':
      return action.objectionId ? `/keberatan/${action.objectionId}` : '/keberatan';
    default:
      return null;
  }
}
