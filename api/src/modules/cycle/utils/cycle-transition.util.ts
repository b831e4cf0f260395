import { Role } from '../../../platform/auth/role';
import { CycleStatus } from '../cycle.enums';
import type { CycleErrorReason } from '../cycle.errors';

/** Who may move a cycle along: HR opens it; the Camat (LEADER) calibrates and closes. */
const TRANSITIONS: { from: CycleStatus; to: CycleStatus; role: Role }[] = [
  { from: CycleStatus.PLANNING, to: CycleStatus.ACTIVE, role: Role.HR_ADMIN },
  { from: CycleStatus.ACTIVE, to: CycleStatus.CALIBRATION, role: Role.LEADER },
  { from: CycleStatus.CALIBRATION, to: CycleStatus.CLOSED, role: Role.LEADER },
];

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
  const step = TRANSITIONS.find((t) => t.from === from && t.to === to);
  if (!step) {
    const allowed = TRANSITIONS.filter((t) => t.from === from).map((t) => t.to);
    return {
      ok: false,
      code: 'CONFLICT',
      reason: 'CYCLE_TRANSITION_INVALID',
      message: `A ${from} cycle can only move to ${allowed.join(', ') || 'nothing (it is final)'}`,
      params: { from, to, allowed: allowed.join(', ') },
    };
  }
  if (!roles.includes(step.role))
    return {
      ok: false,
      code: 'FORBIDDEN',
      reason: 'CYCLE_TRANSITION_FORBIDDEN',
      message: `Only ${step.role} moves a cycle from ${from} to ${to}`,
      params: { role: step.role, from, to },
    };
  return { ok: true };
}
