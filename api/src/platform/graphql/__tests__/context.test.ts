import type { DataSource } from 'typeorm';
import { POLICIES } from '../../../policies';
import { Role } from '../../auth/role';
import type { Viewer } from '../../auth/viewer';
import * as abilities from '../../authz/abilities';
import { registerPolicies } from '../../authz/policy';
import { createContext, setViewer } from '../context';

const viewer = (roles: Role[]): Viewer => ({
  accountId: 1,
  username: 'someone',
  roles,
  employeeId: null,
  supervisorChainIds: [],
});

describe('createContext', () => {
  beforeAll(() => registerPolicies(POLICIES));
  afterEach(() => jest.restoreAllMocks());

  it('builds the ability only when a rule is first asked, once, and anew after setViewer', () => {
    const define = jest.spyOn(abilities, 'defineAbilityFor');
    const context = createContext({
      dataSource: {} as DataSource,
      viewer: viewer([Role.EMPLOYEE]),
      clientAddress: '127.0.0.1',
    });
    expect(define).not.toHaveBeenCalled();
    expect(context.ability.can('read', 'AuditLog')).toBe(false);
    expect(context.ability.can('read', 'AuditLog')).toBe(false);
    expect(define).toHaveBeenCalledTimes(1);
    setViewer(context, viewer([Role.HR_ADMIN]));
    expect(define).toHaveBeenCalledTimes(2);
    expect(context.ability.can('read', 'AuditLog')).toBe(true);
  });
});
