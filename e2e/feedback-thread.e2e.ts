import { horizontalOverflow, screenshot } from './support/browser';
import { useBrowserSession } from './support/session';

jest.setTimeout(120_000);

// Issue #15 item 4: a staff member gives feedback upward to their supervisor (offered in the
// composer), the supervisor answers in the thread, and the staff member reads the answer under
// the item and finds the reply notice in the inbox — on a phone.
const session = useBrowserSession();

let staffUser: string;
let supervisorUser: string;
let supervisorName: string;

beforeAll(async () => {
  const [row] = await session.server.dataSource.query(
    `SELECT acc.username AS staffUser, supAcc.username AS supervisorUser, sup.name AS supervisorName
       FROM employee emp
       JOIN employee sup ON sup.id = emp.supervisorId AND sup.active = 1
       JOIN account acc ON acc.employeeId = emp.id AND acc.active = 1
       JOIN account supAcc ON supAcc.employeeId = sup.id AND supAcc.active = 1
      WHERE emp.active = 1 AND sup.supervisorId IS NOT NULL
      ORDER BY emp.id LIMIT 1`,
  );
  expect(row).toBeDefined();
  ({ staffUser, supervisorUser, supervisorName } = row);
}, 60_000);

test('feedback goes upward and is answered in its thread', async () => {
  const text = 'Mohon arahan prioritas layanan minggu depan';
  const staff = await session.signedInPage(staffUser, 'phone');
  await staff.goto(`${session.server.url}/umpan-balik?tab=compose`);
  await staff
    .getByTestId('supervisor-recipients')
    .getByRole('button', { name: supervisorName })
    .click();
  await staff.getByTestId('chosen-recipient').getByText(supervisorName).waitFor();
  await staff.getByLabel('Isi umpan balik').fill(text);
  await staff.getByRole('button', { name: 'Kirim', exact: true }).click();
  await staff.getByRole('status').getByText('Umpan balik terkirim.').waitFor();

  const supervisor = await session.signedInPage(supervisorUser);
  await supervisor.goto(`${session.server.url}/umpan-balik`);
  const received = supervisor.getByTestId('feedback-entry').filter({ hasText: text });
  await received.getByRole('button', { name: 'Balas' }).click();
  await received.getByLabel('Balasan Anda').fill('Prioritaskan antrean KTP elektronik');
  await received.getByRole('button', { name: 'Kirim balasan' }).click();
  await received
    .getByTestId('feedback-replies')
    .getByText('Prioritaskan antrean KTP elektronik')
    .waitFor();

  await staff.goto(`${session.server.url}/umpan-balik?tab=sent`);
  const sent = staff.getByTestId('feedback-entry').filter({ hasText: text });
  await sent
    .getByTestId('feedback-replies')
    .getByText('Prioritaskan antrean KTP elektronik')
    .waitFor();
  expect(await horizontalOverflow(staff)).toBeLessThanOrEqual(0);
  await screenshot(staff, 'feedback-thread-phone', { fullPage: true });

  await staff.goto(`${session.server.url}/penilaian-saya`);
  await staff
    .getByTestId('notification')
    .filter({ hasText: 'Balasan umpan balik' })
    .first()
    .waitFor();
  await staff.getByTestId('inbox').scrollIntoViewIfNeeded();
  await screenshot(staff, 'inbox-phone');
});
