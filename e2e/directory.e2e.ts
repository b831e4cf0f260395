import type { Page } from 'playwright-core';
import { horizontalOverflow, screenshot, type ViewportName } from './support/browser';
import { clickNavLink, useBrowserSession } from './support/session';

jest.setTimeout(90_000);

const PASSWORD = process.env.SEED_PASSWORD ?? 'gayungan2026';
// An 18-digit NIP anywhere in the text (PNS and PPPK numbers are both 18 digits).
const NIP_PATTERN = /(?<!\d)\d{18}(?!\d)/;

const session = useBrowserSession();
const openPage = (viewport: ViewportName) => session.openPage(viewport);
let employeeNip: string;

beforeAll(async () => {
  // An ordinary employee who supervises nobody: colleagues' NIPs and phones stay hidden from them.
  employeeNip = await session.server.employeeNip({ supervisesOthers: false });
}, 120_000);

async function signIn(page: Page, username: string, password: string) {
  await page.goto(`${session.server.url}/login`);
  await page.getByLabel('NIP atau nama pengguna').fill(username);
  await page.getByLabel('Kata sandi', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
}

describe('login', () => {
  test('a wrong password says so, in Indonesian, and keeps the user on the login page', async () => {
    const page = await openPage('desktop');
    await page.goto(session.server.url);
    // Not signed in: the app sends us to the login page.
    await page.waitForURL('**/login');
    await screenshot(page, 'login-desktop');

    await signIn(page, employeeNip, `${PASSWORD}-salah`);
    const alert = page.getByTestId('login-error');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('NIP/nama pengguna atau kata sandi salah');
    expect(page.url()).toMatch(/\/login$/);
    expect(await page.evaluate(() => localStorage.getItem('kinerja.token'))).toBeNull();
    await screenshot(page, 'login-error-desktop');
    await page.context().close();
  });

  test('English is one click away and is remembered after a reload', async () => {
    const page = await openPage('desktop');
    await page.goto(`${session.server.url}/login`);
    await page.getByRole('button', { name: 'EN' }).click();
    await page.getByRole('heading', { name: 'Sign in to Kinerja' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in to Kinerja' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    await page.getByLabel('NIP or username').fill('nobody-here');
    await page.getByLabel('Password', { exact: true }).fill('wrong');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('login-error').waitFor();
    expect(await page.getByTestId('login-error').textContent()).toContain(
      'Wrong NIP/username or password.',
    );
    await screenshot(page, 'login-error-english-desktop');
    await page.context().close();
  });

  test('a token the API rejects sends the user back to sign in, saying why', async () => {
    const page = await openPage('desktop');
    await page.goto(`${session.server.url}/login`);
    await page.evaluate(() => localStorage.setItem('kinerja.token', 'expired.or.forged'));
    await page.goto(`${session.server.url}/pegawai`);
    await page.waitForURL('**/login');
    await page.getByText('Sesi Anda telah berakhir. Silakan masuk kembali.').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('kinerja.token'))).toBeNull();
    await page.context().close();
  });

  test('while the database is away the session stays, a banner says the server is retrying, and the page loads when it is back', async () => {
    const page = await session.signedInPage(employeeNip);
    const token = await page.evaluate(() => localStorage.getItem('kinerja.token'));
    // What the API answers while its database is down (see api/src/__tests__/outage.test.ts).
    await page.route('**/graphql', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/graphql-response+json',
        body: JSON.stringify({
          errors: [{ message: 'unavailable', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
        }),
      }),
    );
    await clickNavLink(page, 'Pegawai');
    const banner = page.getByText('Server sedang tidak tersedia untuk sementara, mencoba lagi');
    await banner.waitFor();
    await screenshot(page, 'server-unavailable-desktop');
    expect(page.url()).not.toMatch(/\/login$/);
    expect(await page.evaluate(() => localStorage.getItem('kinerja.token'))).toBe(token);

    await page.unroute('**/graphql');
    await banner.waitFor({ state: 'detached', timeout: 30_000 });
    await page.getByRole('heading', { name: 'Pegawai', level: 1 }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('kinerja.token'))).toBe(token);
    await page.context().close();
  });

  test('the login page fits a phone', async () => {
    const page = await openPage('phone');
    await page.goto(`${session.server.url}/login`);
    await page.getByRole('button', { name: 'Masuk' }).waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, 'login-phone');
    await page.context().close();
  });
});

describe('the header', () => {
  test('at laptop widths the Camat’s long name never runs over the menu, and "change password" stays one line', async () => {
    const page = await session.signedInPage('camat', 'desktop');
    const menu = page.getByRole('navigation', { name: 'Navigasi utama' }).locator('ul').first();
    const name = page.getByTestId('current-user-name');
    const password = page.getByTestId('change-password-link');
    for (const width of [1280, 1366, 1440, 1600]) {
      await page.setViewportSize({ width, height: 800 });
      const [menuBox, nameBox, passwordBox] = await Promise.all(
        [menu, name, password].map((element) => element.boundingBox()),
      );
      // The name (ellipsised when short of room) starts after the menu's last item ends.
      if (nameBox && nameBox.width > 0)
        expect(nameBox.x).toBeGreaterThanOrEqual(menuBox!.x + menuBox!.width);
      expect(passwordBox!.height).toBeLessThan(48);
      expect(await password.getAttribute('title')).toBe('Ganti kata sandi');
    }
    // Its words stay the link's name for screen readers, shown or not.
    expect(await page.getByRole('link', { name: 'Ganti kata sandi' }).count()).toBe(1);
    await page.context().close();
  });
});

describe('employee directory', () => {
  test('an employee searches the directory and opens a colleague without seeing their NIP or phone', async () => {
    const page = await openPage('desktop');
    await signIn(page, employeeNip, PASSWORD);
    await page.waitForURL(`${session.server.url}/`);
    const myName = (await page.getByTestId('current-user-name').textContent())?.trim();
    expect(myName).toBeTruthy();
    // The employee's own summary shows their own NIP.
    await page.getByTestId('summary-card').waitFor();
    expect(await page.getByTestId('summary-card').textContent()).toContain(employeeNip);
    await screenshot(page, 'home-desktop');

    await clickNavLink(page, 'Pegawai');
    await page.waitForURL('**/pegawai');
    const rows = page.getByTestId('employee-row');
    await rows.first().waitFor();
    await screenshot(page, 'directory-desktop');

    // A colleague: not me, and a row whose NIP the API withheld.
    const count = await rows.count();
    let colleague: string | undefined;
    for (let index = 0; index < count && !colleague; index += 1) {
      const row = rows.nth(index);
      const name = (await row.getByRole('link').first().textContent())?.trim();
      const text = (await row.textContent()) ?? '';
      if (name && name !== myName && !NIP_PATTERN.test(text)) colleague = name;
    }
    expect(colleague).toBeDefined();

    const totalBefore = await page.getByTestId('directory-total').textContent();
    await page.getByLabel('Cari nama atau NIP').fill(colleague!);
    // Debounced search: the URL, then the list, follow the box.
    await page.waitForURL((url) => url.searchParams.get('q') === colleague);
    await page.waitForFunction(
      (before) => document.querySelector('[data-testid="directory-total"]')?.textContent !== before,
      totalBefore,
    );
    const names = await rows.getByRole('link').allTextContents();
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name.toLowerCase()).toContain(colleague!.toLowerCase());
    await screenshot(page, 'directory-search-desktop');

    await rows.getByRole('link', { name: colleague!, exact: true }).first().click();
    await page.waitForURL(/\/pegawai\/[^/?]+$/);
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    expect((await heading.textContent())?.trim()).toBe(colleague);
    // Directory fields render; the rest stays out of the page entirely.
    await page.locator('[data-field="unit"]').waitFor();
    expect(await page.locator('[data-field="nip"]').count()).toBe(0);
    expect(await page.locator('[data-field="phone"]').count()).toBe(0);
    expect(await page.locator('[data-field="email"]').count()).toBe(0);
    expect(await page.locator('[data-field="birthDate"]').count()).toBe(0);
    expect(await page.locator('a[href^="tel:"]').count()).toBe(0);
    const profileText = (await page.locator('main').textContent()) ?? '';
    expect(profileText).not.toMatch(NIP_PATTERN);
    expect(profileText).not.toMatch(/\bnull\b|\bundefined\b/);
    expect(profileText).not.toContain('Telepon');
    expect(profileText).not.toContain('Data tidak dapat dimuat');
    await screenshot(page, 'profile-desktop');
    await page.context().close();
  });

  test('HR sees the NIP and contact data that colleagues do not', async () => {
    const page = await openPage('desktop');
    await signIn(page, 'admin', PASSWORD);
    await page.waitForURL(`${session.server.url}/`);
    await page.goto(`${session.server.url}/pegawai`);
    const firstRow = page.getByTestId('employee-row').first();
    await firstRow.waitFor();
    expect(await firstRow.textContent()).toMatch(NIP_PATTERN);
    await firstRow.getByRole('link').first().click();
    await page.locator('[data-field="nip"]').waitFor();
    expect(await page.locator('[data-field="nip"]').textContent()).toMatch(NIP_PATTERN);
    expect(await page.locator('[data-field="phone"] a[href^="tel:"]').count()).toBe(1);
    expect(await page.locator('[data-field="email"] a[href^="mailto:"]').count()).toBe(1);
    await page.context().close();
  });

  test('on a phone the menu collapses, the directory shows cards and nothing overflows', async () => {
    const page = await openPage('phone');
    await signIn(page, employeeNip, PASSWORD);
    await page.waitForURL(`${session.server.url}/`);
    // On a phone the profile is at the foot of Beranda: it mounts when the reader gets there.
    await page.locator('.home-profile').waitFor();
    await page.evaluate(() =>
      document.querySelector('.home-profile [data-mount-when-near]')?.scrollIntoView(),
    );
    await page.getByTestId('summary-card').waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
    expect(await nav.isVisible()).toBe(false);
    await screenshot(page, 'home-phone');

    await page.getByRole('button', { name: 'Menu' }).click();
    expect(await nav.isVisible()).toBe(true);
    await screenshot(page, 'menu-phone');
    await nav.getByRole('link', { name: 'Pegawai' }).click();
    await page.waitForURL('**/pegawai');
    expect(await nav.isVisible()).toBe(false);
    await page.getByTestId('employee-cards').waitFor();
    expect(await page.getByTestId('employee-table').count()).toBe(0);
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, 'directory-phone');

    await page.getByTestId('employee-row').nth(1).getByRole('link').first().click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('[data-field="unit"]').waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, 'profile-phone');
    await page.context().close();
  });
});
