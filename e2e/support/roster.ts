import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { EmploymentType, Gender } from '../../api/src/modules/org/org.enums';
import { buildNip } from '../../api/src/modules/org/utils/nip.util';
import type { DemoPeople } from '../../seeds/demo-facts';
import type { ApiClient } from './api';
import { clickNavLink } from './session';

// Reusable steps of HR's roster import, for this flow's own test and for longer flows that
// start with it (import → reset a password → the employee logs in).

/** The headers as the SIASN export spells them, with a column the import ignores. */
export const SIASN_HEADERS = [
  'NIP BARU',
  'NAMA',
  'GELAR DEPAN',
  'GELAR BELAKANG',
  'TEMPAT LAHIR',
  'TANGGAL LAHIR',
  'JENIS KELAMIN',
  'AGAMA',
  'GOL AKHIR NAMA',
  'JABATAN NAMA',
  'UNOR NAMA',
  'JENIS PEGAWAI',
  'NIP ATASAN',
  'EMAIL',
  'NOMOR HP',
] as const;
type Header = (typeof SIASN_HEADERS)[number];
export type RosterRow = Partial<Record<Header, string | Date>>;

export interface Newcomer {
  nip: string;
  name: string;
  row: RosterRow;
}

/** Where a newcomer goes: the unit and position of a demo staff member, under their kasi. */
export async function newcomerPlace(api: ApiClient, people: DemoPeople) {
  const { employee } = await api.as<{
    employee: { unit: { name: string }; position: { title: string } };
  }>('admin', 'query ($id: ID!) { employee(id: $id) { unit { name } position { title } } }', {
    id: String(people.aStaffOfThatKasi.employeeId),
  });
  return {
    unit: employee.unit.name,
    position: employee.position.title,
    supervisorNip: people.aKasi.nip,
  };
}

/** A new PNS with a valid NIP (born 21 July 1990, appointed March 2015), `sequence` 1–999. */
export function newcomer(
  sequence: number,
  place: { unit: string; position: string; supervisorNip: string },
  name = `Pegawai Impor ${sequence}`,
): Newcomer {
  const nip = buildNip({
    birthDate: '1990-07-21',
    appointment: '2015-03',
    gender: Gender.PEREMPUAN,
    sequence,
    employmentType: EmploymentType.PNS,
  });
  return {
    nip,
    name,
    row: {
      'NIP BARU': nip,
      NAMA: name,
      'GELAR BELAKANG': 'S.AP.',
      'TEMPAT LAHIR': 'Surabaya',
      'TANGGAL LAHIR': '21-07-1990',
      'JENIS KELAMIN': 'P',
      AGAMA: 'Islam',
      'GOL AKHIR NAMA': 'III/a',
      'JABATAN NAMA': place.position,
      'UNOR NAMA': place.unit,
      'JENIS PEGAWAI': 'PNS',
      'NIP ATASAN': place.supervisorNip,
      EMAIL: `pegawai.impor.${sequence}@surabaya.go.id`,
      'NOMOR HP': `08123450${String(sequence).padStart(4, '0')}`,
    },
  };
}

/** Writes the rows as an .xlsx (sheet "Data", SIASN headers) in a temporary folder; its path. */
export async function writeRosterXlsx(fileName: string, rows: RosterRow[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Data');
  sheet.addRow([...SIASN_HEADERS]);
  for (const row of rows) sheet.addRow(SIASN_HEADERS.map((header) => row[header] ?? null));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-roster-'));
  const file = path.join(dir, fileName);
  await workbook.xlsx.writeFile(file);
  return file;
}

/** From the employee list (menu: Pegawai) to the import page. */
export async function openRosterImport(page: Page): Promise<void> {
  await clickNavLink(page, 'Pegawai');
  await page.waitForURL('**/pegawai');
  await page.getByRole('link', { name: 'Impor data pegawai' }).click();
  await page.waitForURL('**/pegawai/impor');
  await page.getByRole('heading', { name: 'Impor Data Pegawai' }).waitFor();
}

/** Chooses a file and waits for the dry run's table. */
export async function checkRosterFile(page: Page, file: string): Promise<void> {
  const before = await page.getByTestId('roster-check').count();
  await page.getByTestId('roster-file').setInputFiles(file);
  if (before > 0) await page.getByTestId('roster-check').waitFor({ state: 'detached' });
  await page.getByTestId('roster-check').waitFor();
}

/** The text of one row's details in the dry-run table, and its status. */
export async function rosterRow(page: Page, line: number) {
  const row = page.getByTestId(`roster-row-${line}`);
  await row.waitFor();
  return { status: await row.getAttribute('data-status'), text: await row.innerText() };
}

/** Saves the checked file after confirming; the result sentence. */
export async function commitRoster(page: Page): Promise<string> {
  await page.getByTestId('roster-commit').click();
  const dialog = page.getByTestId('confirm-dialog');
  await dialog.getByRole('button', { name: 'Ya, simpan' }).click();
  const saved = page.getByTestId('roster-saved');
  await saved.waitFor();
  return saved.innerText();
}

/** On the employee list, HR downloads the roster; the saved file's name and path. */
export async function downloadRoster(page: Page, folder: string) {
  await clickNavLink(page, 'Pegawai');
  await page.waitForURL('**/pegawai');
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh daftar pegawai (.xlsx)' }).click(),
  ]);
  const target = path.join(folder, file.suggestedFilename());
  await file.saveAs(target);
  return { name: file.suggestedFilename(), path: target };
}
