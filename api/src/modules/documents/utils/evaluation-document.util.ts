import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { EvaluationDocumentModel } from '../document.model';
import {
  formatIndonesianDate,
  formatPercent,
  heading,
  identityTable,
  labelOf,
  page,
  periodHeading,
  signatureBlock,
} from './document-layout.util';

const RESULT_ROWS = ['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'];
const BEHAVIOR_COLUMNS = ['DI_BAWAH_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI'];
// PermenPANRB 6/2022's matrix: rows result, columns behaviour.
const MATRIX: Record<string, string[]> = {
  DI_ATAS_EKSPEKTASI: ['KURANG', 'BAIK', 'SANGAT_BAIK'],
  SESUAI_EKSPEKTASI: ['KURANG', 'BAIK', 'BAIK'],
  DI_BAWAH_EKSPEKTASI: ['SANGAT_KURANG', 'BUTUH_PERBAIKAN', 'BUTUH_PERBAIKAN'],
};

/** The predicate matrix with the evaluation's cell marked (the matrix position). */
export function matrixTable(resultRating: string, behaviorRating: string): Content {
  const body: TableCell[][] = [
    [
      { text: 'Hasil Kerja (baris) / Perilaku Kerja (kolom)', style: 'tableHeader' },
      ...BEHAVIOR_COLUMNS.map((column) => ({ text: labelOf(column), style: 'tableHeader' })),
    ],
    ...RESULT_ROWS.map((row) => [
      { text: labelOf(row), bold: true },
      ...BEHAVIOR_COLUMNS.map((column, index) => {
        const here = row === resultRating && column === behaviorRating;
        const cell = labelOf(MATRIX[row][index]);
        return here
          ? { text: `[ ${cell} ]`, bold: true, fillColor: '#cfe3f5' }
          : { text: cell, color: '#666666' };
      }),
    ]),
  ];
  return { table: { headerRows: 1, widths: [120, '*', '*', '*'], body }, fontSize: 8 };
}

/** The Dokumen Evaluasi Kinerja Pegawai of one period (TRIWULAN I–IV or AKHIR). */
export function buildEvaluationDocument(model: EvaluationDocumentModel): TDocumentDefinitions {
  const title = `Evaluasi Kinerja ${model.employee.name} ${labelOf(model.period)} ${model.year}`;
  const revisionNote: Content[] = model.revision
    ? [
        {
          text: `EVALUASI HASIL KEBERATAN (revisi ke-${model.revision.number}): menggantikan evaluasi nomor ${model.revision.earlierEvaluationId} dengan predikat ${labelOf(model.revision.earlierPredicate)}${model.revision.decidedOn ? `, diputuskan ${formatIndonesianDate(model.revision.decidedOn)}` : ''}.${model.revision.decisionReason ? ` Alasan: ${model.revision.decisionReason}` : ''}`,
          style: 'note',
          margin: [0, 6, 0, 0],
        },
      ]
    : [];
  const supersededNote: Content[] = model.supersededOn
    ? [
        {
          text: `Evaluasi ini telah diganti karena keberatan yang dikabulkan pada ${formatIndonesianDate(model.supersededOn)}.`,
          style: 'note',
          margin: [0, 6, 0, 0],
        },
      ]
    : [];
  const content: Content[] = [
    ...heading(model.agency, 'DOKUMEN EVALUASI KINERJA PEGAWAI', [
      periodHeading(model.period),
      `TAHUN ${model.year}`,
    ]),
    ...revisionNote,
    ...supersededNote,
    ...(model.status === 'DRAFT'
      ? [{ text: 'Status: Draf — belum final', style: 'note', alignment: 'center' as const }]
      : []),
    {
      columns: [
        identityTable('PEGAWAI YANG DINILAI', model.employee),
        identityTable(
          'PEJABAT PENILAI KINERJA',
          model.evaluator,
          'Pejabat di luar kecamatan (Pemerintah Kota)',
        ),
        identityTable(
          'ATASAN PEJABAT PENILAI KINERJA',
          model.evaluatorSupervisor,
          'Pejabat di luar kecamatan (Pemerintah Kota)',
        ),
      ],
      columnGap: 6,
      margin: [0, 10, 0, 0],
    },
    { text: 'CAPAIAN KINERJA ORGANISASI', style: 'section' },
    {
      text: model.organizationPredicate
        ? `${labelOf(model.organizationPredicate).toUpperCase()}${model.organizationUnit ? ` (${model.organizationUnit})` : ''}`
        : 'Belum ditetapkan',
      bold: true,
    },
    { text: 'HASIL EVALUASI KINERJA', style: 'section' },
    {
      table: {
        widths: [180, '*'],
        body: [
          ['Capaian hasil kerja', formatPercent(model.achievement)],
          ['Rating Hasil Kerja', labelOf(model.resultRating).toUpperCase()],
          ['Rating Perilaku Kerja', labelOf(model.behaviorRating).toUpperCase()],
        ].map(([label, value]) => [{ text: label, bold: true }, value]),
      },
    },
    { text: 'Posisi dalam matriks predikat', style: 'note', margin: [0, 6, 0, 2] },
    matrixTable(model.resultRating, model.behaviorRating),
    { text: 'PREDIKAT KINERJA PEGAWAI', style: 'section' },
    { text: labelOf(model.predicate).toUpperCase(), fontSize: 12, bold: true },
    { text: 'CATATAN/REKOMENDASI', style: 'section' },
    { text: model.summary ?? '–' },
    ...(model.feedback.length
      ? [
          {
            margin: [0, 6, 0, 0] as [number, number, number, number],
            table: {
              headerRows: 1,
              dontBreakRows: true,
              widths: [150, 80, '*'],
              body: [
                ['RHK / Perilaku', 'Rating', 'Umpan balik'].map((text) => ({
                  text,
                  style: 'tableHeader',
                })),
                ...model.feedback.map((row) => [row.subject, labelOf(row.rating), row.text]),
              ],
            },
            fontSize: 8,
          },
        ]
      : []),
    { text: 'Rekomendasi pengembangan', bold: true, margin: [0, 8, 0, 2] },
    model.developmentRecommendations.length
      ? { ul: model.developmentRecommendations }
      : { text: '–' },
    {
      columns: [
        signatureBlock('Pegawai yang Dinilai', model.employee, ' '),
        signatureBlock(
          'Pejabat Penilai Kinerja',
          model.evaluator,
          `${model.agency.place}, ${formatIndonesianDate(model.signedOn)}`,
        ),
        ...(model.objectionDecided
          ? [signatureBlock('Atasan Pejabat Penilai Kinerja', model.evaluatorSupervisor, ' ')]
          : []),
      ],
      margin: [0, 24, 0, 0],
      unbreakable: true,
    },
  ];
  return page({ draft: model.status === 'DRAFT', title, content });
}
