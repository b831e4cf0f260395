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

  it('does not build the ability when Apollo copies the context, and the copy still builds it on use', () => {
    const define = jest.spyOn(abilities, 'defineAbilityFor');
    const context = createContext({
      dataSource: {} as DataSource,
      viewer: viewer([Role.HR_ADMIN]),
      clientAddress: '127.0.0.1',
    });
    // What Apollo Server does with each request's context (cloneObject in ApolloServer.js).
    const copy = Object.assign(Object.create(Object.getPrototypeOf(context) as object), context);
    expect(define).not.toHaveBeenCalled();
    expect(copy.viewer).toBe(context.viewer);
    expect(copy.loaders).toBe(context.loaders);
    expect(copy.ability.can('read', 'AuditLog')).toBe(true);
    expect(define).toHaveBeenCalledTimes(1);
    setViewer(copy, viewer([Role.EMPLOYEE]));
    expect(copy.ability.can('read', 'AuditLog')).toBe(false);
  });

  it('reuses the ability of an identical viewer, and builds another when anything about them changes', () => {
    const employee: Viewer = { ...viewer([Role.EMPLOYEE]), employeeId: 7, supervisorChainIds: [3] };
    const ability = abilities.defineAbilityFor(employee);
    expect(abilities.defineAbilityFor({ ...employee, supervisorChainIds: [3] })).toBe(ability);
    // Revocation: a role, the reporting line, the account or a password change is a new viewer.
    for (const changed of [
      { ...employee, roles: [Role.EMPLOYEE, Role.HR_ADMIN] },
      { ...employee, roles: [] },
      { ...employee, supervisorChainIds: [4] },
      { ...employee, employeeId: 8 },
      { ...employee, accountId: 2 },
      { ...employee, mustChangePassword: true },
    ])
      expect(abilities.defineAbilityFor(changed)).not.toBe(ability);
    expect(
      abilities.defineAbilityFor({ ...employee, roles: [] }).can('read', 'TeamDashboard'),
    ).toBe(false);
    expect(
      abilities
        .defineAbilityFor({ ...employee, roles: [Role.HR_ADMIN] })
        .can('read', 'TeamDashboard'),
    ).toBe(true);
    // Other policies (a test's, or after a new registration) never see an ability of the old ones.
    registerPolicies([...POLICIES]);
    expect(abilities.defineAbilityFor(employee)).not.toBe(ability);
    registerPolicies(POLICIES);
  });
});
