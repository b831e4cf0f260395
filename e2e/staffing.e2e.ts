import { jakartaDate } from '../api/src/modules/cycle/utils/periods.util';
import { clickNavLink, useBrowserSession } from './support/session';
import { screenshot } from './support/browser';

jest.setTimeout(120_000);

const session = useBrowserSession();

/** The Jakarta day `days` after today (YYYY-MM-DD). */
const inDays = (days: number) => jakartaDate(new Date(Date.now() + days * 86_400_000));

describe('HR’s staffing screens', () => {
  test('HR records a Plh for a lurah, sees the term in the list, and ends it today after confirming', async () => {
    const { aKelurahanKasi } = session.server.people;
    const page = await session.signedInPage('admin');
    await clickNavLink(page, 'Plt / Plh');
    await page.waitForURL('**/plt-plh');
    await page.getByRole('heading', { name: 'Plt / Plh', level: 1 }).waitFor();

    await page.getByLabel('Jenis').selectOption('PLH');
    await page
      .getByLabel('Pegawai yang ditunjuk')
      .selectOption({ label: `${aKelurahanKasi.name} · ${aKelurahanKasi.nip}` });
    await page
      .getByLabel('Unit yang kepalanya diwakili')
      .selectOption({ label: 'Kelurahan Ketintang' });
    await page.getByLabel('Mulai').fill(inDays(0));
    await page.getByLabel('Sampai').fill(inDays(6));
    await page.getByLabel('Nomor surat perintah / SK').fill('800/71/436.11.3/2026');
    await page.getByRole('button', { name: 'Catat Plt/Plh' }).click();
    await page.getByText('Plt/Plh tercatat.').waitFor();
    // The form is empty again: a second click cannot record the same term twice.
    expect(await page.getByLabel('Nomor surat perintah / SK').inputValue()).toBe('');
    expect(await page.getByLabel('Pegawai yang ditunjuk').inputValue()).toBe('');

    const row = page
      .getByTestId('acting-table')
      .getByRole('row')
      .filter({ hasText: '800/71/436.11.3/2026' });
    await row.getByText('Bertugas').waitFor();
    expect(await row.textContent()).toContain(aKelurahanKasi.name);
    expect(await row.getByRole('cell').nth(1).textContent()).toBe('Plh');
    await screenshot(page, 'acting-desktop');

    // Ended today: today is still the term's last day, and nothing is left to end.
    await row.getByRole('button', { name: 'Akhiri hari ini' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.textContent()).toContain(aKelurahanKasi.name);
    await dialog.getByRole('button', { name: 'Akhiri hari ini' }).click();
    await dialog.waitFor({ state: 'detached' });
    await row.getByRole('button', { name: 'Akhiri hari ini' }).waitFor({ state: 'detached' });
    const [ended] = await session.server.dataSource.query(
      'SELECT endsOn FROM acting_assignment WHERE decreeNumber = ?',
      ['800/71/436.11.3/2026'],
    );
    expect(ended.endsOn).toBe(inDays(0));
  });

  test('HR previews a kenaikan pangkat, saves it, and the riwayat jabatan starts with it', async () => {
    const staff = session.server.people.aStaffOfThatKasi;
    const [{ rank }] = await session.server.dataSource.query(
      'SELECT `rank` FROM employee WHERE id = ?',
      [staff.employeeId],
    );
    const page = await session.signedInPage('admin', 'largePhone');
    await page.goto(`${session.server.url}/pegawai/${staff.employeeId}`);
    const rankSelect = page.getByLabel('Golongan baru');
    await rankSelect.locator('option', { hasText: rank as string }).waitFor({ state: 'attached' });
    const codes = await rankSelect
      .locator('option')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    const next = codes[codes.indexOf(rank as string) + 1];
    await rankSelect.selectOption(next);
    await page.getByLabel('TMT').fill(inDays(0));
    await page.getByLabel('Nomor SK').fill('800/72/436.11/2026');
    await page.getByRole('button', { name: 'Tinjau dampaknya' }).click();

    const preview = page.getByRole('status').filter({ hasText: 'Yang akan terjadi' });
    await preview.waitFor();
    expect(await preview.textContent()).toMatch(/Atasan langsung tetap: /);
    await screenshot(page, 'mutasi-preview-phone', { fullPage: true });
    await preview.getByRole('button', { name: 'Simpan mutasi' }).click();
    await page.getByText('Mutasi tersimpan.').waitFor();
    expect(await rankSelect.inputValue()).toBe('');
    expect(await page.getByLabel('Nomor SK').inputValue()).toBe('');

    const newest = page.locator('.job-history__entry').first();
    await newest.getByText('Kenaikan pangkat').waitFor();
    expect(await newest.textContent()).toContain(`${next} · SK 800/72/436.11/2026`);
    expect(await newest.locator('.job-history__when').textContent()).toMatch(/ – sekarang$/);
  });
});
