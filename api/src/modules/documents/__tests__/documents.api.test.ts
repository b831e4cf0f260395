import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { createContext } from '../../../platform/graphql/context';
import { AuditLog } from '../../../platform/audit/audit-log.entity';
import { DRIVERS } from '../../../testing/databases';
import { FIXTURE_PASSWORD } from '../../../testing/fixtures';
import {
  type ApprovedPlan,
  createApprovedPlan,
  createCycle,
  createFinalEvaluation,
} from '../../../testing/plan-fixtures';
import { useSmallOrg } from '../../../testing/suite';
import { Period } from '../../cycle/cycle.enums';
import { DevelopmentActivity } from '../../development/development-activity.entity';
import { DevelopmentPlan } from '../../development/development-plan.entity';
import { ActivityKind, ActivityStatus } from '../../development/development.enums';
import { EvaluationFeedback } from '../../evaluation/evaluation-feedback.entity';
import { Evaluation } from '../../evaluation/evaluation.entity';
import { EvaluationStatus, Rating } from '../../evaluation/evaluation.enums';
import { Objection, ObjectionStatus } from '../../evaluation/objection.entity';
import { OrganizationPredicate } from '../../evaluation/organization-predicate.entity';
import { Indicator } from '../../plan/indicator.entity';
import { PerformancePlan } from '../../plan/performance-plan.entity';
import {
  IndicatorAggregation,
  IndicatorAspect,
  IndicatorDirection,
  PlanStatus,
  WorkTargetKind,
} from '../../plan/plan.enums';
import { WorkTarget } from '../../plan/work-target.entity';

const pdfText = (bytes: Buffer) => {
  const file = path.join(os.tmpdir(), `kinerja-doc-${process.pid}-${Date.now()}.pdf`);
  fs.writeFileSync(file, bytes);
  try {
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]) };
  } finally {
    fs.unlinkSync(file);
  }
};

// Each test renders several PDFs and workbooks over HTTP: on a loaded 2-core CI machine that takes
// longer than Jest's 5 s default.
jest.setTimeout(60_000);

describe.each(DRIVERS)('official documents and recaps on %s', (kind) => {
  const t = useSmallOrg(kind);
  let http: Server;
  let base: string;
  let cycleId: number;
  const plans: Record<string, ApprovedPlan> = {};
  const tokens: Record<string, string> = {};
  let annualA1: number;
  let tw1A1: number;
  let revisedA2: number;
  let draftA2Tw1: number;

  beforeAll(async () => {
    http = t.client.server.app.listen(0);
    await new Promise((resolve) => http.once('listening', resolve));
    base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    const ds = t.db.dataSource;
    const p = t.org.people;
    cycleId = await createCycle(ds, 2026);
    plans.camat = await createApprovedPlan(ds, { employeeId: p.camat.id, cycleId });
    plans.kasiA = await createApprovedPlan(ds, {
      employeeId: p.kasiA.id,
      cycleId,
      parentTargetId: plans.camat.targetId,
    });
    plans.kasiB = await createApprovedPlan(ds, {
      employeeId: p.kasiB.id,
      cycleId,
      parentTargetId: plans.camat.targetId,
    });
    plans.staffA1 = await createApprovedPlan(ds, {
      employeeId: p.staffA1.id,
      cycleId,
      parentTargetId: plans.kasiA.targetId,
    });
    plans.staffA2 = await createApprovedPlan(ds, {
      employeeId: p.staffA2.id,
      cycleId,
      parentTargetId: plans.kasiA.targetId,
    });
    await ds.getRepository(PerformancePlan).update(plans.staffA1.planId, {
      resourceSupport: 'Laptop dan akses aplikasi e-Kinerja',
      accountabilityScheme: 'Laporan bulanan kepada Kepala Seksi',
      consequences: 'Tambahan penghasilan sesuai capaian',
    });
    // Staff A2's SKP is a returned draft: it prints with the watermark.
    await ds
      .getRepository(PerformancePlan)
      .update(plans.staffA2.planId, { status: PlanStatus.RETURNED });
    // A long SKP for Staff A1: 14 more RHK of 3 indicators each, with quarter targets.
    for (let index = 0; index < 14; index += 1) {
      const target = await ds.getRepository(WorkTarget).insert({
        planId: plans.staffA1.planId,
        kind: index % 3 === 0 ? WorkTargetKind.TAMBAHAN : WorkTargetKind.UTAMA,
        description: `Menyusun laporan pelayanan administrasi kependudukan bagian ${index + 1} dengan kualitas yang terjamin dan tepat waktu`,
        parentTargetId: index % 3 === 0 ? null : plans.kasiA.targetId,
        sortOrder: index + 1,
      });
      await ds.getRepository(Indicator).insert(
        [IndicatorAspect.KUANTITAS, IndicatorAspect.KUALITAS, IndicatorAspect.WAKTU].map(
          (aspect) => ({
            workTargetId: Number(target.identifiers[0].id),
            aspect,
            description: `Jumlah dokumen ${aspect.toLowerCase()} yang diselesaikan sesuai standar pelayanan`,
            target: 12,
            unit: 'dokumen',
            direction: IndicatorDirection.HIGHER_IS_BETTER,
            aggregation: IndicatorAggregation.SUM,
            targetTw1: 3,
            targetTw2: 3,
            targetTw3: 3,
            targetTw4: 3,
          }),
        ),
      );
    }
    tw1A1 = await createFinalEvaluation(ds, plans.staffA1, {
      period: Period.TW1,
      resultRating: Rating.SESUAI_EKSPEKTASI,
      behaviorRating: Rating.SESUAI_EKSPEKTASI,
      achievement: 95,
    });
    annualA1 = await createFinalEvaluation(ds, plans.staffA1, {
      period: Period.ANNUAL,
      resultRating: Rating.DI_ATAS_EKSPEKTASI,
      behaviorRating: Rating.DI_ATAS_EKSPEKTASI,
      achievement: 112.5,
    });
    await ds.getRepository(Evaluation).update(annualA1, {
      summary: 'Kinerja sangat baik sepanjang tahun',
    });
    await ds.getRepository(EvaluationFeedback).insert({
      evaluationId: annualA1,
      workTargetId: plans.staffA1.targetId,
      coreValue: null,
      rating: null,
      text: 'Laporan selalu tepat waktu',
    });
    const developmentPlan = await ds
      .getRepository(DevelopmentPlan)
      .insert({ employeeId: p.staffA1.id, cycleId });
    await ds.getRepository(DevelopmentActivity).insert({
      planId: Number(developmentPlan.identifiers[0].id),
      employeeId: p.staffA1.id,
      kind: ActivityKind.TRAINING,
      title: 'Pelatihan Pelayanan Prima',
      reason: 'Penguatan pelayanan',
      jp: 12,
      status: ActivityStatus.DONE,
      createdById: p.kasiA.id,
    });
    // Staff A2: an annual evaluation revised after an upheld keberatan, and a TW1 draft.
    const original = await createFinalEvaluation(ds, plans.staffA2, {
      period: Period.ANNUAL,
      resultRating: Rating.DI_BAWAH_EKSPEKTASI,
      behaviorRating: Rating.SESUAI_EKSPEKTASI,
    });
    // The unique (plan, period, revision) key: park the original while the revision is written.
    await ds.getRepository(Evaluation).update(original, { revision: 9 });
    revisedA2 = await createFinalEvaluation(ds, plans.staffA2, {
      period: Period.ANNUAL,
      resultRating: Rating.SESUAI_EKSPEKTASI,
      behaviorRating: Rating.SESUAI_EKSPEKTASI,
    });
    await ds.getRepository(Evaluation).update(revisedA2, { revision: 1, revisionOfId: original });
    await ds.getRepository(Evaluation).update(original, { revision: 0, supersededAt: new Date() });
    await ds.getRepository(Objection).insert({
      evaluationId: original,
      employeeId: p.staffA2.id,
      reason: 'Capaian saya sudah sesuai target',
      status: ObjectionStatus.UPHELD,
      deciderId: p.camat.id,
      decisionReason: 'Bukti dukung lengkap',
      filedAt: new Date(),
      decidedAt: new Date('2027-01-20T03:00:00Z'),
      revisedEvaluationId: revisedA2,
    });
    draftA2Tw1 = await createFinalEvaluation(ds, plans.staffA2, {
      period: Period.TW1,
      resultRating: Rating.SESUAI_EKSPEKTASI,
      behaviorRating: Rating.SESUAI_EKSPEKTASI,
      status: EvaluationStatus.DRAFT,
    });
    await ds.getRepository(OrganizationPredicate).insert({
      unitId: t.org.units.unitA.id,
      cycleId,
      predicate: 'BAIK' as never,
      recordedAt: new Date('2027-01-10T03:00:00Z'),
    });
    for (const username of [
      'admin',
      'analis',
      'camat',
      p.kasiA.nip,
      p.kasiB.nip,
      p.staffA1.nip,
      p.staffA2.nip,
      p.staffB1.nip,
    ]) {
      tokens[username] = (
        await t.client.server.services.auth.login(username, FIXTURE_PASSWORD, '127.0.0.1')
      ).token;
    }
  }, 60_000);
  afterAll(() => new Promise((resolve) => http.close(resolve)));

  const get = (url: string, username?: string) =>
    fetch(`${base}${url}`, {
      headers: username ? { authorization: `Bearer ${tokens[username]}` } : {},
    });
  const bytes = async (response: Response) => Buffer.from(await response.arrayBuffer());

  it('prints the SKP with identity, RHK, quarter targets, behaviour, lampiran and signatures, over several pages', async () => {
    const p = t.org.people;
    const response = await get(`/documents/skp/${plans.staffA1.planId}.pdf`, p.staffA1.nip);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="SKP_${p.staffA1.nip}_2026.pdf"`,
    );
    const body = await bytes(response);
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    const { text, pages } = pdfText(body);
    for (const expected of [
      'SASARAN KINERJA PEGAWAI',
      'PERIODE PENILAIAN: 1 JANUARI – 31 DESEMBER 2026',
      'PENDEKATAN: KUANTITATIF',
      'PEGAWAI YANG DINILAI',
      'PEJABAT PENILAI KINERJA',
      p.staffA1.name,
      p.staffA1.nip,
      p.kasiA.name,
      p.kasiA.nip,
      'Pengatur (II/c)',
      'A. Utama',
      'B. Tambahan',
      `RHK utama pegawai ${p.staffA1.id}`,
      // The intervened RHK of the supervisor.
      `RHK utama pegawai ${p.kasiA.id}`,
      '(TW I: 3; TW II: 3;',
      'PERILAKU KERJA',
      'Berorientasi Pelayanan',
      'LAMPIRAN SASARAN KINERJA PEGAWAI',
      'Laptop dan akses aplikasi e-Kinerja',
      'Laporan bulanan kepada Kepala Seksi',
      'Tambahan penghasilan sesuai capaian',
      'Pegawai yang Dinilai',
      'Halaman 1 dari',
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain('belum ditetapkan');
    // 15 RHK of up to 3 IKI with the behaviour table and the lampiran: a few pages, not dozens.
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(10);
  });

  it('marks a returned SKP as DRAFT', async () => {
    const response = await get(`/documents/skp/${plans.staffA2.planId}.pdf`, 'admin');
    expect(response.status).toBe(200);
    const { text } = pdfText(await bytes(response));
    // The rotated DRAFT watermark itself is pinned by the builder's table test.
    expect(text).toContain('Status SKP: Dikembalikan — belum ditetapkan');
  });

  it('prints the Camat’s SKP with the pejabat penilai outside the kecamatan', async () => {
    const { text } = pdfText(
      await bytes(await get(`/documents/skp/${plans.camat.planId}.pdf`, 'camat')),
    );
    expect(text).toContain('Pejabat di luar kecamatan');
    expect(text).toContain('RHK Pemerintah Kota');
  });

  it('prints the annual evaluation with three identity blocks, the organisation predicate, ratings, matrix and predicate', async () => {
    const p = t.org.people;
    const response = await get(`/documents/evaluation/${annualA1}.pdf`, p.kasiA.nip);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Evaluasi_${p.staffA1.nip}_2026_ANNUAL.pdf"`,
    );
    const { text } = pdfText(await bytes(response));
    for (const expected of [
      'DOKUMEN EVALUASI KINERJA PEGAWAI',
      'PERIODE: AKHIR',
      'PEGAWAI YANG DINILAI',
      'PEJABAT PENILAI KINERJA',
      'ATASAN PEJABAT PENILAI',
      p.staffA1.name,
      p.kasiA.name,
      p.camat.name,
      'CAPAIAN KINERJA ORGANISASI',
      'BAIK (Seksi Pelayanan)',
      '112,50 %',
      'DI ATAS EKSPEKTASI',
      '[ Sangat Baik ]',
      'PREDIKAT KINERJA PEGAWAI',
      'SANGAT BAIK',
      'Kinerja sangat baik sepanjang tahun',
      'Laporan selalu tepat waktu',
      'Pelatihan Pelayanan Prima (12 JP, selesai)',
    ])
      expect(text).toContain(expected);
    const quarter = pdfText(await bytes(await get(`/documents/evaluation/${tw1A1}.pdf`, 'admin')));
    expect(quarter.text).toContain('PERIODE: TRIWULAN I');
  });

  it('says a revised evaluation follows a keberatan and refers to the earlier one', async () => {
    const p = t.org.people;
    const response = await get(`/documents/evaluation/${revisedA2}.pdf`, p.staffA2.nip);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('_ANNUAL_revisi1.pdf');
    const { text } = pdfText(await bytes(response));
    expect(text).toContain('EVALUASI HASIL KEBERATAN');
    expect(text).toContain('Butuh Perbaikan');
    expect(text).toContain('Bukti dukung lengkap');
    expect(text).toContain('Atasan Pejabat Penilai Kinerja');
  });

  it('prints the organisation predicate with the curve for the Camat and HR only', async () => {
    const url = `/documents/organization-predicate/${t.org.units.unitA.id}/${cycleId}.pdf`;
    const response = await get(url, 'camat');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Predikat_Organisasi_Seksi-Pelayanan_2026.pdf"`,
    );
    const { text } = pdfText(await bytes(response));
    for (const expected of [
      'PENETAPAN PREDIKAT KINERJA ORGANISASI',
      'Seksi Pelayanan',
      'BAIK',
      t.org.people.camat.name,
      'KURVA DISTRIBUSI',
      'Kesesuaian dengan kurva distribusi',
      // Each rule in the document's language (the API's `detail` is English).
      'ketentuan: paling banyak',
    ])
      expect(text).toContain(expected);
    expect(text).not.toMatch(/ of \d+ |the curve for|allows/);
    expect((await get(url, 'admin')).status).toBe(200);
    for (const who of [t.org.people.kasiA.nip, t.org.people.staffA1.nip, 'analis'])
      expect((await get(url, who)).status).toBe(403);
    expect((await get(url)).status).toBe(401);
    expect(
      (await get(`/documents/organization-predicate/999999/${cycleId}.pdf`, 'admin')).status,
    ).toBe(404);
  });

  it('authorises every document URL as the GraphQL data: owner, evaluator chain, Camat and HR yes; colleague, analyst, no token no', async () => {
    const p = t.org.people;
    const cases: [string, Record<string, number>][] = [
      [
        `/documents/skp/${plans.staffA1.planId}.pdf`,
        {
          [p.staffA1.nip]: 200,
          [p.kasiA.nip]: 200,
          camat: 200,
          admin: 200,
          [p.staffA2.nip]: 404,
          [p.staffB1.nip]: 404,
          [p.kasiB.nip]: 404,
          analis: 403,
        },
      ],
      // Staff see their superiors' RHK in the cascade, not their whole SKP.
      [`/documents/skp/${plans.kasiA.planId}.pdf`, { [p.staffA1.nip]: 403, [p.kasiA.nip]: 200 }],
      [
        `/documents/evaluation/${annualA1}.pdf`,
        {
          [p.staffA1.nip]: 200,
          [p.kasiA.nip]: 200,
          camat: 200,
          admin: 200,
          [p.staffA2.nip]: 404,
          [p.kasiB.nip]: 404,
          analis: 403,
        },
      ],
      // A draft stays with the evaluator's chain until final.
      [
        `/documents/evaluation/${draftA2Tw1}.pdf`,
        { [p.staffA2.nip]: 404, [p.kasiA.nip]: 200, admin: 200 },
      ],
    ];
    for (const [url, expected] of cases) {
      const actual: Record<string, number> = {};
      for (const who of Object.keys(expected)) actual[who] = (await get(url, who)).status;
      expect({ url, actual }).toEqual({ url, actual: expected });
      const anonymous = await get(url);
      expect(anonymous.status).toBe(401);
      expect(
        ((await anonymous.json()) as { errors: { extensions: { code: string } }[] }).errors[0]
          .extensions.code,
      ).toBe('UNAUTHENTICATED');
      expect(
        (await fetch(`${base}${url}`, { headers: { authorization: 'Bearer nope' } })).status,
      ).toBe(401);
    }
    const refused = await get(`/documents/skp/${plans.staffA1.planId}.pdf`, 'analis');
    expect(refused.headers.get('content-type')).toMatch(/application\/json/);
    expect(await refused.json()).toMatchObject({
      errors: [{ extensions: { code: 'FORBIDDEN', reason: 'DOCUMENT_FORBIDDEN' } }],
    });
    expect((await get('/documents/skp/abc.pdf', 'admin')).status).toBe(400);
    expect((await get('/documents/skp/999999.pdf', 'admin')).status).toBe(404);
  });

  it('audits each download as a read of a personnel document', async () => {
    const audits = t.db.dataSource.getRepository(AuditLog);
    const before = await audits.countBy({ action: 'document.read' });
    await get(`/documents/evaluation/${annualA1}.pdf`, 'admin');
    await get(`/documents/evaluation/${annualA1}.pdf`, t.org.people.staffA2.nip);
    const rows = await audits.find({ where: { action: 'document.read' }, order: { id: 'DESC' } });
    expect(rows.length).toBe(before + 1);
    expect(rows[0]).toMatchObject({ entity: 'Evaluation', entityId: String(annualA1) });
    expect(rows[0].after).toMatchObject({ kind: 'EVALUATION', period: 'ANNUAL' });
  });

  async function readSheet(body: Buffer, name: string) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as never);
    const sheet = workbook.getWorksheet(name)!;
    const rows: unknown[][] = [];
    sheet.eachRow((row, number) => {
      if (number > 4) rows.push((row.values as unknown[]).slice(1));
    });
    return { sheet, rows };
  }

  it('exports the kecamatan recap that matches the GraphQL data row by row, with frozen headers and formats', async () => {
    const response = await get(`/exports/recap.xlsx?cycleId=${cycleId}&period=ANNUAL`, 'admin');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="Rekap_Kinerja_Kecamatan-Uji_2026_ANNUAL.xlsx"',
    );
    const { sheet, rows } = await readSheet(await bytes(response), 'Rekap Kinerja');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4, xSplit: 3 });
    expect(sheet.getRow(4).getCell(2).value).toBe('NIP');
    // The title's date as the rest of the document writes dates ("Dibuat 7 Desember 2026").
    expect(sheet.getRow(3).getCell(1).text).toMatch(
      /^Dibuat \d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}$/,
    );
    expect(sheet.getColumn(8).numFmt).toBe('0.00');
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual(20);
    const graph = await t.client.as(
      'admin',
      `query ($c: ID!) { evaluations(filter: { cycleId: $c, period: ANNUAL }, first: 200) { edges { node {
        employee { nip name } resultRating behaviorRating predicate achievement status } } } }`,
      { c: String(cycleId) },
    );
    const byNip = new Map(
      (graph.data!.evaluations.edges as { node: Record<string, any> }[]).map(({ node }) => [
        node.employee.nip,
        node,
      ]),
    );
    expect(rows).toHaveLength(6);
    const labels: Record<string, string> = {
      SANGAT_BAIK: 'Sangat Baik',
      BAIK: 'Baik',
      DI_ATAS_EKSPEKTASI: 'Di Atas Ekspektasi',
      SESUAI_EKSPEKTASI: 'Sesuai Ekspektasi',
      FINAL: 'Final',
    };
    for (const row of rows) {
      const evaluation = byNip.get(String(row[1]));
      expect({ nip: row[1], predicate: row[10] ?? null }).toEqual({
        nip: row[1],
        predicate: evaluation ? labels[evaluation.predicate] : null,
      });
      if (!evaluation) continue;
      expect(row[2]).toBe(evaluation.employee.name);
      expect(row[7] ?? null).toBe(evaluation.achievement);
      expect(row[8]).toBe(labels[evaluation.resultRating]);
      expect(row[9]).toBe(labels[evaluation.behaviorRating]);
      expect(row[11]).toBe(labels[evaluation.status]);
    }
    const a1 = rows.find((row) => row[1] === t.org.people.staffA1.nip)!;
    expect(a1[13]).toBe(12);
    const pending = await readSheet(
      await bytes(await get(`/exports/recap.xlsx?cycleId=${cycleId}`, 'admin')),
      'Belum Mengisi-Dinilai',
    );
    expect(pending.rows.map((row) => row[2])).toEqual(
      expect.arrayContaining([t.org.people.staffB1.name, t.org.people.kasiB.name]),
    );
  });

  it('limits a supervisor’s recap to their line, refuses analysts and checks its parameters', async () => {
    const p = t.org.people;
    const response = await get(`/exports/recap.xlsx?cycleId=${cycleId}&period=ANNUAL`, p.kasiA.nip);
    expect(response.status).toBe(200);
    const { rows } = await readSheet(await bytes(response), 'Rekap Kinerja');
    // Their own line and themselves, never Seksi Trantib.
    expect(rows.map((row) => row[1]).sort()).toEqual(
      [p.kasiA.nip, p.staffA1.nip, p.staffA2.nip].sort(),
    );
    const unitB = await get(
      `/exports/recap.xlsx?cycleId=${cycleId}&unitId=${t.org.units.unitB.id}`,
      'camat',
    );
    expect(
      (await readSheet(await bytes(unitB), 'Rekap Kinerja')).rows.map((row) => row[1]).sort(),
    ).toEqual([p.kasiB.nip, p.staffB1.nip].sort());
    expect((await get(`/exports/recap.xlsx?cycleId=${cycleId}`, 'analis')).status).toBe(403);
    expect((await get(`/exports/recap.xlsx?cycleId=${cycleId}`)).status).toBe(401);
    expect((await get(`/exports/recap.xlsx?cycleId=x`, 'admin')).status).toBe(400);
    expect((await get(`/exports/recap.xlsx?cycleId=${cycleId}&period=TW9`, 'admin')).status).toBe(
      400,
    );
    expect((await get(`/exports/recap.xlsx?cycleId=999999`, 'admin')).status).toBe(404);
  });

  it('exports the JP recap against the 20 JP right', async () => {
    const response = await get(`/exports/jp-recap.xlsx?cycleId=${cycleId}`, 'admin');
    expect(response.status).toBe(200);
    const { rows } = await readSheet(await bytes(response), 'Rekap JP');
    const a1 = rows.find((row) => row[1] === t.org.people.staffA1.nip)!;
    expect(a1.slice(7, 10)).toEqual([12, 12, 8]);
    expect(rows).toHaveLength(6);
  });

  it('dates each evaluation of the recap on its Asia/Jakarta calendar day, not the UTC one', async () => {
    const ds = t.db.dataSource;
    const p = t.org.people;
    // 20:00 UTC on 5 October is 03:00 on 6 October in Jakarta: finalised, and a draft's last edit.
    await ds.query('UPDATE evaluation SET finalizedAt = ? WHERE id = ?', [
      '2026-10-05 20:00:00.000',
      tw1A1,
    ]);
    await ds.query('UPDATE evaluation SET updatedAt = ? WHERE id = ?', [
      '2026-10-05 20:00:00.000',
      draftA2Tw1,
    ]);
    const response = await get(`/exports/recap.xlsx?cycleId=${cycleId}&period=TW1`, 'admin');
    expect(response.status).toBe(200);
    const { sheet, rows } = await readSheet(await bytes(response), 'Rekap Kinerja');
    expect(sheet.getRow(4).getCell(13).value).toBe('Tanggal Penilaian');
    const dateOf = (nip: string) => rows.find((row) => row[1] === nip)![12];
    expect(dateOf(p.staffA1.nip)).toEqual(new Date('2026-10-06T00:00:00Z'));
    expect(dateOf(p.staffA2.nip)).toEqual(new Date('2026-10-06T00:00:00Z'));
  });

  it('reads a recap in a constant number of statements however many people it holds', async () => {
    const services = t.client.server.services;
    const viewer = await t.client.viewer('admin');
    const context = createContext({
      dataSource: t.db.dataSource,
      viewer,
      clientAddress: '127.0.0.1',
    });
    t.db.queries.reset();
    await services.documents.recap(context, {
      cycleId: String(cycleId),
      unitId: String(t.org.units.unitA.id),
      period: 'ANNUAL',
    });
    const unitA = t.db.queries.count;
    t.db.queries.reset();
    await services.documents.recap(context, {
      cycleId: String(cycleId),
      unitId: undefined,
      period: 'ANNUAL',
    });
    expect(t.db.queries.count).toBe(unitA);
  });
});
