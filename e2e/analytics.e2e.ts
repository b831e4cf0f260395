import fs from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { horizontalOverflow, screenshot, type ViewportName } from './support/browser';
import { clickNavLink, useBrowserSession } from './support/session';

jest.setTimeout(150_000);

const session = useBrowserSession();
const signedInPage = (username: string, viewport?: ViewportName) =>
  session.signedInPage(username, viewport);

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      index += 1;
    } else field += char;
  }
  if (field || record.length) records.push([...record, field]);
  return records;
}

/**
 * Downloads a chart panel's CSV, then reads the panel as a table: the file's header must be the
 * table's header and it must hold one record per table row.
 */
async function expectCsvMatchesTable(page: Page, panel: Locator, table: Locator) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: 'Unduh CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const text = fs.readFileSync(await download.path(), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const [header, ...records] = parseCsv(text.slice(1));
  await panel.getByRole('button', { name: 'Tabel' }).click();
  await table.locator('tbody tr').first().waitFor();
  const headings = (await table.locator('thead th').allTextContents()).map((cell) => cell.trim());
  expect(header).toEqual(headings);
  expect(records).toHaveLength(await table.locator('tbody tr').count());
  return { header, records };
}

describe('analytics pages', () => {
  test('the staff member reads Kinerja Saya as a chart, then as a table', async () => {
    for (const viewport of ['desktop', 'phone'] as const) {
      const page = await signedInPage(session.server.people.aStaffOfThatKasi.username, viewport);
      if (viewport === 'desktop') {
        await clickNavLink(page, 'Kinerja Saya');
        await page.waitForURL('**/kinerja-saya');
      } else {
        await page.goto(`${session.server.url}/kinerja-saya`);
      }
      await page.getByTestId('trend-chart').locator('.recharts-surface').first().waitFor();
      await page.getByTestId('trend-change').waitFor();
      const profile = page.getByTestId('behavior-profile');
      await profile.getByTestId('behavior-chart').locator('.recharts-surface').waitFor();
      expect(await profile.locator('.recharts-bar-rectangle').count()).toBeGreaterThanOrEqual(7);
      // One axis label per core value, by its official name (long ones wrap over two lines).
      expect(await profile.locator('.recharts-yAxis .recharts-cartesian-axis-tick').count()).toBe(
        7,
      );
      expect(await profile.getByTestId('behavior-chart').textContent()).toMatch(
        /Berorientasi\s*Pelayanan.*Kolaboratif/,
      );
      const targets = page.getByTestId('current-targets');
      await targets.getByTestId('current-indicator').first().waitFor();
      expect(await targets.getByTestId('current-target').count()).toBeGreaterThan(0);
      await screenshot(page, `analytics-my-performance-${viewport}`, { fullPage: true });
      expect(await horizontalOverflow(page)).toBe(0);
      if (viewport === 'desktop') {
        const { header, records } = await expectCsvMatchesTable(
          page,
          profile,
          page.getByTestId('behavior-table'),
        );
        expect(header[0]).toBe('Nilai dasar');
        expect(records.map((record) => record[0])).toEqual([
          'Berorientasi Pelayanan',
          'Akuntabel',
          'Kompeten',
          'Harmonis',
          'Loyal',
          'Adaptif',
          'Kolaboratif',
        ]);
        await expectCsvMatchesTable(
          page,
          page.getByTestId('my-trend'),
          page.getByTestId('trend-table'),
        );
      }
      await page.getByTestId('my-trend').getByRole('button', { name: 'Tabel' }).click();
      const rows = page.getByTestId('trend-table').locator('tbody tr');
      await rows.first().waitFor();
      expect(await rows.count()).toBeGreaterThan(1);
      expect(await rows.first().textContent()).toMatch(/20\d\d/);
      await screenshot(page, `analytics-my-performance-table-${viewport}`, { fullPage: true });
      expect(await horizontalOverflow(page)).toBe(0);
      await page.context().close();
    }
  });

  test('the kasi opens Tim Saya and sees their members', async () => {
    for (const viewport of ['desktop', 'phone'] as const) {
      const page = await signedInPage(session.server.people.aKasi.username, viewport);
      await page.goto(`${session.server.url}/tim`);
      const members = page.getByTestId('team-member');
      await members.first().waitFor();
      expect(await page.getByTestId('team-members').textContent()).toContain(
        session.server.people.aStaffOfThatKasi.name,
      );
      await page.getByTestId('team-distribution-chart').waitFor();
      // Who is behind (the demo leaves a TW3 evaluation of this kasi's team past its deadline),
      // most days late first, and the other way round on a click.
      const overdue = page.getByTestId('overdue-row');
      await overdue.first().waitFor();
      expect(await page.getByTestId('overdue-table').textContent()).toContain(
        'Penilaian belum final',
      );
      if (viewport === 'desktop') {
        const sort = page.getByTestId('overdue-sort');
        await sort.click();
        expect(
          await page.getByTestId('overdue-table').locator('th[aria-sort="ascending"]').count(),
        ).toBe(1);
        await sort.click();
      } else {
        // A card per item on a phone, days late in sight; the order is a select.
        expect(await page.getByTestId('overdue-table').evaluate((list) => list.tagName)).toBe('UL');
        const order = page.getByTestId('team-overdue').getByLabel('Urutkan');
        await order.selectOption('ascending');
        const late = await overdue.locator('dd.overdue').allTextContents();
        const days = late.map((text) => Number.parseInt(text, 10));
        expect(days).toEqual([...days].sort((a, b) => a - b));
        await order.selectOption('descending');
      }
      const trend = page.getByTestId('team-trend');
      const legend = trend.getByTestId('team-trend-legend');
      expect(await legend.locator('li').count()).toBe(2);
      await trend.getByLabel('Tampilkan garis anggota').check();
      // The members drawn by default: up to three, their names in the legend.
      await legend.locator('li').nth(2).waitFor();
      const drawn = await legend.locator('li').count();
      expect(drawn).toBeGreaterThan(2);
      expect(drawn).toBeLessThanOrEqual(5);
      expect(await trend.locator('.recharts-line').count()).toBe(drawn);
      const chosen = trend.locator('.overlay-picker__member input:checked');
      expect(await chosen.count()).toBe(drawn - 2);
      // Legend inside its card (not clipped) at every width.
      const card = await trend.boundingBox();
      const box = await legend.boundingBox();
      expect(box && card && box.y + box.height <= card.y + card.height).toBe(true);
      expect(box && card && box.x + box.width <= card.x + card.width + 1).toBe(true);
      await screenshot(page, `analytics-team-${viewport}`, { fullPage: true });
      if (viewport === 'desktop') {
        const { header } = await expectCsvMatchesTable(
          page,
          trend,
          page.getByTestId('team-trend-table'),
        );
        expect(header).toHaveLength(4 + drawn - 2);
      }
      expect(await horizontalOverflow(page)).toBe(0);
      if (viewport === 'phone') {
        // Beranda: what is late in the team, and the next deadlines with their dates.
        await page.goto(`${session.server.url}/`);
        const card = page.getByTestId('home-deadlines-data');
        await card.waitFor();
        await page.getByTestId('home-deadlines-overdue').waitFor();
        expect(
          await page.getByTestId('home-deadlines-upcoming').locator('li').count(),
        ).toBeGreaterThan(0);
        await screenshot(page, 'home-deadlines-phone', { fullPage: true });
        expect(await horizontalOverflow(page)).toBe(0);
      }
      await page.context().close();
    }
  });

  test('the Camat reads Ringkasan as a chart and a table', async () => {
    const page = await signedInPage(session.server.people.camat.username);
    await clickNavLink(page, 'Ringkasan');
    await page.getByTestId('summary-chart').locator('.recharts-surface').first().waitFor();
    await screenshot(page, 'analytics-summary-desktop', { fullPage: true });
    // Every unit's name whole on the axis (wrapped, never cut short with '…') at desktop width.
    const ticks = page.getByTestId('summary-chart').locator('.recharts-yAxis-tick-labels text');
    const shown = await ticks.evaluateAll((texts) =>
      texts.map((text) => ({
        whole: text.querySelector('title')?.textContent ?? '',
        lines: Array.from(text.querySelectorAll('tspan'), (line) => line.textContent ?? ''),
      })),
    );
    expect(shown.length).toBeGreaterThan(5);
    for (const { whole, lines } of shown) expect(lines.join(' ')).toBe(whole);
    await page.getByRole('button', { name: 'Tabel' }).click();
    const table = page.getByTestId('summary-table');
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
    // Sorted by a column, kept in the URL; a second click reverses.
    await page.getByTestId('summary-sort-members').click();
    await page.getByTestId('summary-sort-members').click();
    await page.waitForURL(/urut=members&turun=1/);
    expect(await table.locator('th[aria-sort="descending"]').textContent()).toContain('Pegawai');
    const counts = await table
      .locator('tbody tr td:nth-child(2)')
      .evaluateAll((cells) => cells.map((cell) => Number(cell.textContent)));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // The largest unit opens Tim Saya narrowed to it.
    const unit = table.locator('tbody tr').first().getByRole('link');
    const name = (await unit.textContent())!.trim();
    await unit.click();
    await page.waitForURL(/\/tim\?bagian=\d+/);
    await page.getByTestId('team-member').first().waitFor();
    const filter = page.getByLabel('Anggota di unit');
    expect((await filter.locator('option:checked').textContent())!.trim()).toBe(name);
    expect(await page.getByRole('heading', { name: `Anggota tim (${counts[0]})` }).count()).toBe(1);
    await page.context().close();
  });

  test('the analyst groups the distribution and opens the playground', async () => {
    for (const viewport of ['desktop', 'phone'] as const) {
      const page = await signedInPage('analis', viewport);
      await page.goto(`${session.server.url}/analisis?kelompok=RANK`);
      // Opens on the newest closed cycle's annual predicates.
      await page.getByTestId('analysis').waitFor();
      const cycle = page.getByLabel('Siklus kinerja');
      expect(await cycle.locator('option:checked').textContent()).toBe('2025 · Ditutup');
      expect(await page.getByLabel('Periode').inputValue()).toBe('ANNUAL');
      await screenshot(page, `analytics-analysis-${viewport}`, { fullPage: true });
      await page.getByRole('button', { name: 'Tabel' }).click();
      const rows = page.getByTestId('analysis-table').locator('tbody tr');
      await rows.first().waitFor();
      expect(await rows.count()).toBeGreaterThan(1);
      await screenshot(page, `analytics-analysis-table-${viewport}`, { fullPage: true });
      expect(await horizontalOverflow(page)).toBe(0);
      await page.context().close();
    }
    const page = await signedInPage('analis');
    await clickNavLink(page, 'Analisis', { exact: true });
    // The default grouping (position level) hides no group of the demo data.
    await page.getByTestId('analysis').waitFor();
    expect(await page.getByLabel('Kelompokkan menurut').inputValue()).toBe('POSITION_LEVEL');
    expect(await page.getByTestId('suppressed-groups').count()).toBe(0);
    await page.getByRole('link', { name: 'Buka GraphQL playground' }).click();
    await page.waitForURL('**/analisis/playground');
    // The examples run on the newest closed cycle (2025), not the empty active one.
    expect(await page.getByTestId('playground-cycle-note').textContent()).toContain(
      '(2025 · Ditutup)',
    );
    await page.locator('.graphiql-container .monaco-editor').first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1000);
    await screenshot(page, 'analytics-playground-desktop');
    await page.context().close();
  });

  test('the analyst’s Pegawai page points to Analisis instead of showing "0 pegawai"', async () => {
    const page = await signedInPage('analis');
    await page.goto(`${session.server.url}/pegawai`);
    await page.getByRole('link', { name: 'Buka Analisis' }).waitFor();
    expect(await page.getByTestId('directory-total').count()).toBe(0);
    await screenshot(page, 'analytics-analyst-directory');
    await page.context().close();
  });
});
