import type { Page } from 'playwright-core';
import { createApiClient, findEvaluationCandidate, type EvaluationCandidate } from './support/api';
import { horizontalOverflow, screenshot, type ViewportName } from './support/browser';
import { clickNavLink, useBrowserSession } from './support/session';

jest.setTimeout(120_000);

const PERIOD_TAB = { TW1: 'TW I', TW2: 'TW II', TW3: 'TW III', TW4: 'TW IV', ANNUAL: 'Tahunan' };

const session = useBrowserSession();
const signedInPage = (username: string, viewport?: ViewportName) =>
  session.signedInPage(username, viewport);
let candidate: EvaluationCandidate;

beforeAll(async () => {
  candidate = await findEvaluationCandidate(
    createApiClient(session.server.url),
    session.server.people,
  );
}, 180_000);
const preview = (page: Page) => page.getByTestId('predicate-preview-value');

describe('evaluation: the kasi evaluates, the staff member acknowledges', () => {
  test('Penilaian → form → preview → draft → finalise; Penilaian Saya → acknowledge', async () => {
    const kasi = await signedInPage(session.server.people.aKasi.username);
    await clickNavLink(kasi, 'Penilaian', { exact: true });
    await kasi.waitForURL('**/penilaian');
    await kasi.getByRole('tab', { name: PERIOD_TAB[candidate.period] }).click();
    const rows = kasi.getByTestId('team-evaluations');
    await rows.waitFor();
    await screenshot(kasi, 'evaluations-desktop', { fullPage: true });
    await rows.getByRole('link', { name: `Nilai: ${candidate.staff.name}` }).click();
    await kasi.waitForURL(`**/penilaian/${candidate.planId}/${candidate.period}`);

    const result = kasi.getByLabel('Rating hasil kerja');
    const behaviour = kasi.getByLabel('Rating perilaku kerja');
    await result.selectOption('DI_ATAS_EKSPEKTASI');
    await behaviour.selectOption('DI_ATAS_EKSPEKTASI');
    expect(await preview(kasi).textContent()).toBe('Sangat Baik');
    await behaviour.selectOption('DI_BAWAH_EKSPEKTASI');
    expect(await preview(kasi).textContent()).toBe('Kurang/Misconduct');
    await result.selectOption('SESUAI_EKSPEKTASI');
    await behaviour.selectOption('SESUAI_EKSPEKTASI');
    expect(await preview(kasi).textContent()).toBe('Baik');
    await kasi.getByTestId('suggested-rating').waitFor();
    await kasi
      .getByLabel('Ringkasan penilaian')
      .fill('Target triwulan tercapai; pertahankan ketepatan waktu laporan.');
    await kasi.getByRole('button', { name: 'Simpan draf' }).click();
    await kasi.getByTestId('evaluation-notice').getByText('Draf penilaian tersimpan.').waitFor();
    await screenshot(kasi, 'evaluation-form-draft-desktop', { fullPage: true });

    await kasi.getByRole('button', { name: 'Finalkan' }).click();
    const dialog = kasi.getByRole('dialog');
    await dialog.waitFor();
    await screenshot(kasi, 'evaluation-finalize-desktop');
    // A period with indicators belum dilaporkan asks for the evaluator's written reason.
    const reason = dialog.getByLabel('Alasan finalisasi');
    if ((await reason.count()) > 0)
      await reason.fill('Realisasi dibahas dalam rapat evaluasi seksi.');
    await dialog.getByRole('button', { name: 'Ya, finalkan' }).click();
    await kasi.getByTestId('evaluation-final').waitFor();
    expect(
      await kasi
        .getByTestId('evaluation-view')
        .locator('[data-evaluation-status]')
        .getAttribute('data-evaluation-status'),
    ).toBe('FINAL');

    const staff = await signedInPage(candidate.staff.username);
    await clickNavLink(staff, /Penilaian Saya/);
    await staff.waitForURL('**/penilaian-saya');
    const finalCard = staff
      .getByTestId('evaluation-view')
      .filter({ has: staff.locator('[data-evaluation-status="FINAL"]') })
      .first();
    await finalCard.waitFor();
    // Pin the card by id: once acknowledged it no longer matches the FINAL filter.
    const card = staff.locator(
      `[data-evaluation-id="${await finalCard.getAttribute('data-evaluation-id')}"]`,
    );
    expect(await card.getByTestId('evaluation-predicate').textContent()).toBe('Baik');
    await card.getByRole('button', { name: 'Terima penilaian' }).click();
    await staff.getByRole('dialog').getByRole('button', { name: 'Terima penilaian' }).click();
    await card.getByText('Penilaian diterima.').waitFor();
    expect(
      await card.locator('[data-evaluation-status]').first().getAttribute('data-evaluation-status'),
    ).toBe('ACKNOWLEDGED');
    await screenshot(staff, 'my-evaluations-acknowledged-desktop', { fullPage: true });
  });
});

describe('each new page at desktop and 375 px', () => {
  const pages: {
    name: string;
    path: (c: EvaluationCandidate) => string;
    who: 'kasi' | 'staff' | 'camat';
  }[] = [
    { name: 'evaluations', path: (c) => `/penilaian?periode=${c.period}`, who: 'kasi' },
    { name: 'evaluation-form', path: (c) => `/penilaian/${c.planId}/${c.period}`, who: 'kasi' },
    { name: 'my-evaluations', path: () => '/penilaian-saya', who: 'staff' },
    { name: 'feedback', path: () => '/umpan-balik', who: 'kasi' },
    { name: 'feedback-compose', path: () => '/umpan-balik?tab=compose', who: 'kasi' },
    { name: 'calibration', path: () => '/kalibrasi', who: 'camat' },
  ];
  const username = (who: 'kasi' | 'staff' | 'camat') =>
    who === 'kasi'
      ? session.server.people.aKasi.username
      : who === 'staff'
        ? candidate.staff.username
        : session.server.people.camat.username;

  test.each(['desktop', 'phone'] as const)('%s', async (viewport) => {
    for (const { name, path, who } of pages) {
      const page = await signedInPage(username(who), viewport);
      await page.goto(`${session.server.url}${path(candidate)}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      await screenshot(page, `${name}-${viewport === 'desktop' ? 'desktop' : 'phone'}`, {
        fullPage: true,
      });
      expect({ name, overflow: await horizontalOverflow(page) }).toEqual({ name, overflow: 0 });
      await page.context().close();
    }
  });
});

describe('the annual evaluation is informed by the quarters', () => {
  test('the kasi opens a draft annual evaluation and sees TW I–IV beside the year (desktop and phone)', async () => {
    // A direct report of the kasi (not the one the flow above evaluates) whose final quarters the
    // seed holds and whose annual evaluation is not final yet: 2026 ANNUAL cannot be finalised
    // before 31 December, but its draft form opens.
    const kasi = session.server.people.aKasi;
    const api = createApiClient(session.server.url);
    const { performancePlans } = await api.as<{
      performancePlans: {
        edges: {
          node: {
            id: string;
            employee: { id: string; name: string };
            quarterEvaluations: { period: string; predicate: string }[];
          };
        }[];
      };
    }>(
      kasi.username,
      `query ($cycleId: ID!, $evaluatorId: ID!) { performancePlans(filter: { cycleId: $cycleId, evaluatorId: $evaluatorId, status: APPROVED }, first: 200) {
        edges { node { id employee { id name } quarterEvaluations { period predicate } } } } }`,
      { cycleId: candidate.cycleId, evaluatorId: String(kasi.employeeId) },
    );
    const { evaluations } = await api.as<{
      evaluations: { edges: { node: { status: string; employee: { id: string } } }[] };
    }>(
      kasi.username,
      'query ($cycleId: ID!, $evaluatorId: ID!) { evaluations(filter: { cycleId: $cycleId, evaluatorId: $evaluatorId, period: ANNUAL }, first: 200) { edges { node { status employee { id } } } } }',
      { cycleId: candidate.cycleId, evaluatorId: String(kasi.employeeId) },
    );
    const finalAnnual = new Set(
      evaluations.edges
        .filter(({ node }) => node.status !== 'DRAFT')
        .map(({ node }) => node.employee.id),
    );
    const plan = performancePlans.edges
      .map(({ node }) => node)
      .find(
        (node) =>
          node.employee.id !== String(candidate.staff.employeeId) &&
          !finalAnnual.has(node.employee.id) &&
          node.quarterEvaluations.length > 0 &&
          !node.quarterEvaluations.some((quarter) => quarter.period === 'TW4'),
      );
    if (!plan) throw new Error('Setup: no report of the kasi with final quarters and TW4 open');
    const predicateLabel: Record<string, string> = {
      SANGAT_BAIK: 'Sangat Baik',
      BAIK: 'Baik',
      BUTUH_PERBAIKAN: 'Butuh Perbaikan',
      KURANG: 'Kurang/Misconduct',
      SANGAT_KURANG: 'Sangat Kurang',
    };

    for (const viewport of ['desktop', 'phone'] as const) {
      const page = await signedInPage(kasi.username, viewport);
      await page.goto(`${session.server.url}/penilaian/${plan.id}/ANNUAL`);
      const cards = page.getByTestId('quarter-card');
      await cards.first().waitFor();
      expect(await cards.evaluateAll((all) => all.map((card) => card.dataset.period))).toEqual([
        'TW1',
        'TW2',
        'TW3',
        'TW4',
      ]);
      for (const quarter of plan.quarterEvaluations) {
        const card = page.locator(`[data-testid="quarter-card"][data-period="${quarter.period}"]`);
        expect(await card.getByTestId('quarter-predicate').textContent()).toBe(
          predicateLabel[quarter.predicate],
        );
        await card.getByTestId('quarter-result').waitFor();
      }
      const tw4 = page.locator('[data-testid="quarter-card"][data-period="TW4"]');
      expect(await tw4.getByTestId('quarter-not-evaluated').textContent()).toBe('Belum dinilai');
      // Each indicator against the quarter's own target.
      expect(
        await cards.first().getByTestId('quarter-indicator-result').first().textContent(),
      ).toMatch(
        /^(Target .+ · (realisasi .+ · capaian [\d.,]+ %|belum dilaporkan)|Kualitatif · .+)$/,
      );
      // The suggestion says it rests on the year and the final quarters.
      const basis = page.getByTestId('suggestion-basis');
      if ((await basis.count()) > 0)
        expect(await basis.getAttribute('data-basis')).toMatch(
          /^(ACHIEVEMENT_AND_QUARTERS|ORGANIZATION_PREDICATE)$/,
        );
      await page.waitForLoadState('networkidle');
      expect(await horizontalOverflow(page)).toBe(0);
      if (viewport === 'phone') {
        // The quarter panel stacks: one card above the next.
        const [first, second] = await cards.evaluateAll((all) =>
          all.slice(0, 2).map((card) => card.getBoundingClientRect().top),
        );
        expect(second).toBeGreaterThan(first);
      }
      await screenshot(page, `evaluation-annual-quarters-${viewport}`, { fullPage: true });
      await page.context().close();
    }
  });
});
