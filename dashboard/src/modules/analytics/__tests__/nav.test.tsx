import { render, screen } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { MemoryRouter } from 'react-router-dom';
import { createCache } from '../../api/client';
import { SessionContext } from '../../auth/components/SessionProvider';
import { AbilityProvider, createAppAbility } from '../../authz';
import { I18nProvider } from '../../i18n';
import { MainNav } from '../../layout/components/MainNav';
import { GET_UNREAD_NOTIFICATIONS } from '../../notifications/graphql/queries';
import type { SessionUserFieldsFragment } from '../../api/generated/graphql';

// Rule sets shaped like the API's for each kind of viewer (only what the analytics items look at).
const OWN = [{ action: 'read', subject: 'Evaluation', conditions: { ownerId: 7 } }];
const SUPERVISOR = [
  ...OWN,
  { action: 'read', subject: 'TeamDashboard', conditions: { memberChainIds: 7 } },
];
const LEADER = [
  ...SUPERVISOR,
  { action: 'read', subject: 'TeamDashboard' },
  { action: 'read', subject: 'Calibration' },
];
const HR = [
  { action: 'read', subject: 'Evaluation' },
  { action: 'read', subject: 'TeamDashboard' },
  { action: 'read', subject: 'Calibration' },
];
const ANALYST = [
  { action: 'read', subject: 'Evaluation' },
  { action: 'read', subject: 'Calibration' },
];

const user = (overrides: Partial<SessionUserFieldsFragment>): SessionUserFieldsFragment => ({
  __typename: 'User',
  id: 'a-1',
  username: 'someone',
  roles: ['EMPLOYEE'],
  isSupervisor: false,
  abilityRules: [],
  mustChangePassword: false,
  employee: { __typename: 'Employee', id: '7', name: 'Sri Wahyuni' },
  ...overrides,
});

function analyticsLinks(
  me: SessionUserFieldsFragment,
  rules: unknown,
  language: 'id' | 'en' = 'id',
) {
  const ability = createAppAbility(rules);
  render(
    <I18nProvider initialLanguage={language}>
      <MockedProvider
        cache={createCache()}
        mocks={[
          {
            request: { query: GET_UNREAD_NOTIFICATIONS },
            result: { data: { inbox: { __typename: 'NotificationInbox', unreadCount: 0 } } },
          },
        ]}
      >
        <SessionContext.Provider value={{ me, ability }}>
          <AbilityProvider value={ability}>
            <MemoryRouter>
              <MainNav />
            </MemoryRouter>
          </AbilityProvider>
        </SessionContext.Provider>
      </MockedProvider>
    </I18nProvider>,
  );
  const targets = ['/kinerja-saya', '/tim', '/ringkasan', '/analisis'];
  return screen
    .getAllByRole('link')
    .filter((link) => targets.includes(link.getAttribute('href') ?? ''))
    .map((link) => `${link.textContent} ${link.getAttribute('href')}`);
}

describe('analytics navigation', () => {
  test('staff: Kinerja Saya only', () => {
    expect(analyticsLinks(user({}), OWN)).toEqual(['Kinerja Saya /kinerja-saya']);
  });

  test('a supervisor: Kinerja Saya and Tim Saya', () => {
    expect(analyticsLinks(user({ isSupervisor: true }), SUPERVISOR)).toEqual([
      'Kinerja Saya /kinerja-saya',
      'Tim Saya /tim',
    ]);
  });

  test('a supervisor flag without the TeamDashboard rule shows no Tim Saya', () => {
    expect(analyticsLinks(user({ isSupervisor: true }), OWN)).toEqual([
      'Kinerja Saya /kinerja-saya',
    ]);
  });

  test('the Camat: Kinerja Saya, Tim Saya and Ringkasan (no Analisis)', () => {
    expect(
      analyticsLinks(user({ isSupervisor: true, roles: ['EMPLOYEE', 'LEADER'] }), LEADER),
    ).toEqual(['Kinerja Saya /kinerja-saya', 'Tim Saya /tim', 'Ringkasan /ringkasan']);
  });

  test('HR without an employee record: Tim Saya, Ringkasan and Analisis, in English too', () => {
    expect(analyticsLinks(user({ roles: ['HR_ADMIN'], employee: null }), HR)).toEqual([
      'Tim Saya /tim',
      'Ringkasan /ringkasan',
      'Analisis /analisis',
    ]);
  });

  test('English labels', () => {
    expect(analyticsLinks(user({ roles: ['HR_ADMIN'], employee: null }), HR, 'en')).toEqual([
      'My team /tim',
      'Summary /ringkasan',
      'Analytics /analisis',
    ]);
  });

  test('the analyst: Analisis only (no Ringkasan despite reading calibration data)', () => {
    expect(analyticsLinks(user({ roles: ['ANALYST'], employee: null }), ANALYST)).toEqual([
      'Analisis /analisis',
    ]);
  });
});
