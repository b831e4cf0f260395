import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { createCache } from '../../api/client';
import { SessionContext } from '../../auth/components/SessionProvider';
import { AbilityProvider, createAppAbility } from '../../authz';
import { I18nProvider } from '../../i18n';
import { GET_UNREAD_NOTIFICATIONS } from '../../notifications/graphql/queries';
import { MainNav } from '../components/MainNav';
import { groupNavItems, isNavItemActive, NAV_ITEMS } from '../utils/nav-items';
import type { SessionUserFieldsFragment } from '../../api/generated/graphql';

const OWN = [
  { action: 'read', subject: 'Employee' },
  { action: 'read', subject: 'PerformancePlan', conditions: { ownerId: 7 } },
  { action: 'read', subject: 'Evaluation', conditions: { ownerId: 7 } },
  { action: 'read', subject: 'DevelopmentPlan', conditions: { employeeId: 7 } },
  { action: 'create', subject: 'Feedback' },
];
const SUPERVISOR = [
  ...OWN,
  { action: 'approve', subject: 'PerformancePlan', conditions: { evaluatorId: 7 } },
  { action: 'evaluate', subject: 'PerformancePlan', conditions: { evaluatorId: 7 } },
  { action: 'read', subject: 'TeamDashboard', conditions: { memberChainIds: 7 } },
  { action: 'create', subject: 'DevelopmentActivity' },
];
const LEADER = [
  ...SUPERVISOR,
  { action: 'read', subject: 'Calibration' },
  { action: 'read', subject: 'TrainingEffect' },
];
const HR = [
  { action: 'read', subject: 'Employee' },
  { action: 'read', subject: 'PerformancePlan' },
  { action: 'read', subject: 'Evaluation' },
  { action: 'read', subject: 'TeamDashboard' },
  { action: 'read', subject: 'Calibration' },
  { action: 'read', subject: 'TrainingEffect' },
  { action: 'create', subject: 'TrainingProgram' },
];
const ANALYST = [
  { action: 'read', subject: 'Employee', fields: ['id', 'unit'] },
  { action: 'read', subject: 'Evaluation' },
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

function renderNav(
  me: SessionUserFieldsFragment,
  rules: unknown,
  path = '/',
  language: 'id' | 'en' = 'id',
) {
  const ability = createAppAbility(rules);
  return render(
    <I18nProvider initialLanguage={language}>
      <MockedProvider
        cache={createCache()}
        mocks={[
          {
            request: { query: GET_UNREAD_NOTIFICATIONS },
            result: {
              data: { inbox: { __typename: 'NotificationInbox', unreadCount: 1 } },
            },
          },
        ]}
      >
        <SessionContext.Provider value={{ me, ability }}>
          <AbilityProvider value={ability}>
            <MemoryRouter initialEntries={[path]}>
              <MainNav />
              <button type="button">outside</button>
              <Routes>
                <Route path="*" element={<p data-testid="page" />} />
              </Routes>
            </MemoryRouter>
          </AbilityProvider>
        </SessionContext.Provider>
      </MockedProvider>
    </I18nProvider>,
  );
}

/** The bar as the viewer sees it: top-level links and group buttons, in order. */
const bar = () =>
  Array.from(document.querySelectorAll('[data-nav-top]')).map((element) =>
    element.tagName === 'BUTTON'
      ? `[${element.querySelector('span')?.textContent}]`
      : element.textContent,
  );
const groupLinks = (group: string) =>
  Array.from(document.querySelectorAll(`[data-nav-panel="${group}"] a`)).map(
    (link) => link.querySelector('span')?.textContent,
  );
const trigger = (name: string) => screen.getByRole('button', { name: new RegExp(`^${name}`) });

describe('grouped main menu per role', () => {
  test('staff: Beranda, Saya and Kecamatan (cascade and directory)', () => {
    renderNav(user({}), OWN);
    expect(bar()).toEqual(['Beranda', '[Saya]', '[Kecamatan]']);
    expect(groupLinks('self')).toEqual([
      'SKP Saya',
      'Laporan Kinerja',
      'Penilaian Saya',
      'Kinerja Saya',
      'Pengembangan Saya',
      'Umpan Balik',
    ]);
    expect(groupLinks('kecamatan')).toEqual(['Kaskade', 'Pegawai']);
  });

  test('a supervisor also gets Tim with approval, evaluation, team and team development', () => {
    renderNav(user({ isSupervisor: true }), SUPERVISOR);
    expect(bar()).toEqual(['Beranda', '[Saya]', '[Tim]', '[Kecamatan]']);
    expect(groupLinks('team')).toEqual([
      'Persetujuan SKP',
      'Penilaian',
      'Tim Saya',
      'Pengembangan Tim',
    ]);
  });

  test('the Camat: Kecamatan holds calibration, summary and ASN development, no catalogue', () => {
    renderNav(user({ isSupervisor: true, roles: ['EMPLOYEE', 'LEADER'] }), LEADER);
    expect(bar()).toEqual(['Beranda', '[Saya]', '[Tim]', '[Kecamatan]']);
    expect(groupLinks('kecamatan')).toEqual([
      'Kaskade',
      'Kalibrasi',
      'Ringkasan',
      'Pengembangan ASN',
      'Pegawai',
    ]);
  });

  test('HR without an employee record: a lone Tim Saya is a plain link; Analisis is a group', () => {
    renderNav(user({ roles: ['HR_ADMIN'], employee: null }), HR);
    expect(bar()).toEqual(['Beranda', 'Tim Saya', '[Kecamatan]', '[Analisis]']);
    expect(groupLinks('analysis')).toEqual(['Analisis', 'GraphQL playground']);
    expect(groupLinks('kecamatan')).toContain('Katalog Pelatihan');
  });

  test('the analyst: Beranda and Analisis (no directory of names); labels in English too', () => {
    renderNav(user({ roles: ['ANALYST'], employee: null }), ANALYST, '/', 'en');
    expect(bar()).toEqual(['Home', '[Analytics]']);
    expect(groupLinks('analysis')).toEqual(['Analytics', 'GraphQL playground']);
  });

  test('groupNavItems keeps the rules’ order and drops empty areas', () => {
    const entries = groupNavItems(
      NAV_ITEMS.filter((item) => item.to === '/' || item.group === 'self'),
    );
    expect(entries.map((entry) => (entry.kind === 'link' ? entry.item.to : entry.id))).toEqual([
      '/',
      'self',
    ]);
    const tim = NAV_ITEMS.find((item) => item.to === '/tim')!;
    expect(isNavItemActive(tim, '/tim')).toBe(true);
    expect(isNavItemActive(tim, '/tim/pengembangan')).toBe(false);
  });
});

describe('disclosure behaviour', () => {
  test('a button opens its list (aria-expanded), one group at a time; a link closes it', () => {
    renderNav(user({ isSupervisor: true }), SUPERVISOR);
    const saya = trigger('Saya');
    expect(saya.getAttribute('aria-expanded')).toBe('false');
    const panel = document.getElementById(saya.getAttribute('aria-controls')!)!;
    expect(within(panel).getByRole('link', { name: 'SKP Saya' })).toBeTruthy();

    fireEvent.click(saya);
    expect(saya.getAttribute('aria-expanded')).toBe('true');
    expect(saya.closest('li')!.className).toContain('nav-menu__group--open');
    fireEvent.click(trigger('Tim'));
    expect(saya.getAttribute('aria-expanded')).toBe('false');
    expect(trigger('Tim').getAttribute('aria-expanded')).toBe('true');

    fireEvent.click(screen.getByRole('link', { name: 'Tim Saya' }));
    expect(trigger('Tim').getAttribute('aria-expanded')).toBe('false');
  });

  test('keyboard: ArrowDown opens and focuses the first link, arrows move, Escape returns', () => {
    renderNav(user({}), OWN);
    const saya = trigger('Saya');
    saya.focus();
    fireEvent.keyDown(saya, { key: 'ArrowDown' });
    expect(saya.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement?.textContent).toBe('SKP Saya');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toBe('Laporan Kinerja');
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement?.textContent).toBe('Umpan Balik');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toBe('SKP Saya');
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(saya.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(saya);

    fireEvent.keyDown(saya, { key: 'ArrowUp' });
    expect(document.activeElement?.textContent).toBe('Umpan Balik');
    fireEvent.keyDown(saya, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(trigger('Kecamatan'));
  });

  test('Escape anywhere and a click outside close the open group', () => {
    renderNav(user({}), OWN);
    const saya = trigger('Saya');
    fireEvent.click(saya);
    act(() => {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    });
    expect(saya.getAttribute('aria-expanded')).toBe('false');

    fireEvent.click(saya);
    fireEvent.pointerDown(screen.getByRole('button', { name: 'outside' }));
    expect(saya.getAttribute('aria-expanded')).toBe('false');
  });

  test('the group holding the current page is highlighted and says so', () => {
    renderNav(user({ isSupervisor: true }), SUPERVISOR, '/tim/pengembangan');
    const tim = trigger('Tim');
    expect(tim.closest('li')!.className).toContain('nav-menu__group--active');
    expect(tim.textContent).toContain('(berisi halaman ini)');
    expect(trigger('Saya').closest('li')!.className).not.toContain('nav-menu__group--active');
    expect(
      screen.getByRole('link', { name: 'Pengembangan Tim' }).getAttribute('aria-current'),
    ).toBe('page');
    expect(screen.getByRole('link', { name: 'Tim Saya' }).getAttribute('aria-current')).toBeNull();
  });

  test('unread messages mark the closed Saya group', async () => {
    renderNav(user({}), OWN);
    expect(await within(trigger('Saya')).findByTestId('group-unread')).toBeTruthy();
  });
});
