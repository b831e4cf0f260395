import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { loadConfig } from '../api/src/config';
import { createApiClient } from './support/api';
import { DEMO_PASSWORD } from './support/server';
import { useBrowserSession } from './support/session';

jest.setTimeout(90_000);

// Issue #17: what a first visit to /login may cost, as gzip -9 of the built files it fetches.
const LOGIN_JS_BUDGET_BYTES = 150_000;
// In few files: what the entry imports is one chunk beside it (dashboard/vite.config.ts), not a
// small chunk per module it shares with the pages, each one more request before the first paint.
const LOGIN_MAX_SCRIPTS = 3;
// And a signed-in first visit to Beranda: the entry's files and one chunk for Apollo, the session,
// the shell and Beranda (dashboard/vite.config.ts) with the few it shares, not forty small chunks
// in a waterfall (each one more round trip on a phone).
const BERANDA_MAX_SCRIPTS = 6;
const BERANDA_JS_BUDGET_BYTES = 230_000;
// Its data: the session and what every card starts from asked together as soon as Apollo is in,
// then each card's own query once, no more (issue #17: each extra wave re-renders the page on a
// slow phone).
const BERANDA_FIRST_WAVE = ['GetCycles', 'GetSession', 'GetUnreadNotifications'];
const BERANDA_MAX_GRAPHQL_REQUESTS = 14;
// How long the test holds answers back for the first wave to leave, and the grace after it.
const FIRST_WAVE_WAIT_MS = 10_000;
const FIRST_WAVE_GRACE_MS = 300;
// The Camat's cards past a phone's first screen (the deadlines, Tim Saya's card, their own trend and
// JP) and the profile at the foot: asked only when the reader scrolls to them.
const BERANDA_BELOW_THE_FIRST_SCREEN = [
  'GetCycleDeadlines',
  'GetMyTrend',
  'HomeMyJp',
  'HomeTeam',
  'GetMySummary',
];
const DIST = loadConfig({ NODE_ENV: 'test' }).dashboardDir;

const session = useBrowserSession();

/** The scripts a page fetched until it settled, by path. */
async function scriptsFetchedBy(page: Page, load: () => Promise<unknown>) {
  const scripts = new Map<string, Record<string, string>>();
  const onResponse = (response: Response) => {
    // Module preloads count too: they are fetched as "other", not as scripts.
    const { pathname } = new URL(response.url());
    if (pathname.endsWith('.js')) scripts.set(pathname, response.headers());
  };
  page.on('response', onResponse);
  try {
    await load();
    await page.waitForLoadState('networkidle');
  } finally {
    page.off('response', onResponse);
  }
  return scripts;
}

const gzipSize = (pathname: string) =>
  zlib.gzipSync(fs.readFileSync(path.join(DIST, pathname)), { level: 9 }).length;

describe('first load', () => {
  test(`/login fetches less than 150 kB of JavaScript (gzip) in at most ${LOGIN_MAX_SCRIPTS} files, compressed and cached for good`, async () => {
    const page = await session.openPage('phone');
    const scripts = await scriptsFetchedBy(page, () => page.goto(`${session.server.url}/login`));
    await page.getByRole('heading', { name: 'Masuk ke Kinerja' }).waitFor();

    const total = [...scripts.keys()].reduce((sum, pathname) => sum + gzipSize(pathname), 0);
    expect(total).toBeGreaterThan(0);
    expect(scripts.size).toBeLessThanOrEqual(LOGIN_MAX_SCRIPTS);
    expect(total).toBeLessThan(LOGIN_JS_BUDGET_BYTES);
    for (const [pathname, headers] of scripts) {
      // The build leaves files under 1 kB as they are: compressing them gains nothing.
      const precompressed = fs.existsSync(path.join(DIST, `${pathname}.br`));
      expect([pathname, headers['content-encoding']]).toEqual([
        pathname,
        precompressed ? 'br' : undefined,
      ]);
      expect(headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
    expect(
      [...scripts.keys()].filter((pathname) => fs.existsSync(path.join(DIST, `${pathname}.br`)))
        .length,
    ).toBeGreaterThan(0);
    // Apollo and the signed-in pages wait for the first keystroke.
    expect([...scripts.keys()].filter((pathname) => /\/signed-in-/.test(pathname))).toEqual([]);
    await page.context().close();
  });

  test(`a signed-in first visit to Beranda fetches at most ${BERANDA_MAX_SCRIPTS} scripts, under 230 kB (gzip)`, async () => {
    const token = await createApiClient(session.server.url).tokenOf('camat');
    const page = await session.openPage('phone');
    // The token the way the dashboard keeps it, set from a page that loads none of its files.
    await page.goto(`${session.server.url}/healthz`);
    await page.evaluate((value) => localStorage.setItem('kinerja.token', value), token);
    const scripts = await scriptsFetchedBy(page, async () => {
      await page.goto(`${session.server.url}/`);
      await page.getByTestId('greeting').waitFor();
    });
    const paths = [...scripts.keys()];
    expect(paths.filter((pathname) => /\/signed-in-/.test(pathname))).toHaveLength(1);
    expect(paths.length).toBeLessThanOrEqual(BERANDA_MAX_SCRIPTS);
    const total = paths.reduce((sum, pathname) => sum + gzipSize(pathname), 0);
    expect(total).toBeLessThan(BERANDA_JS_BUDGET_BYTES);
    await page.context().close();
  });

  test('a returning visit paints Beranda’s frame first, then fetches Apollo and the rest', async () => {
    const token = await createApiClient(session.server.url).tokenOf('camat');
    const page = await session.openPage('phone');
    await page.goto(`${session.server.url}/healthz`);
    // A returning visit: the token and the name its last session greeted with.
    await page.evaluate((value) => {
      localStorage.setItem('kinerja.token', value);
      localStorage.setItem('kinerja.name', 'Imam');
    }, token);
    // When the frame's greeting entered the page, and the start of the frame that painted it.
    await page.addInitScript(() => {
      const shown: { committed?: number; painted?: number } = {};
      Object.assign(window, { frameShown: shown });
      new MutationObserver((_, observer) => {
        if (!document.querySelector('h1')) return;
        observer.disconnect();
        shown.committed = performance.now();
        requestAnimationFrame(() => (shown.painted = performance.now()));
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${session.server.url}/`);
    await page.getByTestId('home-landing').waitFor();
    const { shown, signedInRequested } = await page.evaluate(() => ({
      shown: (window as unknown as { frameShown: { committed?: number; painted?: number } })
        .frameShown,
      signedInRequested: performance
        .getEntriesByType('resource')
        .find((entry) => /\/signed-in-[^/]*\.js$/.test(entry.name))?.startTime,
    }));
    expect(shown.painted).toBeDefined();
    expect(signedInRequested).toBeDefined();
    // Started while the frame rendered, the download and its evaluation held back its first paint.
    expect(signedInRequested).toBeGreaterThanOrEqual(shown.painted ?? Infinity);
    await page.context().close();
  });

  test(`a signed-in Beranda asks its first data together, the rest as the reader scrolls, is complete after at most ${BERANDA_MAX_GRAPHQL_REQUESTS} GraphQL requests, and never wakes Intl`, async () => {
    const token = await createApiClient(session.server.url).tokenOf('camat');
    const page = await session.openPage('phone');
    await page.goto(`${session.server.url}/healthz`);
    await page.evaluate((value) => localStorage.setItem('kinerja.token', value), token);
    // The first use of any Intl service loads ICU's data: 50-250 ms of one task on a phone (most of
    // Beranda's blocking time once). Its numbers and days are formatted without it.
    await page.addInitScript(() => {
      const uses: string[] = [];
      Object.assign(window, { intlUses: uses });
      for (const service of [
        'NumberFormat',
        'DateTimeFormat',
        'Collator',
        'PluralRules',
      ] as const) {
        const original = Intl[service];
        Object.assign(Intl, {
          [service]: new Proxy(original, {
            construct: (target, args) => (uses.push(service), Reflect.construct(target, args)),
            apply: (target, self, args) => (uses.push(service), Reflect.apply(target, self, args)),
          }),
        });
      }
      const { localeCompare } = String.prototype;
      String.prototype.localeCompare = function (this: string, ...args) {
        uses.push('localeCompare');
        return Reflect.apply(localeCompare, this, args) as number;
      };
      for (const name of ['toLocaleString', 'toLocaleDateString'] as const) {
        const original = Date.prototype[name];
        Date.prototype[name] = function (this: Date, ...args) {
          uses.push(`Date.${name}`);
          return Reflect.apply(original, this, args) as string;
        };
      }
      const { toLocaleString } = Number.prototype;
      Number.prototype.toLocaleString = function (
        this: number,
        locales?: Intl.LocalesArgument,
        options?: Intl.NumberFormatOptions,
      ) {
        uses.push('Number.toLocaleString');
        return toLocaleString.call(this, locales, options);
      };
    });
    // Every GraphQL answer is held back until the first wave has left (or FIRST_WAVE_WAIT_MS has
    // passed): a query that waited on another's answer cannot leave while answers are held, so it
    // misses the wave however fast or slow the machine is. A short grace after the wave catches a
    // query that would join it but should not.
    const sent: { operation: string; variables: string; inFirstWave: boolean }[] = [];
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    let holding = true;
    const stopHolding = () => {
      holding = false;
      release();
    };
    const gate = setTimeout(stopHolding, FIRST_WAVE_WAIT_MS);
    page.on('request', (request) => {
      if (!request.url().endsWith('/graphql')) return;
      const body = request.postDataJSON() as { operationName: string; variables?: object };
      sent.push({
        operation: body.operationName,
        variables: JSON.stringify(body.variables),
        inFirstWave: holding,
      });
      if (holding && sent.length === BERANDA_FIRST_WAVE.length) {
        setTimeout(stopHolding, FIRST_WAVE_GRACE_MS);
      }
    });
    await page.route('**/graphql', async (route) => {
      await released;
      await route.continue();
    });
    await page.goto(`${session.server.url}/`);
    const landing = page.getByTestId('home-landing');
    await landing.waitFor();
    // What the first screen shows has answered (data, empty or error); the cards further down
    // hold their place and have asked nothing yet.
    const settled = () =>
      page.waitForFunction(
        () =>
          document.querySelectorAll('[data-testid="home-landing"] section.home-card').length > 0 &&
          document.querySelector('[aria-busy="true"]:not([data-mount-when-near] *)') === null,
      );
    await settled();
    const waiting = page.locator('[data-mount-when-near]');
    expect(await waiting.count()).toBeGreaterThan(0);
    const firstScreen = sent.map((request) => request.operation);
    for (const operation of BERANDA_BELOW_THE_FIRST_SCREEN) {
      expect(firstScreen).not.toContain(operation);
    }
    // Scrolling down brings every card in, each asking once.
    while ((await waiting.count()) > 0) {
      await page.evaluate(() => document.querySelector('[data-mount-when-near]')?.scrollIntoView());
      await settled();
    }
    await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null);
    expect(sent.map((request) => request.operation)).toEqual(
      expect.arrayContaining(BERANDA_BELOW_THE_FIRST_SCREEN),
    );
    const complete = sent.length;
    clearTimeout(gate);
    expect(
      sent
        .filter((request) => request.inFirstWave)
        .map((request) => request.operation)
        .sort(),
    ).toEqual(BERANDA_FIRST_WAVE);
    expect(complete).toBeLessThanOrEqual(BERANDA_MAX_GRAPHQL_REQUESTS);
    // No query asked twice.
    const asked = sent.map((request) => `${request.operation} ${request.variables}`);
    expect(new Set(asked).size).toBe(asked.length);
    expect(
      await page.evaluate(() => (window as unknown as { intlUses: string[] }).intlUses),
    ).toEqual([]);
    await page.context().close();
  });

  test('signing in loads the rest on demand and lands on Beranda', async () => {
    const page = await session.openPage('phone');
    const loginScripts = await scriptsFetchedBy(page, () =>
      page.goto(`${session.server.url}/login`),
    );
    const signedInScripts = await scriptsFetchedBy(page, async () => {
      await page.getByLabel('NIP atau nama pengguna').fill('camat');
      await page.getByLabel('Kata sandi', { exact: true }).fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Masuk' }).click();
      await page.waitForURL(`${session.server.url}/`);
      await page.getByTestId('current-user-name').waitFor({ state: 'attached' });
    });
    // Apollo, the shell and Beranda came after the login page, not with it.
    expect(loginScripts.size).toBeGreaterThan(0);
    const later = [...signedInScripts.keys()].filter((pathname) => !loginScripts.has(pathname));
    expect(later.some((pathname) => /\/signed-in-/.test(pathname))).toBe(true);
    await page.context().close();
  });
});
