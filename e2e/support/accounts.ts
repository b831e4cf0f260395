import type { Page } from 'playwright-core';
import { clickNavLink } from './session';

// Browser steps of HR's account work and of an employee's first sign-in, reusable by any flow
// (a later combined test chains them: import → reset → first sign-in → SKP).

/** Fills the login form and submits it; does not wait for where it leads. */
export async function submitLogin(page: Page, url: string, username: string, password: string) {
  await page.goto(`${url}/login`);
  await page.getByLabel('NIP atau nama pengguna').fill(username);
  await page.getByLabel('Kata sandi', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
}

/**
 * HR (already signed in) resets the password of the account `username` from the accounts page,
 * confirms, and returns the one-time password shown once.
 */
export async function resetPasswordAsHr(page: Page, username: string): Promise<string> {
  await clickNavLink(page, 'Akun pengguna');
  await page.waitForURL('**/akun');
  await page.getByLabel('Cari nama pengguna, nama, atau NIP').fill(username);
  const row = page.getByTestId(`account-${username}`);
  await row.waitFor();
  // The search is debounced: wait until the table holds only this account.
  await page.waitForFunction(
    () => document.querySelectorAll('[data-testid="accounts-table"] tbody tr').length === 1,
  );
  await row.getByRole('button', { name: 'Atur ulang kata sandi' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Atur ulang kata sandi' }).click();
  const value = page.getByTestId('one-time-password-value');
  await value.waitFor();
  return (await value.textContent())!.trim();
}

export interface NewEmployeeFields {
  nip: string;
  name: string;
  gender: 'LAKI_LAKI' | 'PEREMPUAN';
  birthDate: string;
  employmentType: 'PNS' | 'PPPK';
  rank: string;
  /** Visible option texts of the unit, position and supervisor selects. */
  unit: string;
  position: string;
  supervisor: string;
}

/** HR (already signed in) adds an employee from the directory; returns the one-time password. */
export async function createEmployeeAsHr(page: Page, fields: NewEmployeeFields): Promise<string> {
  await clickNavLink(page, 'Pegawai');
  await page.getByTestId('add-employee').click();
  await page.waitForURL('**/pegawai/baru');
  const form = page.getByTestId('employee-form');
  await form.waitFor();
  await form.getByLabel('NIP').fill(fields.nip);
  await form.getByLabel('Nama').fill(fields.name);
  await form.getByLabel('Jenis kelamin').selectOption(fields.gender);
  await form.getByLabel('Tanggal lahir').fill(fields.birthDate);
  await form.getByLabel('Jenis kepegawaian').selectOption(fields.employmentType);
  await form.getByLabel('Golongan/ruang').selectOption(fields.rank);
  await form.getByLabel('Unit kerja').selectOption({ label: fields.unit });
  await form.getByLabel('Jabatan').selectOption({ label: fields.position });
  await form.getByLabel('Atasan langsung').selectOption({ label: fields.supervisor });
  await form.getByRole('button', { name: 'Tambah pegawai' }).click();
  const value = page.getByTestId('one-time-password-value');
  await value.waitFor();
  return (await value.textContent())!.trim();
}

/**
 * On the forced change page (signed in with a one-time password): sets `newPassword` and ends on
 * the home page with the new session.
 */
export async function changeForcedPassword(
  page: Page,
  url: string,
  { oneTimePassword, newPassword }: { oneTimePassword: string; newPassword: string },
) {
  await page.waitForURL('**/ganti-kata-sandi');
  const form = page.getByTestId('change-password-form');
  await form.getByLabel('Kata sandi sekali pakai', { exact: true }).fill(oneTimePassword);
  await form.getByLabel('Kata sandi baru', { exact: true }).fill(newPassword);
  await form.getByLabel('Ulangi kata sandi baru', { exact: true }).fill(newPassword);
  await form.getByRole('button', { name: 'Simpan kata sandi' }).click();
  await page.waitForURL(`${url}/`);
}

/** The employee signs in with a one-time password and is made to change it (see above). */
export async function firstSignIn(
  page: Page,
  url: string,
  {
    username,
    oneTimePassword,
    newPassword,
  }: { username: string; oneTimePassword: string; newPassword: string },
) {
  await submitLogin(page, url, username, oneTimePassword);
  await changeForcedPassword(page, url, { oneTimePassword, newPassword });
}

/** Opens SKP Saya from the menu and waits for the page's heading. */
export async function openMySkp(page: Page) {
  // On a phone the menu is opened first, so the link is in the page whatever the menu renders.
  await page.getByTestId('current-user-name').waitFor({ state: 'attached' });
  const menuButton = page.getByRole('button', { name: 'Menu', exact: true });
  if (await menuButton.isVisible()) await menuButton.click();
  await clickNavLink(page, 'SKP Saya');
  await page.waitForURL('**/skp');
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}
