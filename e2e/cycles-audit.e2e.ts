import { horizontalOverflow, screenshot } from './support/browser';
import { useBrowserSession } from './support/session';

jest.setTimeout(150_000);

const session = useBrowserSession();

describe('HR runs the year and reads the audit trail', () => {
  test('HR opens 2027 on a phone, sets its thresholds and sees what opening it would do', async () => {
    const page = await session.signedInPage('admin', 'phone');
    await page.goto(`${session.server.url}/siklus`);
    const list = page.getByTestId('cycle-list');
    await list.waitFor();
    expect(await list.textContent()).toContain('2026');
    const create = page.getByTestId('create-cycle');
    expect(await create.getByLabel('Tahun').inputValue()).toBe('2027');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    // The list itself fits too: its Kelola buttons are not hidden past a sideways scroll.
    expect(
      await list.evaluate((table) => table.scrollWidth - table.parentElement!.clientWidth),
    ).toBeLessThanOrEqual(0);

    await create.getByRole('button', { name: 'Buka siklus 2027' }).click();
    const confirm = page.getByTestId('confirm-dialog');
    await confirm.getByRole('button', { name: 'Buka siklus 2027' }).click();
    await page.getByText('Siklus 2027 dibuka pada tahap Perencanaan.').waitFor();
    await page.getByText('Status siklus 2027').waitFor();

    const thresholds = page.getByTestId('thresholds-form');
    await thresholds.getByLabel('Ambang “sesuai ekspektasi” (%)').fill('85');
    await thresholds.getByRole('button', { name: 'Simpan ambang' }).click();
    await thresholds.getByText('Ambang capaian disimpan.').waitFor();
    await thresholds.getByLabel('Ambang “di atas ekspektasi” (%)').fill('80');
    await thresholds.getByRole('button', { name: 'Simpan ambang' }).click();
    await thresholds.getByText('Isi angka dari 100 sampai 120.').waitFor();

    await page.getByRole('button', { name: 'Pindahkan ke Aktif…' }).click();
    const dialog = page.getByTestId('transition-dialog');
    await dialog.getByTestId('transition-effects').waitFor();
    expect(await dialog.getByTestId('transition-effects').textContent()).toContain(
      'Pegawai dapat melaporkan realisasi.',
    );
    expect(await dialog.getByTestId('transition-warnings').textContent()).toMatch(
      /pegawai aktif belum memiliki SKP/,
    );
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'cycles-transition-phone');
    await dialog.getByRole('button', { name: 'Batal' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  test('on Kalibrasi HR saves the deadlines and the kecamatan’s predicate; each form says so', async () => {
    const page = await session.signedInPage('admin', 'desktop');
    await page.goto(`${session.server.url}/kalibrasi`);
    // The saved cycle comes back with a new version: the form stays, with its notice.
    const deadlines = page.getByTestId('deadline-form');
    const days = deadlines.getByLabel('Realisasi (hari setelah triwulan)');
    await days.fill('12');
    await deadlines.getByRole('button', { name: 'Simpan tenggat' }).click();
    await deadlines.getByText('Tenggat disimpan.').waitFor();
    expect(await days.inputValue()).toBe('12');
    // So does the predicate's form, once the page has read the new decision back.
    const decision = '100.3.3.2/999/436.1.2/2026';
    await page.getByLabel('Nomor keputusan').fill(decision);
    await page.getByRole('button', { name: 'Simpan predikat' }).click();
    await page.getByText('Predikat organisasi tersimpan.').waitFor();
    expect(await page.getByTestId('org-predicate-reference').textContent()).toContain(decision);
    expect(await page.getByLabel('Nomor keputusan').inputValue()).toBe(decision);
  });

  test('HR finds that change in the audit trail, opens it and exports the same rows', async () => {
    const page = await session.signedInPage('admin', 'desktop');
    await page.goto(`${session.server.url}/jejak-audit`);
    const filters = page.getByTestId('audit-filters');
    await filters.waitFor();
    await filters.getByLabel('Pelaku (username atau NIP)').fill('admin');
    await filters.getByLabel('Jenis data').fill('Cycle');
    await filters.getByLabel('Aksi').fill('cycle.setThresholds');
    await filters.getByRole('button', { name: 'Terapkan' }).click();
    await page.getByTestId('audit-total').filter({ hasText: '1 catatan' }).waitFor();
    const entry = page.getByTestId('audit-entry').first();
    await entry.getByText('cycle.setThresholds').click();
    const changes = entry.getByTestId('audit-changes');
    await changes.waitFor();
    expect(await changes.locator('tbody tr').first().textContent()).toBe(
      'Ambang “sesuai ekspektasi” (%) meetsThreshold (diubah)9085',
    );
    await screenshot(page, 'audit-trail-desktop');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Unduh jejak audit (Excel)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Jejak_Audit.xlsx');
  });

  test('the Camat reads the trail without before/after; an employee has no menu entry for it', async () => {
    const page = await session.signedInPage('camat', 'desktop');
    await page.goto(`${session.server.url}/jejak-audit`);
    const entry = page.getByTestId('audit-entry').first();
    await entry.waitFor();
    await entry.locator('summary').click();
    await entry
      .getByText('Data sebelum dan sesudah hanya dapat dibaca oleh Kepegawaian.')
      .waitFor();

    const staff = await session.signedInPage(await session.server.employeeNip(), 'desktop');
    await staff.goto(`${session.server.url}/jejak-audit`);
    await staff
      .getByText('Jejak audit hanya untuk Camat dan Subbagian Umum dan Kepegawaian.')
      .waitFor();
  });
});
