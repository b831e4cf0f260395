import type { Page } from 'playwright-core';
import { createApiClient, findEvaluationCandidate, type EvaluationCandidate } from './support/api';
import { horizontalOverflow, screenshot, type ViewportName } from './support/browser';
import { useBrowserSession } from './support/session';

jest.setTimeout(180_000);

const session = useBrowserSession();
let candidate: EvaluationCandidate;

beforeAll(async () => {
  candidate = await findEvaluationCandidate(
    createApiClient(session.server.url),
    session.server.people,
  );
}, 180_000);

const memberNames = (page: Page) =>
  page.getByTestId('team-member').locator('a.employee-name__link').allTextContents();

describe('Tim Saya: from the team table to a member, and evaluating there', () => {
  test('the kasi sorts and searches the team (kept in the URL), opens a member and evaluates the due period', async () => {
    const { url } = session.server;
    const kasi = await session.signedInPage(session.server.people.aKasi.username);
    await kasi.goto(`${url}/tim`);
    await kasi.getByTestId('team-member').first().waitFor();
    const byName = await memberNames(kasi);

    await kasi.getByTestId('sort-NAME').click();
    await kasi.waitForURL(/turun=1/);
    await kasi.getByTestId('team-members').locator('th[aria-sort="descending"]').waitFor();
    await kasi.waitForFunction(
      (first) => document.querySelector('[data-testid="team-member"] a')?.textContent !== first,
      byName[0],
    );
    expect(await memberNames(kasi)).toEqual([...byName].reverse());

    await kasi.getByTestId('sort-OVERDUE_EVALUATIONS').click();
    await kasi.waitForURL(/urut=OVERDUE_EVALUATIONS/);
    expect(
      await kasi.getByTestId('team-members').locator('th[aria-sort="descending"]').textContent(),
    ).toContain('Penilaian terlambat');

    await kasi.getByLabel('Cari nama atau NIP').fill(candidate.staff.nip);
    await kasi.waitForURL(/cari=/);
    await kasi.waitForFunction(
      () => document.querySelectorAll('[data-testid="team-member"]').length === 1,
    );
    // The state is the URL's: a reload shows the same table.
    await kasi.reload();
    await kasi.getByTestId('team-member').first().waitFor();
    expect(await kasi.getByLabel('Cari nama atau NIP').inputValue()).toBe(candidate.staff.nip);
    expect(await memberNames(kasi)).toEqual([candidate.staff.name]);

    await kasi
      .getByTestId('team-members')
      .getByRole('link', { name: candidate.staff.name })
      .click();
    await kasi.waitForURL(`**/tim/${candidate.staff.employeeId}`);
    await kasi
      .getByTestId('member-trend')
      .or(kasi.getByText('Belum ada penilaian final.'))
      .first()
      .waitFor();
    await kasi.getByTestId('member-evaluations').waitFor();
    await kasi.getByTestId('development-plan').waitFor();
    const evaluate = kasi.getByTestId('member-evaluate');
    expect(await evaluate.getAttribute('href')).toBe(
      `/penilaian/${candidate.planId}/${candidate.period}`,
    );
    await screenshot(kasi, 'team-member-desktop', { fullPage: true });
    expect(await horizontalOverflow(kasi)).toBe(0);

    await evaluate.click();
    await kasi.waitForURL(`**/penilaian/${candidate.planId}/${candidate.period}`);
    await kasi.getByLabel('Rating hasil kerja').selectOption('SESUAI_EKSPEKTASI');
    await kasi.getByLabel('Rating perilaku kerja').selectOption('SESUAI_EKSPEKTASI');
    await kasi.getByLabel('Ringkasan penilaian').fill('Dinilai dari halaman anggota tim.');
    await kasi.getByRole('button', { name: 'Finalkan' }).click();
    const dialog = kasi.getByRole('dialog');
    // Unreported indicators (or an achievement far from the rating) ask for a written reason.
    const reason = dialog.getByLabel('Alasan finalisasi');
    if ((await reason.count()) > 0) await reason.fill('Dibahas bersama pegawai di halaman tim.');
    await dialog.getByRole('button', { name: 'Ya, finalkan' }).click();
    await kasi.getByTestId('evaluation-final').waitFor();

    // Back on the member page the new evaluation heads the history and the button is gone.
    await kasi.goto(`${url}/tim/${candidate.staff.employeeId}`);
    const history = kasi.getByTestId('member-evaluations');
    await history.getByTestId('evaluation-view').first().waitFor();
    expect(await history.textContent()).toContain('Dinilai dari halaman anggota tim.');
    await kasi.context().close();
  });

  test('a member page outside the viewer’s line says so and shows nothing of them', async () => {
    const { url, people } = session.server;
    const kasi = await session.signedInPage(people.aKasi.username);
    await kasi.goto(`${url}/tim/${people.aStaffElsewhere.employeeId}`);
    await kasi.getByText('Pegawai ini bukan anggota tim Anda').waitFor();
    expect(await kasi.getByTestId('member-evaluations').count()).toBe(0);
    expect(await kasi.content()).not.toContain(people.aStaffElsewhere.nip);
    await kasi.context().close();
  });

  test('the Camat’s whole kecamatan pages on the server; late counts and the member page fit at 1280 and 375 px', async () => {
    const { url, people } = session.server;
    for (const viewport of ['desktop', 'phone'] as ViewportName[]) {
      const camat = await session.signedInPage(people.usernames.camat, viewport);
      await camat.goto(`${url}/tim`);
      await camat.getByTestId('team-member').first().waitFor();
      expect(await camat.getByTestId('team-member').count()).toBe(25);
      const pager = camat.getByTestId('team-pager');
      expect(await pager.textContent()).toMatch(/1–25 dari \d+/);
      // Every late count is on screen without scrolling sideways.
      const lateCell = camat.getByTestId('team-members').getByText('Penilaian terlambat').first();
      const box = await lateCell.boundingBox();
      expect(box && box.x + box.width).toBeLessThanOrEqual(viewport === 'desktop' ? 1280 : 375);
      expect(await horizontalOverflow(camat)).toBe(0);
      await screenshot(camat, `team-camat-${viewport}`, { fullPage: true });
      await pager.getByRole('button', { name: 'Berikutnya' }).click();
      await camat.waitForURL(/hal=2/);
      await camat.getByTestId('team-pager').getByText(/26–/).waitFor();

      await camat.goto(`${url}/tim/${people.aKelurahanStaff.employeeId}`);
      await camat.getByTestId('member-actions').waitFor();
      await camat.getByTestId('member-evaluations').waitFor();
      expect(await horizontalOverflow(camat)).toBe(0);
      await screenshot(camat, `team-member-camat-${viewport}`, { fullPage: true });
      await camat.context().close();
    }
  });
});
