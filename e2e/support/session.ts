import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, type ViewportName } from './browser';
import { DEMO_PASSWORD, startTestServer } from './server';

type TestServer = Awaited<ReturnType<typeof startTestServer>>;

export const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Navigasi utama' });

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
    /** A page in a new browser context whose uncaught exceptions fail the test. */
    async openPage(viewport: ViewportName = 'desktop'): Promise<Page> {
      const context = await newContext(this.browser, viewport);
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error));
      return page;
    },
    /** A new browser context signed in as `username` with the demo password, on the home page. */
    async signedInPage(username: string, viewport: ViewportName = 'desktop'): Promise<Page> {
      const page = await this.openPage(viewport);
      await page.goto(`${this.server.url}/login`);
      await page.getByLabel('NIP atau nama pengguna').fill(username);
      await page.getByLabel('Kata sandi', { exact: true }).fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Masuk' }).click();
      await page.waitForURL(`${this.server.url}/`);
      return page;
    },
  };
}
