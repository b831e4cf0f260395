import type { Page } from 'playwright-core';
import { horizontalOverflow, screenshot } from './support/browser';
import { clickNavLink, useBrowserSession } from './support/session';

jest.setTimeout(120_000);

const session = useBrowserSession();

const tree = (page: Page) => page.getByTestId('unit-tree');
const unitButton = (page: Page, name: string) =>
  tree(page).getByRole('button', { name: new RegExp(`^${name}`) });
const dialog = (page: Page) => page.getByTestId('confirm-dialog');

describe('Unit Kerja & Jabatan', () => {
  test('HR adds a unit, moves it, gives it a position, and closes both; a unit with people stays open', async () => {
    const page = await session.signedInPage('admin');
    await clickNavLink(page, 'Unit Kerja & Jabatan');
    await page.waitForURL('**/unit-kerja');
    await page.getByRole('heading', { name: 'Unit Kerja & Jabatan', level: 1 }).waitFor();
    await unitButton(page, 'Kecamatan Gayungan').waitFor();
    // The root is selected first, with the Camat's head position in its table.
    await page.getByTestId('position-row').filter({ hasText: 'Camat' }).first().waitFor();
    await screenshot(page, 'units-desktop');

    // A unit with people cannot close: the dialog says why.
    await unitButton(page, 'Seksi Pemerintahan').first().click();
    await page.getByRole('button', { name: 'Tutup unit' }).click();
    await dialog(page).getByRole('button', { name: 'Tutup unit' }).click();
    await dialog(page).getByTestId('close-unit-error').waitFor();
    expect(await dialog(page).getByTestId('close-unit-error').textContent()).toMatch(
      /pegawai aktif/,
    );
    await dialog(page).getByRole('button', { name: 'Batal' }).click();

    // Add a sub-unit under the kecamatan.
    await unitButton(page, 'Kecamatan Gayungan').click();
    await page.getByRole('button', { name: 'Tambah sub-unit' }).click();
    await page.getByTestId('unit-form').getByLabel('Nama unit').fill('Urusan Arsip Uji');
    await page.getByRole('button', { name: 'Tambah unit' }).click();
    await page
      .getByTestId('units-notice')
      .getByText('Unit Urusan Arsip Uji ditambahkan.')
      .waitFor();
    await unitButton(page, 'Urusan Arsip Uji').waitFor();

    // Move it under the Sekretariat, after confirming.
    await page.getByRole('button', { name: 'Pindahkan', exact: true }).click();
    await dialog(page)
      .getByLabel('Unit induk baru')
      .selectOption({ label: 'Sekretariat Kecamatan' });
    await dialog(page).getByRole('button', { name: 'Pindahkan unit' }).click();
    await page.getByTestId('units-notice').getByText('dipindahkan').waitFor();
    const details = page.getByTestId('unit-details');
    expect(await details.textContent()).toContain('Sekretariat Kecamatan');

    // A position in it, then closed.
    await page.getByRole('button', { name: 'Tambah jabatan' }).click();
    const form = page.getByTestId('position-form');
    await form.getByLabel('Nama jabatan').fill('Pengelola Arsip Uji');
    await form.getByLabel('Jenjang').selectOption('PELAKSANA');
    await form.getByRole('button', { name: 'Tambah jabatan' }).click();
    const row = page.getByTestId('position-row').filter({ hasText: 'Pengelola Arsip Uji' });
    await row.waitFor();
    await row.getByRole('button', { name: 'Tutup jabatan Pengelola Arsip Uji' }).click();
    await dialog(page).getByRole('button', { name: 'Tutup' }).click();
    await page.getByText('Jabatan Pengelola Arsip Uji ditutup.').waitFor();

    // The empty unit closes and leaves the tree.
    await page.getByRole('button', { name: 'Tutup unit' }).click();
    await dialog(page).getByLabel('Alasan (mis. nomor Perwali)').fill('Uji penutupan');
    await dialog(page).getByRole('button', { name: 'Tutup unit' }).click();
    await page.getByTestId('units-notice').getByText('Unit Urusan Arsip Uji ditutup.').waitFor();
    await unitButton(page, 'Urusan Arsip Uji').waitFor({ state: 'detached' });
    await page.getByLabel('Tampilkan unit dan jabatan yang ditutup').check();
    await unitButton(page, 'Urusan Arsip Uji').waitFor();

    // The shared staff titles, used in every unit, have their own table.
    await page.getByRole('button', { name: 'Jabatan umum' }).click();
    await page.getByText('Jabatan umum (dipakai di semua unit)').waitFor();
    await page.getByTestId('position-row').first().waitFor();
    await page.context().close();
  });

  test('fits a phone', async () => {
    const page = await session.signedInPage('admin', 'phone');
    await page.goto(`${session.server.url}/unit-kerja`);
    await page.getByTestId('positions-table').waitFor();
    await unitButton(page, 'Sekretariat Kecamatan').click();
    await page.getByRole('button', { name: 'Ubah nama/kepala' }).click();
    await page.getByTestId('unit-form').waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, 'units-phone', { fullPage: true });
    await page.context().close();
  });
});
