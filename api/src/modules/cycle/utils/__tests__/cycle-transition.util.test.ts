import { Role } from '../../../../platform/auth/role';
import { CycleStatus } from '../../cycle.enums';
import { checkCycleTransition } from '../cycle-transition.util';

const { PLANNING, ACTIVE, CALIBRATION, CLOSED } = CycleStatus;
const { EMPLOYEE, LEADER, HR_ADMIN, ANALYST } = Role;

// DESIGN §2: PLANNING → ACTIVE → CALIBRATION → CLOSED; HR opens a cycle, HR or the Camat
// (LEADER) starts calibration, only the Camat closes it.
describe('checkCycleTransition', () => {
  it.each([
    ['HR opens a planned cycle', PLANNING, ACTIVE, [HR_ADMIN]],
    ['the Camat starts calibration', ACTIVE, CALIBRATION, [LEADER]],
    ['HR starts calibration', ACTIVE, CALIBRATION, [HR_ADMIN]],
    ['the Camat closes a calibrated cycle', CALIBRATION, CLOSED, [LEADER]],
    ['one of several roles is enough', ACTIVE, CALIBRATION, [EMPLOYEE, LEADER]],
  ])('allows: %s', (_case, from, to, roles) => {
    expect(checkCycleTransition({ from, to, roles })).toEqual({ ok: true });
  });

  it.each([
    ['the Camat cannot open a cycle', PLANNING, ACTIVE, [EMPLOYEE, LEADER], HR_ADMIN],
    ['an employee cannot start calibration', ACTIVE, CALIBRATION, [EMPLOYEE], 'HR_ADMIN or LEADER'],
    ['HR cannot close a cycle', CALIBRATION, CLOSED, [HR_ADMIN], LEADER],
    ['an analyst moves nothing', PLANNING, ACTIVE, [ANALYST], HR_ADMIN],
    ['no roles at all', CALIBRATION, CLOSED, [], LEADER],
  ])('forbids: %s', (_case, from, to, roles, needed) => {
    expect(checkCycleTransition({ from, to, roles })).toEqual({
      ok: false,
      code: 'FORBIDDEN',
      reason: 'CYCLE_TRANSITION_FORBIDDEN',
      message: `Only ${needed} moves a cycle from ${from} to ${to}`,
      params: { role: needed, from, to },
    });
  });

  it.each([
    ['skipping ACTIVE', PLANNING, CALIBRATION, 'ACTIVE'],
    ['going back to PLANNING', ACTIVE, PLANNING, 'CALIBRATION'],
    ['closing without calibration', ACTIVE, CLOSED, 'CALIBRATION'],
    ['reopening calibration', CALIBRATION, ACTIVE, 'CLOSED'],
    ['staying where it is', ACTIVE, ACTIVE, 'CALIBRATION'],
    ['reopening a closed cycle', CLOSED, ACTIVE, 'nothing (it is final)'],
    ['moving a closed cycle back to calibration', CLOSED, CALIBRATION, 'nothing (it is final)'],
  ])('refuses the order before the role: %s', (_case, from, to, allowed) => {
    // Every role together still cannot break the order of the states.
    expect(
      checkCycleTransition({ from, to, roles: [EMPLOYEE, LEADER, HR_ADMIN, ANALYST] }),
    ).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      reason: 'CYCLE_TRANSITION_INVALID',
      message: `A ${from} cycle can only move to ${allowed}`,
    });
  });
});
