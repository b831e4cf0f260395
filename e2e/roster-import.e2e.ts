import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { type ApiClient, createApiClient } from './support/api';
import { horizontalOverflow, screenshot } from './support/browser';
import {
  checkRosterFile,
  commitRoster,
  downloadRoster,
  newcomer,
  newcomerPlace,
  openRosterImport,
  rosterRow,
  writeRosterXlsx,
} from './support/roster';
import { useBrowserSession } from './support/session';
import { firstSignIn, openMySkp, resetPasswordAsHr } from './support/accounts';

jest.setTimeout(120_000);

const session = useBrowserSession();
let api: ApiClient;
const files: string[] = [];

beforeAll(() => {
  api = createApiClient(session.server.url);
});
afterAll(() => {
  for (const file of files) fs.rmSync(path.dirname(file), { recursive: true, force: true });
});

describe('HR imports the roster from Excel', () => {
  test('a file with one bad row shows the error on that row; the fixed file is saved in one go, with the newcomers’ accounts', async () => {
    const place = await newcomerPlace(api, session.server.people);
    const first = newcomer(971, place, 'Ratna Impor');
    const second = newcomer(972, place, 'Sari Impor');
    const bad = await writeRosterXlsx('siasn-salah.xlsx', [
      first.row,
      { ...second.row, 'UNOR NAMA': 'Seksi Yang Tidak Ada' },
    ]);
    const fixed = await writeRosterXlsx('siasn-benar.xlsx', [first.row, second.row]);
    files.push(bad, fixed);

    const page = await session.signedInPage('admin');
    await openRosterImport(page);
    await checkRosterFile(page, bad);
    const badRow = await rosterRow(page, 3);
    expect(badRow.status).toBe('ERROR');
    expect(badRow.text).toContain('UNOR NAMA');
    expect(badRow.text).toContain('Tidak ada unit bernama “Seksi Yang Tidak Ada”.');
    await page.getByTestId('roster-has-errors').waitFor();
    expect(await page.getByTestId('roster-commit').count()).toBe(0);

    await checkRosterFile(page, fixed);
    expect((await rosterRow(page, 2)).status).toBe('NEW');
    expect((await rosterRow(page, 3)).status).toBe('NEW');
    expect(await commitRoster(page)).toContain('Tersimpan: 2 pegawai baru');
    // Each newcomer's account, with its one-time password, is shown once.
    for (const person of [first, second])
      expect(await page.getByTestId(`roster-password-${person.nip}`).textContent()).toMatch(
        /^\w{4}-\w{4}-\w{4}$/,
      );

    const { employees } = await api.as<{
      employees: { edges: { node: { nip: string; name: string; unit: { name: string } } }[] };
    }>(
      'admin',
      '{ employees(filter: { search: "Impor" }, first: 10) { edges { node { nip name unit { name } } } } }',
    );
    expect(
      employees.edges.map(({ node }) => node).sort((a, b) => a.nip.localeCompare(b.nip)),
    ).toEqual([
      { nip: first.nip, name: 'Ratna Impor, S.AP.', unit: { name: place.unit } },
      { nip: second.nip, name: 'Sari Impor, S.AP.', unit: { name: place.unit } },
    ]);

    // The same file again: nothing left to save.
    await page.getByRole('button', { name: 'Impor berkas lain' }).click();
    await checkRosterFile(page, fixed);
    expect((await rosterRow(page, 2)).status).toBe('UNCHANGED');
    await page.getByText('Semua baris sudah sama dengan data pegawai.').waitFor();

    // The newcomer lost the note with their one-time password: HR resets it, and the newcomer
    // signs in on a phone, must change it, and then opens their SKP.
    const oneTimePassword = await resetPasswordAsHr(page, first.nip);
    const newcomerPage = await session.openPage('phone');
    await firstSignIn(newcomerPage, session.server.url, {
      username: first.nip,
      oneTimePassword,
      newPassword: 'Kenari-Pelangi-58-Dayung',
    });
    await openMySkp(newcomerPage);
    expect(newcomerPage.url()).toMatch(/\/skp$/);
    await newcomerPage.context().close();
  });

  test('HR downloads the roster from the employee list, and it checks back as unchanged', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-roster-export-'));
    files.push(path.join(folder, 'x'));
    const page = await session.signedInPage('admin');
    const saved = await downloadRoster(page, folder);
    expect(saved.name).toMatch(/^Daftar_Pegawai_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved.path);
    const sheet = workbook.getWorksheet('Pegawai')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('NIP');
    const rows = sheet.actualRowCount - 1;
    expect(rows).toBeGreaterThan(50);

    await openRosterImport(page);
    await checkRosterFile(page, saved.path);
    await page.getByText('Semua baris sudah sama dengan data pegawai.').waitFor();
    expect(await page.getByTestId('roster-check').innerText()).toContain(`${rows} tidak berubah`);
  });

  test('the import page fits a phone with the dry-run table open', async () => {
    const place = await newcomerPlace(api, session.server.people);
    const file = await writeRosterXlsx('siasn-hp.xlsx', [
      { ...newcomer(973, place).row, 'JENIS KELAMIN': 'X' },
    ]);
    files.push(file);
    const page = await session.signedInPage('admin', 'phone');
    await page.goto(`${session.server.url}/pegawai/impor`);
    await page.getByRole('heading', { name: 'Impor Data Pegawai' }).waitFor();
    await checkRosterFile(page, file);
    expect((await rosterRow(page, 2)).text).toContain('JENIS KELAMIN');
    await screenshot(page, 'roster-import-phone', { fullPage: true });
    expect(await horizontalOverflow(page)).toBe(0);
  });
});
