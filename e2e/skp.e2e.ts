import { createApiClient, ensureSkpChain, findPlan, type SkpChain } from './support/api';
import { horizontalOverflow, screenshot, type ViewportName } from './support/browser';
import { clickNavLink, navLinks, useBrowserSession } from './support/session';

jest.setTimeout(120_000);

const RETURN_REASON = 'Indikator kualitas belum ada; tambahkan target waktu penyelesaian laporan.';

const session = useBrowserSession();
const signedInPage = (username: string, viewport?: ViewportName) =>
  session.signedInPage(username, viewport);
let chain: SkpChain;

beforeAll(async () => {
  chain = await ensureSkpChain(createApiClient(session.server.url), session.server.people);
}, 180_000);

describe('SKP planning, approval and online reports', () => {
  test('the staff submits, the kasi returns with a reason, the staff sees the reason', async () => {
    const staff = await signedInPage(chain.staff.username);
    await navLinks(staff).first().waitFor({ state: 'attached' });
    // A staff member gets the SKP pages but none of the supervisors' or the Camat's.
    const links = await navLinks(staff).allTextContents();
    expect(links).toEqual(
      expect.arrayContaining(['Beranda', 'SKP Saya', 'Laporan Kinerja', 'Kaskade', 'Pegawai']),
    );
    for (const hidden of ['Persetujuan SKP', 'Penilaian', 'Kalibrasi'])
      expect(links).not.toContain(hidden);
    await clickNavLink(staff, 'SKP Saya');
    await staff.waitForURL('**/skp');
    const summary = staff.getByTestId('plan-summary');
    await summary.waitFor();
    expect(await summary.locator('[data-plan-status]').textContent()).toMatch(/Draf|Dikembalikan/);
    // The UTAMA RHK shows the kasi's RHK it intervenes.
    expect(await staff.getByTestId('target-list').textContent()).toContain(
      'Mengintervensi RHK atasan',
    );
    await screenshot(staff, 'skp-draft-desktop', { fullPage: true });

    await staff.getByRole('button', { name: 'Ajukan SKP' }).click();
    await staff.getByTestId('plan-notice').getByText('SKP berhasil diajukan').waitFor();
    expect(await summary.locator('[data-plan-status]').getAttribute('data-plan-status')).toBe(
      'SUBMITTED',
    );
    await staff.getByTestId('plan-state-note').waitFor();
    expect(await staff.getByRole('button', { name: 'Ajukan SKP' }).count()).toBe(0);
    await screenshot(staff, 'skp-submitted-desktop');

    const kasi = await signedInPage(session.server.people.aKasi.username);
    await clickNavLink(kasi, 'Persetujuan SKP');
    await kasi.waitForURL('**/persetujuan');
    const queue = kasi.getByTestId('approval-queue');
    await queue.waitFor();
    expect(await queue.textContent()).toContain(chain.staff.name);
    await screenshot(kasi, 'approval-desktop', { fullPage: true });
    await queue.getByRole('link', { name: `Tinjau: ${chain.staff.name}` }).click();
    await kasi.getByTestId('decision-bar').waitFor();
    expect(await kasi.getByTestId('target-list').textContent()).toContain(
      'Mengintervensi RHK atasan',
    );
    await screenshot(kasi, 'approval-review-desktop', { fullPage: true });

    await kasi.getByRole('button', { name: 'Kembalikan', exact: true }).click();
    // An empty reason is refused before anything is sent.
    await kasi.getByRole('button', { name: 'Kembalikan SKP' }).click();
    await kasi.getByText('Alasan wajib diisi').waitFor();
    await kasi.getByLabel('Alasan pengembalian').fill(RETURN_REASON);
    await screenshot(kasi, 'approval-return-desktop');
    await kasi.getByRole('button', { name: 'Kembalikan SKP' }).click();
    await kasi.getByTestId('review-notice').getByText('SKP dikembalikan').waitFor();
    await kasi.context().close();

    await staff.reload();
    const reason = staff.getByTestId('return-reason');
    await reason.waitFor();
    expect(await reason.textContent()).toContain(RETURN_REASON);
    expect(await summary.locator('[data-plan-status]').getAttribute('data-plan-status')).toBe(
      'RETURNED',
    );
    await screenshot(staff, 'skp-returned-desktop');
    await staff.context().close();
  });

  test('an RHK saved in another tab meanwhile: the save is refused, the SKP reloaded, the typing kept', async () => {
    const api = createApiClient(session.server.url);
    const before = (await findPlan(api, chain.staff, chain.cycleId))!;
    const target = before.workTargets.find((candidate) => candidate.kind === 'UTAMA')!;
    const staff = await signedInPage(chain.staff.username);
    await clickNavLink(staff, 'SKP Saya');
    await staff.getByTestId('target-list').waitFor();
    await staff.getByRole('button', { name: `Ubah: ${target.description}` }).click();
    const description = staff.getByLabel('Uraian RHK');
    const typed = `${target.description} (diperbaiki di laptop)`;
    await description.fill(typed);

    // The same person saves the RHK from their phone while the form is open.
    const elsewhere = `${target.description} (dari ponsel)`;
    await api.as(
      chain.staff.username,
      'mutation ($id: ID!, $input: UpdateWorkTargetInput!, $version: Int) { updateWorkTarget(id: $id, input: $input, version: $version) { id } }',
      { id: target.id, input: { description: elsewhere }, version: before.version },
    );

    await staff.getByRole('button', { name: 'Simpan RHK' }).click();
    await staff.getByText(/SKP ini diubah di tempat lain/).waitFor();
    expect(await description.inputValue()).toBe(typed);
    // Nothing of the laptop's save was written over the phone's.
    const between = (await findPlan(api, chain.staff, chain.cycleId))!;
    expect(between.workTargets.find((candidate) => candidate.id === target.id)?.description).toBe(
      elsewhere,
    );
    await screenshot(staff, 'skp-rhk-stale-desktop');

    // Reloaded, the same save goes through on the version now shown: the form closes and the list
    // shows the saved RHK (its edit button is named by it; the open form's own field does not count).
    await staff.getByRole('button', { name: 'Simpan RHK' }).click();
    await description.waitFor({ state: 'detached' });
    await staff.getByRole('button', { name: `Ubah: ${typed}` }).waitFor();
    const after = (await findPlan(api, chain.staff, chain.cycleId))!;
    expect(after.workTargets.find((candidate) => candidate.id === target.id)?.description).toBe(
      typed,
    );
    // Back as it was (from the phone again), for the tests after this one.
    await api.as(
      chain.staff.username,
      'mutation ($id: ID!, $input: UpdateWorkTargetInput!) { updateWorkTarget(id: $id, input: $input) { id } }',
      { id: target.id, input: { description: target.description } },
    );
    // The laptop still shows the SKP before that: removing an RHK there is refused and reloads it.
    await staff.getByRole('button', { name: `Hapus: ${typed}` }).click();
    await staff
      .getByRole('group', { name: 'Hapus' })
      .getByRole('button', { name: 'Hapus' })
      .click();
    await staff
      .getByTestId('plan-notice')
      .getByText(/Periksa dulu sebelum menghapus RHK/)
      .waitFor();
    await staff.getByTestId('target-list').getByText(target.description).waitFor();
    const kept = (await findPlan(api, chain.staff, chain.cycleId))!;
    expect(kept.workTargets.map((candidate) => candidate.id)).toContain(target.id);
    await staff.context().close();
  });

  test('after approval the staff reports a realisation and the achievement bar moves', async () => {
    // Re-submit in the UI, approve in the UI (with a specific expectation).
    const staff = await signedInPage(chain.staff.username);
    await staff.goto(`${session.server.url}/skp`);
    await staff.getByRole('button', { name: 'Ajukan SKP' }).click();
    await staff.getByTestId('plan-notice').getByText('SKP berhasil diajukan').waitFor();

    const kasi = await signedInPage(session.server.people.aKasi.username);
    await kasi.goto(`${session.server.url}/persetujuan/${chain.staffPlan.id}`);
    await kasi.getByTestId('decision-bar').waitFor();
    const expectations = kasi.getByTestId('expectations');
    await expectations
      .getByLabel('Ekspektasi khusus pimpinan')
      .first()
      .fill('Membalas setiap pengaduan warga paling lambat 1×24 jam.');
    await expectations.getByRole('button', { name: 'Simpan ekspektasi' }).first().click();
    await expectations.getByText('Tersimpan').waitFor();
    await kasi.getByRole('button', { name: 'Setujui SKP' }).click();
    // Approval freezes the plan: it is confirmed in a dialog first.
    await kasi.getByRole('dialog').getByRole('button', { name: 'Ya, setujui' }).click();
    await kasi.getByTestId('review-notice').getByText('SKP disetujui').waitFor();
    await kasi.context().close();
    const approved = await findPlan(
      createApiClient(session.server.url),
      chain.staff,
      chain.cycleId,
    );
    expect(approved?.status).toBe('APPROVED');

    await clickNavLink(staff, 'Laporan Kinerja');
    await staff.waitForURL('**/laporan');
    const firstIndicator = staff.getByTestId('report-indicator').first();
    await firstIndicator.waitFor();
    // Today's triwulan is the selected tab; periods not yet open are disabled.
    const selectedTab = staff.getByRole('tab', { selected: true });
    expect(await selectedTab.isEnabled()).toBe(true);
    const meter = firstIndicator.getByRole('meter');
    const before = await meter.getAttribute('aria-valuetext');
    const planBefore = await staff
      .getByTestId('plan-achievement')
      .getByRole('meter')
      .getAttribute('aria-valuetext');
    await screenshot(staff, 'report-before-desktop', { fullPage: true });

    const target = approved!.workTargets[0].indicators[0].target;
    const value = before?.startsWith('100') ? target / 2 : target;
    if ((await firstIndicator.getByTestId('realization-form').count()) === 0)
      await firstIndicator
        .getByRole('button', { name: /Isi realisasi|Perbaiki realisasi/ })
        .click();
    const form = firstIndicator.getByTestId('realization-form');
    await form.getByLabel(/^Realisasi/).fill(String(value).replace('.', ','));
    await form.getByLabel('Tautan bukti dukung').fill('https://drive.surabaya.go.id/bukti/tw4.pdf');
    await form.getByLabel('Catatan').fill('Laporan bulanan terlampir.');
    await form.getByRole('button', { name: 'Simpan realisasi' }).click();
    await firstIndicator.getByTestId('realization-saved').waitFor();

    const after = await meter.getAttribute('aria-valuetext');
    expect(after).not.toEqual(before);
    expect(after).toMatch(/^\d+([.,]\d+)? %/);
    expect(
      await staff.getByTestId('plan-achievement').getByRole('meter').getAttribute('aria-valuetext'),
    ).not.toEqual(planBefore);
    const evidence = firstIndicator.getByRole('link', { name: /Buka bukti dukung/ });
    expect(await evidence.getAttribute('target')).toBe('_blank');
    expect(await evidence.getAttribute('rel')).toContain('noopener');

    // A correction replaces the report; the earlier one stays in the history.
    await firstIndicator.getByRole('button', { name: 'Perbaiki realisasi' }).click();
    await form.getByLabel(/^Realisasi/).fill(String(target * 2));
    await form.getByRole('button', { name: 'Simpan realisasi' }).click();
    await firstIndicator.getByTestId('realization-saved').waitFor();
    await firstIndicator.getByText(/Riwayat laporan yang diganti \(\d+\)/).waitFor();
    await screenshot(staff, 'report-after-desktop', { fullPage: true });
    await staff.context().close();
  });

  test('the cascade nests the staff RHK under the kasi’s and the Camat’s', async () => {
    const page = await signedInPage(chain.staff.username);
    await clickNavLink(page, 'Kaskade');
    await page.waitForURL('**/kaskade');
    const tree = page.getByTestId('cascade-tree');
    await tree.waitFor();
    const staffTarget = chain.staffPlan.workTargets.find((t) => t.kind === 'UTAMA')!;
    const kasiTarget = chain.kasiPlan.workTargets.find(
      (t) => t.id === staffTarget.parentTarget?.id,
    )!;
    // The staff RHK sits inside the kasi's node, which sits inside a root (the Camat's RHK).
    const kasiNode = tree
      .locator('[data-testid="cascade-node"]')
      .filter({
        has: page.locator('.cascade-node__description', { hasText: kasiTarget.description }),
      })
      .last();
    expect(await kasiNode.getAttribute('aria-level')).toBe('2');
    expect(await kasiNode.textContent()).toContain(staffTarget.description);
    await screenshot(page, 'cascade-desktop', { fullPage: true });
    await page.context().close();
  });

  test('every SKP page fits a phone', async () => {
    const pages: [string, string, string][] = [
      [chain.staff.username, '/skp', 'skp-phone'],
      [chain.staff.username, '/laporan', 'report-phone'],
      [chain.staff.username, '/kaskade', 'cascade-phone'],
      [session.server.people.aKasi.username, '/persetujuan', 'approval-phone'],
      [
        session.server.people.aKasi.username,
        `/persetujuan/${chain.staffPlan.id}`,
        'approval-review-phone',
      ],
    ];
    for (const [username, path, name] of pages) {
      const page = await signedInPage(username, 'phone');
      await page.goto(`${session.server.url}${path}`);
      await page.locator('.page-header__title').first().waitFor();
      await page.waitForLoadState('networkidle');
      await page.locator('[role="status"][data-testid$="-loading"]').waitFor({ state: 'detached' });
      expect(await horizontalOverflow(page)).toBe(0);
      await screenshot(page, name, { fullPage: true });
      await page.context().close();
    }
  });
});

describe('a quarter is measured against its own target', () => {
  test('an employee reports one quarter and sees 100 % of the quarter’s target, not a quarter of the year', async () => {
    // A staff member outside the kasi's team (the tests above drive that team), with a 2026 SKP
    // whose countable indicator splits the year into quarters (SUM: TW4 is a part of the year).
    const person = session.server.people.aStaffElsewhere;
    const api = createApiClient(session.server.url);
    const { performancePlans } = await api.as<{
      performancePlans: {
        edges: {
          node: {
            workTargets: {
              indicators: {
                description: string;
                kind: string;
                aggregation: string;
                target: number | null;
                unit: string;
                tw4: number | null;
              }[];
            }[];
          };
        }[];
      };
    }>(
      person.username,
      `query ($cycleId: ID!, $employeeId: ID!) { performancePlans(filter: { cycleId: $cycleId, employeeId: $employeeId, status: APPROVED }, first: 1) {
        edges { node { workTargets { indicators { description kind aggregation target unit tw4: targetFor(period: TW4) } } } } } }`,
      { cycleId: chain.cycleId, employeeId: String(person.employeeId) },
    );
    const indicator = performancePlans.edges[0]?.node.workTargets
      .flatMap((target) => target.indicators)
      .find(
        (candidate) =>
          candidate.kind !== 'KUALITATIF' &&
          candidate.aggregation === 'SUM' &&
          (candidate.tw4 ?? 0) > 0 &&
          (candidate.target ?? 0) > (candidate.tw4 ?? 0),
      );
    if (!indicator) throw new Error(`Setup: ${person.name} has no SUM indicator in 2026`);
    const quarterTarget = indicator.tw4!;

    const page = await signedInPage(person.username);
    await page.goto(`${session.server.url}/laporan`);
    // Today (December) is in TW IV: its tab is the one selected.
    expect(await page.getByRole('tab', { selected: true }).textContent()).toContain('TW IV');
    const row = page
      .getByTestId('report-indicator')
      .filter({ hasText: indicator.description })
      .first();
    await row.waitFor();
    // The quarter's own target is shown, not the year's.
    const number = (value: number) => new Intl.NumberFormat('id').format(value);
    expect(await row.locator('dd').first().textContent()).toContain(
      `${number(quarterTarget)} ${indicator.unit}`,
    );
    if ((await row.getByTestId('realization-form').count()) === 0)
      await row.getByRole('button', { name: /Isi realisasi|Perbaiki realisasi/ }).click();
    const form = row.getByTestId('realization-form');
    await form.getByLabel(/^Realisasi/).fill(String(quarterTarget).replace('.', ','));
    await form.getByLabel('Catatan').fill('Rekap triwulan IV terlampir.');
    await form.getByRole('button', { name: 'Simpan realisasi' }).click();
    await row.getByTestId('realization-saved').waitFor();
    expect(await row.getByTestId('realization-value').textContent()).toContain(
      number(quarterTarget),
    );
    // The whole quarter's work done in the quarter is 100 %, never target-of-the-year (e.g. 25 %).
    expect(
      await row
        .getByTestId('indicator-achievement')
        .getByRole('meter')
        .getAttribute('aria-valuetext'),
    ).toMatch(/^100 %/);
    await screenshot(page, 'report-quarter-target-desktop', { fullPage: true });
    await page.context().close();
  });
});
