import type { Page } from 'playwright-core';
import { createApiClient, ensureActiveCycle, type ApiClient } from './support/api';
import { horizontalOverflow, screenshot, type ViewportName } from './support/browser';
import { clickNavLink, navLinks, useBrowserSession } from './support/session';

jest.setTimeout(180_000);

const session = useBrowserSession();

interface Recommendation {
  program: { id: string; title: string; hours: number };
}

const RECOMMEND = `query ($employeeId: ID!, $cycleId: ID!) {
  recommendTrainings(employeeId: $employeeId, cycleId: $cycleId) { program { id title hours } }
}`;

/**
 * The staff member's recommendations as their supervisor sees them. When the seed offers none
 * (no catalogue yet, or everything matching is planned), HR adds a programme that strengthens
 * every value and aspect, so any weakness of the latest evaluations recommends it.
 */
async function ensureRecommendation(
  api: ApiClient,
  supervisor: string,
  employeeId: string,
  cycleId: string,
): Promise<Recommendation> {
  const ask = () =>
    api.as<{ recommendTrainings: Recommendation[] }>(supervisor, RECOMMEND, {
      employeeId,
      cycleId,
    });
  let { recommendTrainings } = await ask();
  if (recommendTrainings.length === 0) {
    await api.as(
      'admin',
      `mutation ($input: TrainingProgramInput!) { createTrainingProgram(input: $input) { id } }`,
      {
        input: {
          code: 'E2E-PLT-01',
          title: 'Pelayanan Prima Terpadu (uji)',
          description: 'Program uji untuk tes peramban: pelayanan publik yang prima.',
          hours: 8,
          mode: 'CLASSROOM',
          provider: 'BPSDM Kota Surabaya',
          competencies: {
            coreValues: [
              'BERORIENTASI_PELAYANAN',
              'AKUNTABEL',
              'KOMPETEN',
              'HARMONIS',
              'LOYAL',
              'ADAPTIF',
              'KOLABORATIF',
            ],
            aspects: ['KUANTITAS', 'KUALITAS', 'WAKTU', 'BIAYA'],
          },
        },
      },
    );
    ({ recommendTrainings } = await ask());
  }
  if (recommendTrainings.length === 0)
    throw new Error('the staff member has no weakness to recommend training for');
  return recommendTrainings[0];
}

async function jpDone(page: Page): Promise<number> {
  const text = (await page.getByTestId('jp-progress-done').textContent()) ?? '';
  const match = /(\d+)/.exec(text);
  if (!match) throw new Error(`no JP count in "${text}"`);
  return Number(match[1]);
}

async function expectNoOverflow(page: Page) {
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
}

describe('development plans', () => {
  test('a supervisor adds a recommended training and the employee marks it done', async () => {
    const { people, url } = session.server;
    const api = createApiClient(url);
    const cycleId = await ensureActiveCycle(api);
    const staff = people.aStaffOfThatKasi;
    const recommendation = await ensureRecommendation(
      api,
      people.aKasi.username,
      String(staff.employeeId),
      cycleId,
    );
    const title = recommendation.program.title;

    // The employee's JP before anything is added.
    const staffPage = await session.signedInPage(staff.username);
    await clickNavLink(staffPage, 'Pengembangan Saya');
    await staffPage.waitForURL('**/pengembangan-saya');
    await staffPage.getByTestId('jp-progress').waitFor();
    const before = await jpDone(staffPage);
    await staffPage.close();

    // The supervisor opens the team's JP status, then the staff member's plan.
    const kasi = await session.signedInPage(people.aKasi.username);
    await clickNavLink(kasi, 'Pengembangan Tim');
    await kasi.waitForURL('**/tim/pengembangan');
    const members = kasi.getByTestId('jp-members');
    await members.waitFor();
    await screenshot(kasi, 'development-team-desktop', { fullPage: true });
    await members.getByRole('link', { name: staff.name }).click();
    await kasi.waitForURL(`**/tim/pengembangan/${staff.employeeId}?**`);
    await kasi
      .getByTestId('member-recommendations')
      .getByTestId('recommendation')
      .first()
      .waitFor();
    await screenshot(kasi, 'development-member-desktop', { fullPage: true });

    await kasi.getByRole('button', { name: `Tambahkan ke rencana: ${title}` }).click();
    const form = kasi.getByTestId('add-activity-form');
    const reason = form.getByLabel('Alasan (kelemahan yang dijawab)');
    expect((await reason.inputValue()).length).toBeGreaterThanOrEqual(10);
    await screenshot(kasi, 'development-add-desktop');
    await form.getByRole('button', { name: 'Tambahkan ke rencana' }).click();
    await kasi.getByTestId('activity-added').waitFor();
    const planned = kasi
      .getByTestId('development-plan')
      .getByTestId('activity')
      .filter({ hasText: title });
    await planned.waitFor();
    expect(await planned.getAttribute('data-status')).toBe('PLANNED');
    // Added, it is no longer recommended.
    await kasi
      .getByRole('button', { name: `Tambahkan ke rencana: ${title}` })
      .waitFor({ state: 'detached' });

    // The supervisor reschedules it and sharpens the reason in the inline edit form.
    await planned.getByRole('button', { name: `Ubah rencana ${title}` }).click();
    const edit = planned.getByTestId('activity-edit-form');
    await edit.getByLabel('Tenggat').fill('2026-12-20');
    await edit
      .getByLabel('Alasan (kelemahan yang dijawab)')
      .fill('Pelayanan di loket perlu ditingkatkan (uji peramban: alasan diperbarui atasan).');
    await screenshot(kasi, 'development-edit-desktop');
    await edit.getByRole('button', { name: 'Simpan perubahan' }).click();
    await planned.getByText('Perubahan rencana tersimpan.').waitFor();
    expect(await planned.textContent()).toContain('alasan diperbarui atasan');

    // The same form on a phone fits the screen.
    const kasiPhone = await session.signedInPage(people.aKasi.username, 'phone');
    await kasiPhone.goto(kasi.url());
    const phonePlanned = kasiPhone.getByTestId('activity').filter({ hasText: title });
    await phonePlanned.getByRole('button', { name: `Ubah rencana ${title}` }).click();
    const phoneEdit = phonePlanned.getByTestId('activity-edit-form');
    await phoneEdit.waitFor();
    await phoneEdit.scrollIntoViewIfNeeded();
    await screenshot(kasiPhone, 'development-edit-phone');
    await expectNoOverflow(kasiPhone);
    await kasiPhone.context().close();

    // The employee sees it with its reason and marks it done with an outcome and certificate.
    const employee = await session.signedInPage(staff.username);
    await employee.goto(`${url}/pengembangan-saya`);
    const item = employee.getByTestId('activity').filter({ hasText: title });
    await item.waitFor();
    expect(await item.textContent()).toContain('Alasan');
    await item.getByRole('button', { name: 'Mulai' }).click();
    await item.getByText('Kegiatan ditandai sedang berjalan.').waitFor();
    expect(await item.getAttribute('data-status')).toBe('IN_PROGRESS');
    await item.getByRole('button', { name: 'Tandai selesai' }).click();
    await item
      .getByLabel('Hasil/catatan')
      .fill('Menerapkan standar pelayanan prima di loket kecamatan.');
    await item
      .getByLabel('Tautan sertifikat atau bukti')
      .fill('https://elearning.surabaya.go.id/sertifikat/e2e-1');
    await item.getByRole('button', { name: 'Simpan dan tandai selesai' }).click();
    await item.getByText('Kegiatan ditandai selesai; JP Anda bertambah.').waitFor();
    expect(await item.getAttribute('data-status')).toBe('DONE');
    expect(
      await item.getByRole('link', { name: 'Buka sertifikat/bukti' }).getAttribute('href'),
    ).toBe('https://elearning.surabaya.go.id/sertifikat/e2e-1');
    await expect(jpDone(employee)).resolves.toBe(before + recommendation.program.hours);
    await screenshot(employee, 'development-my-desktop', { fullPage: true });
  });

  test('each development page reads well on a desktop and a phone', async () => {
    const { people, url } = session.server;
    const pages: { user: string; path: string; ready: string; name: string }[] = [
      {
        user: people.aStaffOfThatKasi.username,
        path: '/pengembangan-saya',
        ready: 'development-plan',
        name: 'my',
      },
      { user: people.aKasi.username, path: '/tim/pengembangan', ready: 'jp-members', name: 'team' },
      {
        user: people.aKasi.username,
        path: `/tim/pengembangan/${people.aStaffOfThatKasi.employeeId}`,
        ready: 'member-recommendations',
        name: 'member',
      },
      { user: 'admin', path: '/katalog-pelatihan', ready: 'programs', name: 'catalogue' },
      { user: 'admin', path: '/pengembangan', ready: 'program-effects', name: 'overview-hr' },
      { user: 'camat', path: '/pengembangan', ready: 'program-effects', name: 'overview-camat' },
    ];
    for (const viewport of ['desktop', 'phone'] as ViewportName[]) {
      for (const entry of pages) {
        const page = await session.signedInPage(entry.user, viewport);
        await page.goto(`${url}${entry.path}`);
        await page.getByTestId(entry.ready).first().waitFor();
        await screenshot(page, `development-${entry.name}-${viewport}`, { fullPage: true });
        await screenshot(page, `development-${entry.name}-${viewport}-top`);
        if (viewport === 'phone') await expectNoOverflow(page);
        await page.context().close();
      }
    }
  });

  test('HR reads the effect of each programme as a table, and the Camat cannot edit the catalogue', async () => {
    const { url } = session.server;
    const admin = await session.signedInPage('admin');
    await clickNavLink(admin, 'Pengembangan ASN');
    await admin.waitForURL('**/pengembangan');
    const panel = admin.getByTestId('program-effects');
    await panel.waitFor();
    const tableButton = panel.getByRole('button', { name: 'Tabel' });
    if (await tableButton.count()) {
      await tableButton.click();
      await panel.getByTestId('effects-table').waitFor();
    }
    await admin.getByTestId('jp-totals').waitFor();

    const camat = await session.signedInPage('camat');
    await navLinks(camat).first().waitFor({ state: 'attached' });
    expect(await navLinks(camat).allTextContents()).not.toContain('Katalog Pelatihan');
    await camat.goto(`${url}/katalog-pelatihan`);
    await camat.getByTestId('programs').waitFor();
    expect(await camat.getByRole('button', { name: 'Tambah program' }).count()).toBe(0);
  });
});
