import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { type DemoPeople, findDemoEvaluations } from '../seeds/demo-facts';
import { horizontalOverflow, type ViewportName } from './support/browser';
import type { startTestServer } from './support/server';
import { useBrowserSession } from './support/session';

// The axe walk: every page each role's menu offers, plus the detail pages reachable from them,
// at a desktop and a phone width. Zero moderate, serious or critical violations anywhere (WCAG 2.1
// A/AA and axe's best practices: two landmarks of one name, content outside every landmark).

jest.setTimeout(600_000);

const session = useBrowserSession();

/**
 * Every rule axe runs by default (WCAG 2.0 and 2.1 A and AA, and its best practices), plus label in
 * name (WCAG 2.5.3, level A), which the axe-core that @axe-core/playwright bundles still counts as
 * experimental and leaves off: a button whose visible text is not part of its accessible name
 * cannot be pressed by speaking what it shows. Only violations are reported: listing every passing
 * node would double axe's time.
 */
const AXE_OPTIONS = {
  resultTypes: ['violations' as const],
  rules: { 'label-content-name-mismatch': { enabled: true } },
};
const FAILING_IMPACTS = new Set(['moderate', 'serious', 'critical']);
const WIDTHS: readonly ViewportName[] = ['desktop', 'largePhone'];

type TestServer = Awaited<ReturnType<typeof startTestServer>>;

/**
 * A page not in the menu: a fixed path, the first link on `from` whose path matches `link`, or a
 * path found in the seeded data (for a page no list links to, e.g. a decided keberatan).
 */
type ExtraRoute =
  string | { from: string; link: RegExp } | { seeded: (server: TestServer) => Promise<string> };

const decidedObjection: ExtraRoute = {
  seeded: async (server) =>
    `/keberatan/${(await findDemoEvaluations(server.dataSource)).objections.upheld[0].objectionId}`,
};

interface RoleWalk {
  role: string;
  username: (people: DemoPeople) => string;
  /** Detail pages and pages outside the menu; the menu's own links are collected from the page. */
  extra: readonly ExtraRoute[];
}

// One row per role; add a detail page here when a new one appears behind a menu page.
const WALKS: readonly RoleWalk[] = [
  {
    role: 'Camat (LEADER and head)',
    username: (people) => people.usernames.camat,
    extra: [
      { from: '/persetujuan', link: /^\/persetujuan\/\d+/ },
      { from: '/penilaian', link: /^\/penilaian\/\d+\/\w+/ },
      decidedObjection,
      { from: '/pegawai', link: /^\/pegawai\/\d+$/ },
      { from: '/tim', link: /^\/tim\/\d+$/ },
      { from: '/tim/pengembangan', link: /^\/tim\/pengembangan\/\d+/ },
      '/ganti-kata-sandi',
    ],
  },
  {
    role: 'HR admin',
    username: (people) => people.usernames.admin,
    extra: [
      { from: '/pegawai', link: /^\/pegawai\/\d+$/ },
      { seeded: async (server) => `/pegawai/${server.people.aStaffOfThatKasi.employeeId}/ubah` },
      decidedObjection,
      '/pegawai/baru',
      '/pegawai/impor',
    ],
  },
  {
    role: 'analyst',
    username: (people) => people.usernames.analyst,
    extra: [],
  },
  {
    role: 'head of a seksi',
    username: (people) => people.aKasi.username,
    extra: [
      { from: '/persetujuan', link: /^\/persetujuan\/\d+/ },
      { from: '/penilaian', link: /^\/penilaian\/\d+\/\w+/ },
      { from: '/tim', link: /^\/tim\/\d+$/ },
      { from: '/tim/pengembangan', link: /^\/tim\/pengembangan\/\d+/ },
    ],
  },
  {
    role: 'staff member',
    username: (people) => people.aStaffOfThatKasi.username,
    extra: [{ from: '/pegawai', link: /^\/pegawai\/\d+$/ }],
  },
];

/** Requests still in flight per page, so a walk can wait for a page's data, not a timer. */
function trackRequests(page: Page): () => number {
  let pending = 0;
  page.on('request', () => (pending += 1));
  page.on('requestfinished', () => (pending -= 1));
  page.on('requestfailed', () => (pending -= 1));
  return () => pending;
}

/** Client-side navigation (no reload): the router follows a popstate like the back button. */
async function navigate(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    window.history.pushState({}, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

/**
 * Waits until no request is in flight and no loading placeholder shows, twice in a row, scrolling
 * down to whatever mounts only near the viewport.
 */
async function waitForData(page: Page, pending: () => number): Promise<void> {
  const deadline = Date.now() + 30_000;
  let quietChecks = 0;
  let waitingFor = '';
  while (quietChecks < 2) {
    if (Date.now() > deadline) throw new Error(`${page.url()} kept loading: ${waitingFor}`);
    await page.waitForTimeout(120);
    const placeholder = await page.evaluate(() => {
      if (!document.querySelector('h1')) return 'no h1 yet';
      // Content further down mounts as the reader nears it: read on, so all of it is checked.
      const later = document.querySelector('[data-mount-when-near]');
      if (later) {
        later.scrollIntoView();
        return 'content further down';
      }
      const busy = document.querySelector('.skeleton, .plan-skeleton, .spinner, .full-page-loader');
      return busy ? busy.className : '';
    });
    waitingFor = placeholder || (pending() > 0 ? `${pending()} requests` : '');
    quietChecks = waitingFor === '' ? quietChecks + 1 : 0;
  }
}

/** Headings that skip a level on the way down (h2 then h4), which axe reports only as a hint. */
function skippedHeadings(page: Page, where: string): Promise<string[]> {
  return page.evaluate((at) => {
    const shown = Array.from(
      document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6'),
    ).filter(
      (heading) => heading.getClientRects().length > 0 && !heading.closest('[aria-hidden="true"]'),
    );
    const problems: string[] = [];
    let previous = 0;
    for (const heading of shown) {
      const level = Number(heading.tagName[1]);
      if (previous > 0 && level > previous + 1)
        problems.push(
          `${at}: heading-order h${previous} then h${level} "${heading.textContent?.trim()}"`,
        );
      previous = level;
    }
    return problems;
  }, where);
}

// Every message key of the Indonesian dictionaries (the dashboard is an ES module package, so they
// are read as text rather than imported).
const MODULES = path.resolve(__dirname, '../dashboard/src/modules');
const MESSAGE_KEYS = fs
  .readdirSync(MODULES)
  .flatMap((module) =>
    ['i18n/id.ts', 'dictionaries/id-first.ts']
      .map((file) => path.join(MODULES, module, file))
      .filter((file) => fs.existsSync(file)),
  )
  .flatMap((file) =>
    [...fs.readFileSync(file, 'utf8').matchAll(/^\s+'([\w.]+)':/gm)].map((m) => m[1]),
  );

/**
 * Message keys shown instead of their text (a text missing from the dictionary loaded by then, e.g.
 * the first texts the entry chunk ships with): on the page and in its labels.
 */
async function untranslated(page: Page, where: string): Promise<string[]> {
  const shown = await page.evaluate(() => {
    const labels = Array.from(
      document.querySelectorAll('[aria-label],[title],[placeholder],[alt]'),
    ).map((element) =>
      ['aria-label', 'title', 'placeholder', 'alt']
        .map((name) => element.getAttribute(name) ?? '')
        .join(' '),
    );
    return `${document.body.innerText} ${labels.join(' ')}`;
  });
  const words = new Set(shown.split(/[\s,;:()]+/));
  return MESSAGE_KEYS.filter((key) => words.has(key)).map(
    (key) => `${where}: shows the key ${key}`,
  );
}

/** The moderate, serious and critical violations axe finds on the page as it is now, one line each. */
async function violationsOf(page: Page, where: string, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).options(AXE_OPTIONS);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const found = violations
    .filter((violation) => FAILING_IMPACTS.has(violation.impact ?? ''))
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${where}: ${violation.id} (${violation.impact}) at ${node.target.join(' ')} — ${
            node.failureSummary?.split('\n')[1]?.trim() ?? violation.help
          }`,
      ),
    );
  if (!include)
    found.push(...(await skippedHeadings(page, where)), ...(await untranslated(page, where)));
  // AXE_PROGRESS=1 prints each page's findings as the walk goes (a slow walk may time out).
  if (process.env.AXE_PROGRESS) console.log(`${where}: ${found.length}\n${found.join('\n')}`);
  return found;
}

/**
 * A page wider than the screen (WCAG 1.4.10, reflow): a phone then zooms the whole page out to fit
 * it, or the reader scrolls sideways. Wide tables scroll inside their own box instead.
 */
async function widerThanTheScreen(page: Page, where: string): Promise<string[]> {
  const overflow = await horizontalOverflow(page);
  return overflow > 0 ? [`${where}: the page is ${overflow} px wider than the screen`] : [];
}

/** Chart text (an axis label, a legend) drawn past its chart's edge, where it is cut off. */
async function clippedChartText(page: Page, where: string): Promise<string[]> {
  const clipped = await page.evaluate(() =>
    Array.from(document.querySelectorAll<SVGSVGElement>('svg.recharts-surface')).flatMap(
      (chart) => {
        const box = chart.getBoundingClientRect();
        return Array.from(chart.querySelectorAll('text'))
          .filter((text) => {
            const own = text.getBoundingClientRect();
            return own.width > 0 && (own.left < box.left - 1 || own.right > box.right + 1);
          })
          .map((text) => text.textContent ?? '');
      },
    ),
  );
  return clipped.map((text) => `${where}: chart text "${text}" runs past the chart's edge`);
}

/** The least room, in px, between a card's left or top border and the text inside it. */
const CARD_INSET = 6;

/**
 * Text set against a card's left or top border, with no room between them: a card its page gives
 * no padding. Text hidden for screen readers only, and text in a dialog, are left out.
 */
async function textAgainstCardEdge(page: Page, where: string): Promise<string[]> {
  const cramped = await page.evaluate((inset) => {
    const found: string[] = [];
    for (const card of Array.from(document.querySelectorAll<HTMLElement>('main .card'))) {
      const box = card.getBoundingClientRect();
      if (box.width === 0 || card.closest('[role="dialog"], dialog')) continue;
      const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim();
        const parent = node.parentElement;
        if (!text || !parent || parent.closest('.visually-hidden')) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const own = range.getBoundingClientRect();
        if (own.width === 0 || own.height === 0) continue;
        if (own.left < box.left + inset || own.top < box.top + inset) {
          found.push(text.slice(0, 40));
          break;
        }
      }
    }
    return found;
  }, CARD_INSET);
  return cramped.map((text) => `${where}: "${text}" sits against its card's edge`);
}

/**
 * What a closed `<details>` folds away (all but its summary): Chromium still lays it out, so the
 * layout checks below leave it out themselves.
 */
const FOLDED = 'details:not([open]) > :not(summary)';

/**
 * A table that scrolls sideways at a desktop width: what it hides past its box (often its actions)
 * a reader with a mouse does not know to scroll for. Only a phone may need it.
 */
async function tableWiderThanItsBox(page: Page, where: string): Promise<string[]> {
  const hidden = await page.evaluate(
    (folded) =>
      Array.from(document.querySelectorAll<HTMLElement>('main .table-wrapper')).flatMap((box) =>
        box.clientWidth > 0 && !box.closest(folded) && box.scrollWidth > box.clientWidth + 1
          ? [
              {
                name: box.getAttribute('aria-label') ?? box.querySelector('caption')?.textContent,
                hidden: box.scrollWidth - box.clientWidth,
              },
            ]
          : [],
      ),
    FOLDED,
  );
  return hidden.map(
    (table) => `${where}: the table "${table.name ?? ''}" hides ${table.hidden} px past its box`,
  );
}

/** The least room, in px, between a form control and the label or button under it. */
const FIELD_SPACING = 8;

/**
 * A label, summary or button set right under a text box or list with no room between them: a
 * form whose fields are not spaced, where a label reads as the box's caption above.
 */
async function fieldsWithoutSpacing(page: Page, where: string): Promise<string[]> {
  const cramped = await page.evaluate(
    ([spacing, folded]) => {
      const shown = (element: Element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && !element.closest(folded);
      };
      const controls = Array.from(
        document.querySelectorAll(
          'main input:not([type="checkbox"], [type="radio"], [type="hidden"]), main select, main textarea',
        ),
      )
        .filter(shown)
        .map((control) => control.getBoundingClientRect());
      const found: string[] = [];
      for (const below of Array.from(
        document.querySelectorAll('main label, main .field__label, main summary, main button'),
      )) {
        if (!shown(below)) continue;
        const box = below.getBoundingClientRect();
        const against = controls.some(
          (control) =>
            box.top - control.bottom > -1 &&
            box.top - control.bottom < spacing &&
            Math.min(box.right, control.right) > Math.max(box.left, control.left),
        );
        if (against) found.push((below.textContent ?? '').trim().slice(0, 40));
      }
      return found;
    },
    [FIELD_SPACING, FOLDED] as const,
  );
  return cramped.map((text) => `${where}: "${text}" sits right under a form control`);
}

/**
 * A badge or tag touching the element beside it on the same line ("● BaikKeputusan nomor …"): a
 * row that lays out its parts with no gap.
 */
async function badgeAgainstItsNeighbour(page: Page, where: string): Promise<string[]> {
  const touching = await page.evaluate(
    (folded) =>
      Array.from(document.querySelectorAll('main .badge, main .tag')).flatMap((badge) => {
        const box = badge.getBoundingClientRect();
        if (box.width === 0 || badge.closest(folded)) return [];
        const next = badge.nextElementSibling;
        const beside = next?.getBoundingClientRect();
        if (!next || !beside || beside.width === 0) return [];
        const sameLine = Math.min(box.bottom, beside.bottom) - Math.max(box.top, beside.top) > 4;
        const gap = beside.left - box.right;
        return sameLine && gap > -1 && gap < 3
          ? [`${badge.textContent?.trim()}|${next.textContent?.trim().slice(0, 30)}`]
          : [];
      }),
    FOLDED,
  );
  return touching.map((pair) => `${where}: "${pair}": a badge touches what follows it`);
}

// The menu is hidden on a phone until opened, so it is found hidden or not.
const mainNav = (page: Page) =>
  page.getByRole('navigation', { name: 'Navigasi utama', includeHidden: true });

/** The main menu's own links, in order (hidden ones too: a closed group keeps its links). */
async function menuPaths(page: Page): Promise<string[]> {
  const hrefs = await mainNav(page)
    .locator('a[href]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return [...new Set(hrefs)];
}

/** The first link on the current page whose path matches. */
async function firstLinkMatching(page: Page, pattern: RegExp): Promise<string | null> {
  const hrefs = await page
    .locator('main a[href]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.find((href) => pattern.test(href.split('?')[0])) ?? null;
}

async function walk(walkSpec: RoleWalk, viewport: ViewportName): Promise<string[]> {
  const found: string[] = [];
  const page = await session.openPage(viewport);
  const pending = trackRequests(page);
  const at = (path: string) => `${walkSpec.role} ${viewport} ${path}`;
  // A page may look right and still have thrown or logged an error (a failed render, a 5xx).
  let current = '/login';
  page.on('pageerror', (error) => found.push(`${at(current)}: uncaught ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') found.push(`${at(current)}: console error ${message.text()}`);
  });

  await page.goto(`${session.server.url}/login`);
  await waitForData(page, pending);
  found.push(...(await violationsOf(page, at('/login'))));
  await session.signIn(page, walkSpec.username(session.server.people));
  current = 'menu';

  // The menu opened: the phone drawer, or on a desktop each area's list in turn.
  await waitForData(page, pending);
  if (viewport === 'desktop') {
    for (const trigger of await mainNav(page).locator('[data-nav-trigger]').all()) {
      await trigger.click();
      found.push(...(await violationsOf(page, at('menu'), 'header')));
    }
    await page.keyboard.press('Escape');
  } else {
    const menuButton = page.getByRole('button', { name: 'Menu', exact: true });
    await menuButton.click();
    found.push(...(await violationsOf(page, at('menu'), 'header')));
    // From the keyboard: Escape in the open menu closes it and focus goes back to its button.
    await mainNav(page).getByRole('link').first().focus();
    await page.keyboard.press('Escape');
    if (!(await menuButton.evaluate((button) => button === document.activeElement)))
      found.push(`${at('menu')}: Escape did not return focus to the menu button`);
  }

  const visit = async (path: string) => {
    current = path;
    await navigate(page, path);
    await waitForData(page, pending);
    // A page that failed to load would pass axe with its error message alone.
    const failed = await page.locator('main .state--error').count();
    if (failed > 0) throw new Error(`${at(path)} shows an error instead of its data`);
    found.push(...(await violationsOf(page, at(path))));
    found.push(...(await widerThanTheScreen(page, at(path))));
    found.push(...(await clippedChartText(page, at(path))));
    found.push(...(await textAgainstCardEdge(page, at(path))));
    found.push(...(await fieldsWithoutSpacing(page, at(path))));
    found.push(...(await badgeAgainstItsNeighbour(page, at(path))));
    if (viewport === 'desktop') found.push(...(await tableWiderThanItsBox(page, at(path))));
    // AXE_SHOTS=<dir> keeps a full-page picture of each page, to look at colours by eye.
    const shots = process.env.AXE_SHOTS;
    if (shots) {
      const name = `${walkSpec.username(session.server.people)}-${viewport}${path.replace(/\W+/g, '-')}`;
      await page.screenshot({
        path: `${shots}/${name}.png`,
        fullPage: true,
        animations: 'disabled',
      });
    }
  };

  const visited = new Set<string>();
  for (const path of await menuPaths(page)) {
    visited.add(path);
    await visit(path);
  }
  for (const route of walkSpec.extra) {
    if (typeof route === 'string') {
      await visit(route);
      continue;
    }
    if ('seeded' in route) {
      await visit(await route.seeded(session.server));
      continue;
    }
    if (!visited.has(route.from)) await visit(route.from);
    else {
      await navigate(page, route.from);
      await waitForData(page, pending);
    }
    const link = await firstLinkMatching(page, route.link);
    if (!link) throw new Error(`${at(route.from)} links to no page like ${String(route.link)}`);
    await visit(link);
  }
  await page.context().close();
  return found;
}

describe('accessibility (axe, WCAG 2.1 A and AA)', () => {
  test.each(WALKS.map((spec) => [spec.role, spec] as const))(
    'every page of the %s has no moderate, serious or critical violation, and logs no error, at both widths',
    async (_role, spec) => {
      const started = Date.now();
      const found = (await Promise.all(WIDTHS.map((width) => walk(spec, width)))).flat();
      const perRule = new Map<string, number>();
      for (const line of found) {
        const rule = /: ([\w-]+)/.exec(line)?.[1] ?? line;
        perRule.set(rule, (perRule.get(rule) ?? 0) + 1);
      }
      console.log(
        `axe walk of the ${spec.role}: ${Date.now() - started} ms, violations per rule: ${JSON.stringify(
          Object.fromEntries(perRule),
        )}`,
      );
      expect(found).toEqual([]);
    },
  );
});
