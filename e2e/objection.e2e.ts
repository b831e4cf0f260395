import { Evaluation } from '../api/src/modules/evaluation/evaluation.entity';
import { createApiClient } from './support/api';
import { horizontalOverflow, screenshot } from './support/browser';
import { clickNavLink, useBrowserSession } from './support/session';

jest.setTimeout(150_000);

// Issue #15: an employee files a keberatan against a FINAL annual evaluation, the pejabat penilai
// responds, the atasan pejabat penilai decides it on the Keberatan page (on a phone), and the
// employee sees the revised evaluation and the notice.
const session = useBrowserSession();

interface Situation {
  evaluationId: number;
  employeeUser: string;
  evaluatorUser: string;
  atasanUser: string;
  employeeName: string;
  revision: number;
}

let situation: Situation;

beforeAll(async () => {
  const ds = session.server.dataSource;
  // A FINAL annual evaluation in force, without an objection, whose evaluator has a supervisor in
  // the system; the seed's are from past years, so it is made final yesterday (inside 14 days).
  const [row] = await ds.query(
    `SELECT e.id AS evaluationId, e.revision AS revision, acc.username AS employeeUser, evAcc.username AS evaluatorUser,
            supAcc.username AS atasanUser, emp.name AS employeeName
       FROM evaluation e
       JOIN employee emp ON emp.id = e.employeeId
       JOIN employee ev ON ev.id = e.evaluatorId
       JOIN account acc ON acc.employeeId = e.employeeId AND acc.active = 1
       JOIN account evAcc ON evAcc.employeeId = ev.id AND evAcc.active = 1
       JOIN account supAcc ON supAcc.employeeId = ev.supervisorId AND supAcc.active = 1
      WHERE e.period = 'ANNUAL' AND e.status IN ('FINAL', 'ACKNOWLEDGED')
        AND e.supersededAt IS NULL AND e.predicate <> 'SANGAT_BAIK' AND emp.active = 1
        AND NOT EXISTS (SELECT 1 FROM objection o WHERE o.evaluationId = e.id)
      ORDER BY e.id DESC LIMIT 1`,
  );
  expect(row).toBeDefined();
  situation = { ...row, evaluationId: Number(row.evaluationId), revision: Number(row.revision) };
  await ds
    .getRepository(Evaluation)
    .update(situation.evaluationId, { finalizedAt: new Date(Date.now() - 24 * 3600 * 1000) });
}, 60_000);

test('an employee files a keberatan, the atasan decides it on Keberatan, the employee sees the revision and the notice', async () => {
  const { evaluationId, employeeUser, evaluatorUser, atasanUser, employeeName } = situation;

  // The employee files it from Penilaian Saya.
  const employee = await session.signedInPage(employeeUser);
  // The link Beranda and the inbox use: the earlier cycle is folded, this opens its year.
  await employee.goto(`${session.server.url}/penilaian-saya?evaluasi=${evaluationId}`);
  const view = employee.locator(`[data-evaluation-id="${evaluationId}"]`);
  await view.getByRole('button', { name: 'Ajukan keberatan' }).click();
  const fileDialog = employee.getByRole('dialog');
  await fileDialog
    .getByLabel('Alasan keberatan')
    .fill('Capaian tahunan saya tidak dipertimbangkan');
  await fileDialog.getByRole('button', { name: 'Ajukan keberatan' }).click();
  await view.getByTestId('objection').waitFor();
  await view.getByText('Keberatan diajukan.').waitFor();

  // The pejabat penilai responds (through the API: the response form has its own page test).
  const api = createApiClient(session.server.url);
  const { objectionsToRespond } = await api.as(
    evaluatorUser,
    '{ objectionsToRespond { edges { node { id version } } } }',
  );
  const waiting = objectionsToRespond.edges.map((edge: { node: object }) => edge.node);
  expect(waiting).toHaveLength(1);
  await api.as(
    evaluatorUser,
    'mutation ($id: ID!, $version: Int!) { respondToObjection(id: $id, response: "Capaian tahunan sudah dihitung sesuai laporan", version: $version) { id } }',
    waiting[0],
  );

  // The atasan decides it on a phone.
  const atasan = await session.signedInPage(atasanUser, 'phone');
  // On a phone the menu opens from its button.
  await atasan.getByRole('button', { name: 'Menu', exact: true }).click();
  await clickNavLink(atasan, 'Keberatan', { exact: true });
  await atasan.waitForURL('**/keberatan');
  const row = atasan.getByTestId('objection-row').filter({ hasText: employeeName });
  await row.getByTestId('objection-days').getByText('Menunggu 0 hari').waitFor();
  await row.getByRole('link', { name: 'Putuskan' }).click();
  await atasan.getByTestId('objection-response').getByText('sudah dihitung').waitFor();
  await atasan.getByText('Kabulkan dengan nilai baru').click();
  await atasan.getByLabel('Rating hasil kerja baru').selectOption('DI_ATAS_EKSPEKTASI');
  await atasan.getByLabel('Rating perilaku kerja baru').selectOption('DI_ATAS_EKSPEKTASI');
  expect(await atasan.getByTestId('predicate-preview-value').textContent()).toBe('Sangat Baik');
  await atasan.getByLabel('Alasan keputusan').fill('Bukti realisasi tahunan lengkap dan valid');
  expect(await horizontalOverflow(atasan)).toBeLessThanOrEqual(0);
  await screenshot(atasan, 'objection-decision-phone', { fullPage: true });
  await atasan.getByRole('button', { name: 'Simpan keputusan' }).click();
  await atasan.getByRole('dialog').getByRole('button', { name: 'Ya, simpan keputusan' }).click();
  await atasan.getByText('Keputusan tersimpan').waitFor();
  await atasan.getByTestId('objection-outcome').getByText('Dikabulkan').waitFor();
  // Back on the list it no longer waits: it heads what has been decided.
  await atasan.getByRole('link', { name: 'Kembali ke daftar keberatan' }).click();
  await atasan
    .getByTestId('decided-objection')
    .first()
    .filter({ hasText: employeeName })
    .getByText('Dikabulkan')
    .waitFor();
  expect(await atasan.getByTestId('objection-row').filter({ hasText: employeeName }).count()).toBe(
    0,
  );

  // The employee sees the revision in force and the notice.
  await employee.reload();
  const revised = employee
    .getByTestId('evaluation-view')
    .filter({ hasText: `Revisi ${situation.revision + 1}` });
  await revised.getByTestId('evaluation-predicate').getByText('Sangat Baik').waitFor();
  await view.getByTestId('replaced-badge').waitFor();
  await employee
    .getByTestId('notification')
    .filter({ hasText: 'Keberatan Anda dikabulkan: Bukti realisasi tahunan lengkap dan valid' })
    .first()
    .waitFor();
  await screenshot(employee, 'objection-revised-desktop', { fullPage: true });
});
