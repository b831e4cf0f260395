import { horizontalOverflow, screenshot, type ViewportName } from './support/browser';
import { mainNav, useBrowserSession } from './support/session';

jest.setTimeout(150_000);

const session = useBrowserSession();
const signedInPage = (username: string, viewport?: ViewportName) =>
  session.signedInPage(username, viewport);

const nav = mainNav;

describe('analytics pages', () => {
  test('the staff member reads Kinerja Saya as a chart, then as a table', async () => {
    for (const viewport of ['desktop', 'phone'] as const) {
      const page = await signedInPage(session.server.people.aStaffOfThatKasi.username, viewport);
      if (viewport === 'desktop') {
        await nav(page).getByRole('link', { name: 'Kinerja Saya' }).click();
        await page.waitForURL('**/kinerja-saya');
      } else {
        await page.goto(`${session.server.url}/kinerja-saya`);
      }
      await page.getByTestId('trend-chart').locator('.recharts-surface').first().waitFor();
      await page.getByTestId('trend-change').waitFor();
      await screenshot(page, `analytics-my-performance-${viewport}`, { fullPage: true });
      await page.getByRole('button', { name: 'Tabel' }).click();
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
      await screenshot(page, `analytics-team-${viewport}`, { fullPage: true });
      expect(await horizontalOverflow(page)).toBe(0);
      await page.context().close();
    }
  });

  test('the Camat reads Ringkasan as a chart and a table', async () => {
    const page = await signedInPage(session.server.people.camat.username);
    await nav(page).getByRole('link', { name: 'Ringkasan' }).click();
    await page.getByTestId('summary-chart').locator('.recharts-surface').first().waitFor();
    await screenshot(page, 'analytics-summary-desktop', { fullPage: true });
    await page.getByRole('button', { name: 'Tabel' }).click();
    expect(await page.getByTestId('summary-table').locator('tbody tr').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  test('the analyst groups the distribution and opens the playground', async () => {
    for (const viewport of ['desktop', 'phone'] as const) {
      const page = await signedInPage('analis', viewport);
      await page.goto(`${session.server.url}/analisis?kelompok=RANK`);
      // The active cycle's current quarter has no final predicates yet: read the closed 2025 cycle.
      await page.getByLabel('Siklus kinerja').selectOption({ label: '2025 · Ditutup' });
      await page.getByLabel('Periode').selectOption('ANNUAL');
      await page.getByTestId('analysis').waitFor();
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
    await nav(page).getByRole('link', { name: 'Analisis' }).click();
    await page.getByRole('link', { name: 'Buka GraphQL playground' }).click();
    await page.waitForURL('**/analisis/playground');
    await page.locator('.graphiql-container .monaco-editor').first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1000);
    await screenshot(page, 'analytics-playground-desktop');
    await page.context().close();
  });
});
