import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { AbilityProvider, createAppAbility } from '../../authz';
import { I18nProvider } from '../../i18n';
import { MainNav } from '../components/MainNav';
import { isNavItemAllowed, NAV_ITEMS } from '../utils/nav-items';

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

  test('a rule limited to some fields still allows reading Employee', () => {
    renderNav(RULES.analyst);
    expect(linkNames()).toEqual(['Beranda', 'Pegawai']);
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
