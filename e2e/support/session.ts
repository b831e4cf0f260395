import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, newContext, type ViewportName } from './browser';
import { DEMO_PASSWORD, startTestServer } from './server';

type TestServer = Awaited<ReturnType<typeof startTestServer>>;

export const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Navigasi utama' });

/** Every link the menu offers, shown or not (a closed group keeps its links in the page). */
export const navLinks = (page: Page) => mainNav(page).getByRole('link', { includeHidden: true });

type LinkName = string | RegExp;

/**
 * A main-menu link, made visible first: on a phone the menu button opens the menu, on a desktop
 * the link's group (Saya, Tim, Kecamatan, Analisis) is opened. Returns the link to click.
 */
export async function navLink(
  page: Page,
  name: LinkName,
  { exact }: { exact?: boolean } = {},
): Promise<Locator> {
  const nav = mainNav(page);
  const byName = (root: Page | Locator) =>
    root.getByRole('link', { name, exact, includeHidden: true });
  const link = byName(nav);
  await link.waitFor({ state: 'attached' });
  if (await link.isVisible()) return link;
  const menuButton = page.getByRole('button', { name: 'Menu', exact: true });
  if (!(await nav.isVisible()) && (await menuButton.isVisible())) await menuButton.click();
  if (await link.isVisible()) return link;
  // `has` is matched inside each group, so the inner locator starts from the page.
  const group = nav.locator('[data-nav-group]').filter({ has: byName(page) });
  await group.locator('[data-nav-trigger]').click();
  await link.waitFor({ state: 'visible' });
  return link;
}

/** Opens what hides a main-menu link (phone menu, group) and follows it. */
export async function clickNavLink(
  page: Page,
  name: LinkName,
  options: { exact?: boolean } = {},
): Promise<void> {
  await (await navLink(page, name, options)).click();
}

/**
 * Registers the hooks every browser suite needs: the real server over a fresh seeded demo, one
 * Chromium, and a check after each test that no page threw an uncaught exception.
 */
export function useBrowserSession() {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let pageErrors: Error[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  }, 180_000);

  afterEach(() => {
    const errors = pageErrors;
    pageErrors = [];
    expect(errors.map((error) => error.message)).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  return {
    get server(): TestServer {
      if (!server) throw new Error('the test server is not started yet');
      return server;
    },
    get browser(): Browser {
      if (!browser) throw new Error('the browser is not launched yet');
      return browser;
    },
    /** A page in a new browser context whose uncaught exceptions and CSP violations fail the test. */
    async openPage(viewport: ViewportName = 'desktop'): Promise<Page> {
      const context = await newContext(this.browser, viewport);
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error));
      // The Content-Security-Policy must not block anything the dashboard itself loads or runs.
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
          pageErrors.push(new Error(message.text()));
      });
      return page;
    },
    /** A new browser context signed in as `username` with the demo password, on the home page. */
    async signedInPage(username: string, viewport: ViewportName = 'desktop'): Promise<Page> {
      const page = await this.openPage(viewport);
      await page.goto(`${this.server.url}/login`);
      await this.signIn(page, username);
      return page;
    },
    /** Signs in from the login page already open in `page`; waits for the home page. */
    async signIn(page: Page, username: string): Promise<void> {
      await page.getByLabel('NIP atau nama pengguna').fill(username);
      await page.getByLabel('Kata sandi', { exact: true }).fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Masuk' }).click();
      await page.waitForURL(`${this.server.url}/`);
    },
  };
}
