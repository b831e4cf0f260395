import { Role } from '../../../platform/auth/role';
import { CycleStatus } from '../cycle.enums';
import type { CycleErrorReason } from '../cycle.errors';

/**
 * Who may move a cycle along: HR opens it; HR or the Camat (LEADER) starts calibration; only the
 * Camat closes it (segregation of duties: the close is the Camat's decision on the curve).
 */
export const CYCLE_TRANSITIONS: readonly { from: CycleStatus; to: CycleStatus; roles: Role[] }[] = [
  { from: CycleStatus.PLANNING, to: CycleStatus.ACTIVE, roles: [Role.HR_ADMIN] },
  { from: CycleStatus.ACTIVE, to: CycleStatus.CALIBRATION, roles: [Role.HR_ADMIN, Role.LEADER] },
  { from: CycleStatus.CALIBRATION, to: CycleStatus.CLOSED, roles: [Role.LEADER] },
];

/** The status a cycle may move to next, or null once CLOSED. */
export const nextCycleStatus = (from: CycleStatus): CycleStatus | null =>
  CYCLE_TRANSITIONS.find((t) => t.from === from)?.to ?? null;

export type TransitionCheck =
  | { ok: true }
  | {
      ok: false;
      code: 'CONFLICT' | 'FORBIDDEN';
      reason: CycleErrorReason;
      message: string;
      params: Record<string, string>;
    };

export function checkCycleTransition({
  from,
  to,
  roles,
}: {
  from: CycleStatus;
  to: CycleStatus;
  roles: Role[];
}): TransitionCheck {
  const step = CYCLE_TRANSITIONS.find((t) => t.from === from && t.to === to);
  if (!step) {
    const allowed = CYCLE_TRANSITIONS.filter((t) => t.from === from).map((t) => t.to);
    return {
      ok: false,
      code: 'CONFLICT',
      reason: 'CYCLE_TRANSITION_INVALID',
      message: `A ${from} cycle can only move to ${allowed.join(', ') || 'nothing (it is final)'}`,
      params: { from, to, allowed: allowed.join(', ') },
    };
  }
  if (!step.roles.some((role) => roles.includes(role))) {
    const needed = step.roles.join(' or ');
    return {
      ok: false,
      code: 'FORBIDDEN',
      reason: 'CYCLE_TRANSITION_FORBIDDEN',
      message: `Only ${needed} moves a cycle from ${from} to ${to}`,
      params: { role: needed, from, to },
    };
  }
  return { ok: true };
}
