import { render, screen } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { createCache } from '../../api/client';
import { GET_UNREAD_NOTIFICATIONS } from '../../notifications/graphql/queries';
import { MemoryRouter } from 'react-router-dom';
import { SessionContext } from '../../auth/components/SessionProvider';
import { AbilityProvider, createAppAbility } from '../../authz';
import { I18nProvider } from '../../i18n';
import { MainNav } from '../components/MainNav';
import { isNavItemAllowed, NAV_ITEMS, navViewerOf } from '../utils/nav-items';
import type { SessionUserFieldsFragment } from '../../api/generated/graphql';

const DIRECTORY_FIELDS = ['id', 'name', 'unit', 'position', 'rank', 'active'];

// Rule sets shaped like the API's `me.abilityRules` for each role.
const RULES = {
  employee: [
    { action: 'read', subject: 'OrgUnit' },
    { action: 'read', subject: 'Employee', fields: DIRECTORY_FIELDS },
    { action: 'read', subject: 'Employee', fields: ['nip', 'phone'], conditions: { id: '7' } },
  ],
  analyst: [{ action: 'read', subject: 'Employee', fields: ['id', 'unit', 'rank'] }],
  noEmployees: [
    { action: 'read', subject: 'OrgUnit' },
    { action: 'read', subject: 'User', conditions: { id: 'a-1' } },
  ],
  revoked: [
    { action: 'read', subject: 'Employee' },
    { action: 'read', subject: 'Employee', inverted: true },
  ],
};

function renderNav(rules: unknown) {
  return render(
    <I18nProvider initialLanguage="id">
      <AbilityProvider value={createAppAbility(rules)}>
        <MemoryRouter>
          <MainNav />
        </MemoryRouter>
      </AbilityProvider>
    </I18nProvider>,
  );
}

const linkNames = () => screen.getAllByRole('link').map((link) => link.textContent);

describe('main navigation', () => {
  test('an employee sees Beranda and Pegawai', () => {
    renderNav(RULES.employee);
    expect(linkNames()).toEqual(['Beranda', 'Pegawai']);
    expect(screen.getByRole('link', { name: 'Pegawai' }).getAttribute('href')).toBe('/pegawai');
  });

  test('a rule limited to fields that include name offers the directory', () => {
    renderNav([{ action: 'read', subject: 'Employee', fields: ['id', 'name'] }]);
    expect(linkNames()).toEqual(['Beranda', 'Pegawai']);
  });

  test('an analyst (Employee fields without name) is not offered a directory of names', () => {
    renderNav(RULES.analyst);
    expect(linkNames()).toEqual(['Beranda']);
  });

  test('without a rule on Employee the directory is not offered', () => {
    renderNav(RULES.noEmployees);
    expect(linkNames()).toEqual(['Beranda']);
  });

  test('an inverted rule removes the directory', () => {
    renderNav(RULES.revoked);
    expect(screen.queryByRole('link', { name: 'Pegawai' })).toBeNull();
  });

  test('missing or malformed rules grant nothing but home', () => {
    renderNav(null);
    expect(linkNames()).toEqual(['Beranda']);
    expect(
      NAV_ITEMS.filter((item) =>
        isNavItemAllowed(item, createAppAbility([{ nonsense: true }])),
      ).map((item) => item.to),
    ).toEqual(['/']);
  });
});

// The SKP pages also depend on who the viewer is: an employee record, supervising someone, a role.
const PLAN_RULES = [
  { action: 'read', subject: 'Employee', fields: DIRECTORY_FIELDS },
  { action: 'read', subject: 'PerformancePlan', conditions: { ownerId: 7 } },
  { action: 'approve', subject: 'PerformancePlan', conditions: { evaluatorId: 7 } },
];
const READ_ALL_PLANS = [
  { action: 'read', subject: 'Employee' },
  { action: 'read', subject: 'PerformancePlan' },
];

const sessionUser = (overrides: Partial<SessionUserFieldsFragment>): SessionUserFieldsFragment => ({
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

function renderNavAs(me: SessionUserFieldsFragment, rules: unknown) {
  const ability = createAppAbility(rules);
  return render(
    <I18nProvider initialLanguage="id">
      <SessionContext.Provider value={{ me, ability }}>
        <AbilityProvider value={ability}>
          <MemoryRouter>
            <MainNav />
          </MemoryRouter>
        </AbilityProvider>
      </SessionContext.Provider>
    </I18nProvider>,
  );
}

describe('SKP navigation', () => {
  test('staff with an employee record: SKP Saya, Laporan and Kaskade, not Persetujuan', () => {
    renderNavAs(sessionUser({}), PLAN_RULES);
    expect(linkNames()).toEqual(['Beranda', 'SKP Saya', 'Laporan Kinerja', 'Kaskade', 'Pegawai']);
  });

  test('a supervisor also gets Persetujuan SKP; labels follow the language', () => {
    renderNavAs(sessionUser({ isSupervisor: true }), PLAN_RULES);
    expect(linkNames()).toEqual([
      'Beranda',
      'SKP Saya',
      'Laporan Kinerja',
      'Persetujuan SKP',
      'Kaskade',
      'Pegawai',
    ]);
    expect(screen.getByRole('link', { name: 'Persetujuan SKP' }).getAttribute('href')).toBe(
      '/persetujuan',
    );
  });

  test('HR without an employee record sees the cascade only', () => {
    renderNavAs(sessionUser({ roles: ['HR_ADMIN'], employee: null }), READ_ALL_PLANS);
    expect(linkNames()).toEqual(['Beranda', 'Kaskade', 'Pegawai']);
  });

  test('an analyst (no employee record, not LEADER/HR) gets no SKP pages', () => {
    renderNavAs(sessionUser({ roles: ['ANALYST'], employee: null }), READ_ALL_PLANS);
    expect(linkNames()).toEqual(['Beranda', 'Pegawai']);
  });

  test('the rules still gate: no plan rule, no SKP pages; a viewer-gated item needs a viewer', () => {
    renderNavAs(sessionUser({ isSupervisor: true }), RULES.employee);
    expect(linkNames()).toEqual(['Beranda', 'Pegawai']);
    const skp = NAV_ITEMS.find((item) => item.to === '/skp')!;
    expect(isNavItemAllowed(skp, createAppAbility(PLAN_RULES), null)).toBe(false);
    expect(
      isNavItemAllowed(
        skp,
        createAppAbility(PLAN_RULES),
        navViewerOf(sessionUser({ employee: null, roles: ['LEADER'] })),
      ),
    ).toBe(false);
    const cascade = NAV_ITEMS.find((item) => item.to === '/kaskade')!;
    expect(
      isNavItemAllowed(
        cascade,
        createAppAbility(READ_ALL_PLANS),
        navViewerOf(sessionUser({ employee: null, roles: ['LEADER'] })),
      ),
    ).toBe(true);
  });
});

// Evaluation pages: supervisors evaluate, employees read theirs and trade feedback, LEADER/HR calibrate.
const EVALUATION_RULES = [
  ...PLAN_RULES,
  { action: 'evaluate', subject: 'PerformancePlan', conditions: { evaluatorId: 7 } },
  { action: 'read', subject: 'Evaluation', conditions: { ownerId: 7 } },
  { action: 'create', subject: 'Feedback' },
];
const LEADER_RULES = [...EVALUATION_RULES, { action: 'read', subject: 'Calibration' }];
const HR_RULES = [...READ_ALL_PLANS, { action: 'read', subject: 'Calibration' }];

function renderNavWithInbox(me: SessionUserFieldsFragment, rules: unknown, unread = 0) {
  const ability = createAppAbility(rules);
  return render(
    <I18nProvider initialLanguage="id">
      <MockedProvider
        cache={createCache()}
        mocks={[
          {
            request: { query: GET_UNREAD_NOTIFICATIONS },
            result: {
              data: { inbox: { __typename: 'NotificationInbox', unreadCount: unread } },
            },
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
}

describe('evaluation navigation', () => {
  test('staff: Penilaian Saya and Umpan Balik, not Penilaian nor Kalibrasi', () => {
    renderNavWithInbox(sessionUser({}), EVALUATION_RULES);
    expect(linkNames()).toEqual([
      'Beranda',
      'SKP Saya',
      'Laporan Kinerja',
      'Penilaian Saya',
      'Kinerja Saya',
      'Umpan Balik',
      'Kaskade',
      'Pegawai',
    ]);
  });

  test('a supervisor also gets Penilaian; the unread inbox count shows beside Penilaian Saya', async () => {
    renderNavWithInbox(sessionUser({ isSupervisor: true }), EVALUATION_RULES, 2);
    expect(await screen.findByTestId('unread-count')).toBeTruthy();
    expect(screen.getByRole('link', { name: /Penilaian Saya/ }).textContent).toContain('2');
    expect(screen.getByRole('link', { name: 'Penilaian' }).getAttribute('href')).toBe('/penilaian');
  });

  test('the Camat (LEADER with an employee record) gets Kalibrasi too', () => {
    renderNavWithInbox(
      sessionUser({ isSupervisor: true, roles: ['EMPLOYEE', 'LEADER'] }),
      LEADER_RULES,
    );
    expect(linkNames()).toEqual([
      'Beranda',
      'SKP Saya',
      'Laporan Kinerja',
      'Penilaian Saya',
      'Kinerja Saya',
      'Umpan Balik',
      'Persetujuan SKP',
      'Penilaian',
      'Kaskade',
      'Kalibrasi',
      'Ringkasan',
      'Pegawai',
    ]);
  });

  test('HR reads the calibration; without an employee record no evaluation or feedback pages', () => {
    renderNavWithInbox(sessionUser({ roles: ['HR_ADMIN'], employee: null }), HR_RULES);
    expect(linkNames()).toEqual(['Beranda', 'Kaskade', 'Kalibrasi', 'Ringkasan', 'Pegawai']);
  });
});
