import {
  changeForcedPassword,
  createEmployeeAsHr,
  firstSignIn,
  openMySkp,
  resetPasswordAsHr,
  submitLogin,
} from './support/accounts';
import { horizontalOverflow, screenshot } from './support/browser';
import { DEMO_PASSWORD } from './support/server';
import { useBrowserSession } from './support/session';

jest.setTimeout(120_000);

const session = useBrowserSession();
const NEW_PASSWORD = 'Kecapi-Lembayung-47-Wajan';

describe('accounts', () => {
  test('the login page tells what to do when a password is forgotten', async () => {
    const page = await session.openPage('phone');
    await page.goto(`${session.server.url}/login`);
    expect(await page.getByTestId('login-forgot').textContent()).toContain(
      'Subbagian Umum dan Kepegawaian',
    );
    await page.context().close();
  });

  test('HR resets a password; the employee signs in with it, must change it, then sees their SKP', async () => {
    const staff = session.server.people.aStaffOfThatKasi;
    const hr = await session.signedInPage('admin');
    const oneTimePassword = await resetPasswordAsHr(hr, staff.username);
    expect(oneTimePassword).toMatch(/^\w{4}-\w{4}-\w{4}$/);
    await screenshot(hr, 'accounts-reset-desktop');

    const page = await session.openPage('phone');
    // The demo password no longer works.
    await submitLogin(page, session.server.url, staff.username, DEMO_PASSWORD);
    await page.getByTestId('login-error').waitFor();

    await submitLogin(page, session.server.url, staff.username, oneTimePassword);
    await page.waitForURL('**/ganti-kata-sandi');
    // Nothing else opens until the password is changed.
    await page.goto(`${session.server.url}/skp`);
    await page.waitForURL('**/ganti-kata-sandi');
    await screenshot(page, 'change-password-forced-phone');

    await changeForcedPassword(page, session.server.url, {
      oneTimePassword,
      newPassword: NEW_PASSWORD,
    });
    await openMySkp(page);
    expect(page.url()).toMatch(/\/skp$/);
    await hr.context().close();
    await page.context().close();
  });

  test('HR adds an employee; the new account signs in with its one-time password', async () => {
    const kasi = session.server.people.aKasi;
    const hr = await session.signedInPage('admin');
    const unitAndPosition = await session.server.dataSource.query(
      'SELECT u.name AS unit, p.title AS position FROM employee e JOIN org_unit u ON u.id = e.unitId JOIN position p ON p.id = e.positionId WHERE e.id = ?',
      [session.server.people.aStaffOfThatKasi.employeeId],
    );
    const nip = '199502142022032001';
    const oneTimePassword = await createEmployeeAsHr(hr, {
      nip,
      name: 'Dewi Anggraini',
      gender: 'PEREMPUAN',
      birthDate: '1995-02-14',
      employmentType: 'PNS',
      rank: 'II/c',
      unit: unitAndPosition[0].unit,
      position: unitAndPosition[0].position,
      supervisor: kasi.name,
    });
    await screenshot(hr, 'employee-created-desktop');
    const page = await session.openPage('desktop');
    await firstSignIn(page, session.server.url, {
      username: nip,
      oneTimePassword,
      newPassword: NEW_PASSWORD,
    });
    await openMySkp(page);
    await hr.context().close();
    await page.context().close();
  });

  test('the accounts and employee pages fit a phone', async () => {
    const staff = session.server.people.aStaffOfThatKasi;
    const hr = await session.signedInPage('admin', 'phone');
    await hr.goto(`${session.server.url}/akun`);
    await hr.getByTestId('accounts-table').waitFor();
    expect(await horizontalOverflow(hr)).toBe(0);
    await screenshot(hr, 'accounts-phone');
    await hr.goto(`${session.server.url}/pegawai/${staff.employeeId}/ubah`);
    await hr.getByTestId('deactivate-form').waitFor();
    expect(await horizontalOverflow(hr)).toBe(0);
    await screenshot(hr, 'employee-edit-phone', { fullPage: true });
    await hr.context().close();
  });
});
