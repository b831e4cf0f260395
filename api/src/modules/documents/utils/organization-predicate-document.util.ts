import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { OrganizationPredicateDocumentModel } from '../document.model';
import {
  formatIndonesianDate,
  formatNumber,
  heading,
  labelOf,
  page,
  signatureBlock,
} from './document-layout.util';

const BAR_WIDTH = 200;

/** A horizontal bar of `percentage` (0–100) of the column, for the distribution chart. */
export const percentageBar = (percentage: number): Content => ({
  canvas: [
    {
      type: 'rect',
      x: 0,
      y: 1,
      w: Math.max(0.5, (Math.max(0, Math.min(100, percentage)) / 100) * BAR_WIDTH),
      h: 8,
      color: '#2f6fae',
    },
  ],
});

const BOUNDS: Record<string, (percent: string) => string> = {
  AT_MOST_PERCENT: (percent) => `paling banyak ${percent} %`,
  AT_LEAST_PERCENT: (percent) => `paling sedikit ${percent} %`,
  AT_LEAST_ONE: () => 'paling sedikit satu pegawai',
  NONE: () => 'tidak boleh ada',
};

/**
 * One rule of the curve in the document's language: "Baik: 15 dari 20 pegawai (75 %); ketentuan:
 * paling banyak 70 %".
 */
export function curveRuleText(
  rule: OrganizationPredicateDocumentModel['curve']['rules'][number],
  total: number,
): string {
  const counted = rule.predicates.map(labelOf).join(' + ');
  const bound = BOUNDS[rule.bound]?.(formatNumber(rule.percent ?? 0)) ?? rule.bound;
  return `${counted}: ${rule.count} dari ${total} pegawai (${formatNumber(rule.actualPercent)} %); ketentuan: ${bound}`;
}

/**
 * The Penetapan Predikat Kinerja Organisasi of a unit and cycle, followed by its Kurva Distribusi:
 * the unit's annual predicates against the curve the organisation predicate allows.
 */
export function buildOrganizationPredicateDocument(
  model: OrganizationPredicateDocumentModel,
): TDocumentDefinitions {
  const title = `Predikat Kinerja Organisasi ${model.unit} ${model.year}`;
  const reference =
    model.referenceNumber || model.referenceDate
      ? `Nomor ${model.referenceNumber ?? '–'}${model.referenceDate ? ` tanggal ${formatIndonesianDate(model.referenceDate)}` : ''}`
      : null;
  const content: Content[] = [
    ...heading(model.agency, 'PENETAPAN PREDIKAT KINERJA ORGANISASI', [
      `PERIODE: 1 JANUARI – 31 DESEMBER ${model.year}`,
    ]),
    {
      margin: [0, 12, 0, 0],
      table: {
        widths: [160, '*'],
        body: [
          ['Unit kerja', model.unit],
          ['Periode', `Tahun ${model.year}`],
          [
            'Predikat kinerja organisasi',
            {
              text: model.predicate ? labelOf(model.predicate).toUpperCase() : 'Belum ditetapkan',
              bold: true,
            },
          ],
          ['Ditetapkan oleh', model.decidedByTitle],
          ['Tanggal penetapan', model.recordedOn ? formatIndonesianDate(model.recordedOn) : '–'],
          ['Dasar penetapan (nomor dan tanggal)', reference ?? '–'],
        ].map(([label, value]) => [{ text: label, bold: true }, value]),
      },
    },
    {
      columns: [
        { text: '' },
        signatureBlock(
          model.decidedByTitle,
          model.decidedBy,
          `${model.agency.place}, ${formatIndonesianDate(model.signedOn)}`,
        ),
      ],
      margin: [0, 24, 0, 0],
      unbreakable: true,
    },
    { text: 'KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI', style: 'section', pageBreak: 'before' },
    {
      text: `${model.unit}, tahun ${model.year}: ${model.curve.total} pegawai dengan evaluasi akhir`,
      margin: [0, 0, 0, 6],
    },
    {
      table: {
        headerRows: 1,
        widths: [110, 50, 50, BAR_WIDTH],
        body: [
          ['Predikat', 'Jumlah', '%', 'Sebaran'].map((text) => ({ text, style: 'tableHeader' })),
          ...model.curve.counts.map((row) => [
            labelOf(row.predicate),
            String(row.count),
            `${row.percentage.toFixed(1).replace('.', ',')} %`,
            percentageBar(row.percentage),
          ]),
        ],
      },
    },
    { text: 'Kesesuaian dengan kurva distribusi', style: 'section' },
    model.curve.rules.length
      ? {
          table: {
            headerRows: 1,
            widths: ['*', 60],
            body: [
              ['Ketentuan', 'Hasil'].map((text) => ({ text, style: 'tableHeader' })),
              ...model.curve.rules.map((rule) => [
                curveRuleText(rule, model.curve.total),
                { text: rule.passed ? 'Sesuai' : 'Tidak sesuai', bold: !rule.passed },
              ]),
            ],
          },
        }
      : { text: 'Predikat kinerja organisasi belum ditetapkan: kurva belum dapat diperiksa.' },
    ...(model.curve.passed === null
      ? []
      : [
          {
            text: model.curve.passed
              ? 'Sebaran predikat sesuai dengan kurva distribusi.'
              : 'Sebaran predikat TIDAK sesuai dengan kurva distribusi.',
            bold: true,
            margin: [0, 6, 0, 0] as [number, number, number, number],
          },
        ]),
  ];
  return page({ draft: false, title, content });
}
