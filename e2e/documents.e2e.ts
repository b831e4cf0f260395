import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { DemoPerson } from '../seeds/demo-facts';
import { type ApiClient, createApiClient, ensureSkpChain, type SkpChain } from './support/api';
import { horizontalOverflow, screenshot } from './support/browser';
import { clickNavLink, useBrowserSession } from './support/session';

jest.setTimeout(120_000);

const session = useBrowserSession();
let api: ApiClient;
let chain: SkpChain;
let downloads: string;

const ANNEX = {
  'Dukungan sumber daya': 'Laptop dan akses aplikasi e-Kinerja untuk pelaporan triwulan',
  'Skema pertanggungjawaban': 'Laporan bulanan kepada Kepala Seksi Pemerintahan',
  Konsekuensi: 'Tambahan penghasilan pegawai sesuai capaian kinerja',
};

beforeAll(async () => {
  api = createApiClient(session.server.url);
  chain = await ensureSkpChain(api, session.server.people);
  downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-downloads-'));
}, 180_000);
afterAll(() => fs.rmSync(downloads, { recursive: true, force: true }));

/** Clicks a download button and saves what the browser receives; its name and first bytes. */
async function download(page: Page, button: Locator) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const target = path.join(downloads, file.suggestedFilename());
  await file.saveAs(target);
  return { name: file.suggestedFilename(), path: target, head: readHead(target) };
}

function readHead(file: string): string {
  const bytes = fs.readFileSync(file);
  return bytes.subarray(0, 5).toString('latin1');
}

const PERIOD_ORDER = ['TW1', 'TW2', 'TW3', 'TW4', 'ANNUAL'];
interface OwnEvaluation {
  id: string;
  period: string;
  revision: number;
  status: string;
  cycle: { year: number };
}

/** The person's evaluations they read themselves (final ones), newest first as the page lists them. */
async function ownEvaluations(person: DemoPerson): Promise<OwnEvaluation[]> {
  const data = await api.as<{ evaluations: { edges: { node: OwnEvaluation }[] } }>(
    person.username,
    'query ($id: ID!) { evaluations(filter: { employeeId: $id }, first: 200) { edges { node { id period revision status cycle { year } } } } }',
    { id: String(person.employeeId) },
  );
  return data.evaluations.edges
    .map(({ node }) => node)
    .filter((evaluation) => evaluation.status !== 'DRAFT')
    .sort(
      (a, b) =>
        b.cycle.year - a.cycle.year ||
        PERIOD_ORDER.indexOf(b.period) - PERIOD_ORDER.indexOf(a.period) ||
        b.revision - a.revision,
    );
}

describe('official documents from the dashboard', () => {
  test('the staff member writes the SKP lampiran and downloads the SKP as SKP_<NIP>_<year>.pdf', async () => {
    const staff = await session.signedInPage(chain.staff.username);
    await clickNavLink(staff, 'SKP Saya');
    await staff.waitForURL('**/skp');
    await staff.getByTestId('plan-summary').waitFor();
    const annex = staff.getByRole('region', { name: 'Lampiran SKP' });
    for (const [label, text] of Object.entries(ANNEX)) await annex.getByLabel(label).fill(text);
    await annex.getByText(`${ANNEX.Konsekuensi.length}/2000 karakter`).waitFor();
    await annex.getByRole('button', { name: 'Simpan lampiran' }).click();
    await annex.getByText('Lampiran tersimpan.').waitFor();
    // From the top: a full-page shot scrolled down would print the sticky header mid-page.
    await staff.evaluate(() => window.scrollTo(0, 0));
    await screenshot(staff, 'documents-skp-annex-desktop', { fullPage: true });

    const skp = await download(staff, staff.getByRole('button', { name: 'Unduh SKP (PDF)' }));
    expect(skp.name).toBe(`SKP_${chain.staff.nip}_2026.pdf`);
    expect(skp.head).toBe('%PDF-');
    // The lampiran just saved is printed in the document.
    const text = execFileSync('pdftotext', ['-layout', skp.path, '-'], { encoding: 'utf8' });
    expect(text.replace(/\s+/g, ' ')).toContain(ANNEX['Skema pertanggungjawaban']);

    // On a phone the lampiran stacks without sideways scrolling.
    const phone = await session.signedInPage(chain.staff.username, 'phone');
    await phone.goto(`${session.server.url}/skp`);
    const phoneAnnex = phone.getByRole('region', { name: 'Lampiran SKP' });
    await phoneAnnex.getByLabel('Dukungan sumber daya').waitFor();
    expect(await phoneAnnex.getByLabel('Dukungan sumber daya').inputValue()).toBe(
      ANNEX['Dukungan sumber daya'],
    );
    await phoneAnnex.getByRole('heading', { name: 'Lampiran SKP' }).scrollIntoViewIfNeeded();
    expect(await horizontalOverflow(phone)).toBe(0);
    await screenshot(phone, 'documents-skp-annex-phone');
    await phone.context().close();
    await staff.context().close();
  });

  test('an employee downloads their evaluation document from Penilaian Saya', async () => {
    const people = session.server.people;
    let person: DemoPerson | undefined;
    let evaluations: OwnEvaluation[] = [];
    for (const candidate of [chain.staff, people.aStaffOfThatKasi, people.aKasi]) {
      evaluations = await ownEvaluations(candidate);
      if (evaluations.length > 0) {
        person = candidate;
        break;
      }
    }
    if (!person)
      throw new Error('Setup: no demo employee of the kasi’s line has a final evaluation');
    const newest = evaluations[0];
    const page = await session.signedInPage(person.username);
    await clickNavLink(page, 'Penilaian Saya');
    await page.waitForURL('**/penilaian-saya');
    const button = page.getByRole('button', { name: 'Unduh dokumen evaluasi (PDF)' }).first();
    await button.waitFor();
    const document = await download(page, button);
    const revision = newest.revision > 0 ? `_revisi${newest.revision}` : '';
    expect(document.name).toBe(
      `Evaluasi_${person.nip}_${newest.cycle.year}_${newest.period}${revision}.pdf`,
    );
    expect(document.head).toBe('%PDF-');
    await page.context().close();
  });
});
