import type { ReactElement } from 'react';
import { GraphQLError } from 'graphql';
import type { AccountFieldsFragment, SessionUserFieldsFragment } from '../../api/generated/graphql';
import { SessionContext } from '../../auth/components/SessionProvider';
import { createAppAbility } from '../../authz';
import { renderPage } from '../../../test-support/render';

export const HR_RULES = [
  { action: 'read', subject: 'Employee' },
  { action: 'create', subject: 'Employee' },
  { action: 'update', subject: 'Employee' },
  { action: 'read', subject: 'User' },
  { action: 'update', subject: 'User' },
];

export const hrUser = (overrides: Partial<SessionUserFieldsFragment> = {}) =>
  ({
    __typename: 'User',
    id: 'hr-1',
    username: 'admin',
    roles: ['HR_ADMIN'],
    isSupervisor: false,
    abilityRules: HR_RULES,
    mustChangePassword: false,
    employee: null,
    ...overrides,
  }) satisfies SessionUserFieldsFragment;

export function renderAs(
  element: ReactElement,
  {
    me = hrUser(),
    mocks = [],
    path = '/',
    route = '*',
    abilityRules = HR_RULES,
  }: {
    me?: SessionUserFieldsFragment;
    mocks?: object[];
    path?: string;
    route?: string;
    abilityRules?: unknown;
  } = {},
) {
  return renderPage(
    <SessionContext.Provider value={{ me, ability: createAppAbility(abilityRules) }}>
      {element}
    </SessionContext.Provider>,
    { mocks: mocks as never, path, route, abilityRules },
  );
}

/** A BAD_USER_INPUT answer naming fields, as the API sends it. */
export const badInput = (fields: { field: string; reason: string; params?: object }[]) => ({
  errors: [
    new GraphQLError('Invalid input', {
      extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', fields },
    }),
  ],
});

export const account = (overrides: Partial<AccountFieldsFragment> = {}): AccountFieldsFragment => ({
  __typename: 'User',
  id: 'acc-9',
  username: '199006152015032001',
  roles: ['EMPLOYEE'],
  active: true,
  locked: false,
  mustChangePassword: false,
  passwordChangedAt: null,
  employee: { __typename: 'Employee', id: '9', name: 'Siti Rahayu' },
  ...overrides,
});
