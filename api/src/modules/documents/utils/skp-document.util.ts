import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { SkpDocumentModel, SkpIndicatorRow, SkpWorkTargetRow } from '../document.model';
import {
  formatIndonesianDate,
  formatNumber,
  heading,
  identityTable,
  labelOf,
  page,
  signatureBlock,
} from './document-layout.util';

/** DRAFT and RETURNED plans carry the watermark; a SUBMITTED one says it awaits approval. */
export const isDraftSkp = (status: SkpDocumentModel['status']) =>
  status === 'DRAFT' || status === 'RETURNED';

const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'];

/** "12 dokumen" or the narrative target; quarter targets follow on their own line ("TW I: 3; …"). */
export function targetText(indicator: SkpIndicatorRow): string {
  const annual =
    indicator.kind === 'KUALITATIF' || indicator.target === null
      ? (indicator.narrativeTarget ?? '–')
      : `${formatNumber(indicator.target)} ${indicator.unit}`;
  if (!indicator.quarterTargets) return annual;
  const quarters = indicator.quarterTargets
    .map((value, index) => `TW ${ROMAN_QUARTERS[index]}: ${formatNumber(value)}`)
    .join('; ');
  return `${annual}\n(${quarters})`;
}

const HEADER: TableCell[] = [
  'No',
  'RHK Pimpinan yang Diintervensi',
  'Rencana Hasil Kerja',
  'Aspek',
  'Indikator Kinerja Individu',
  'Target',
].map((text) => ({ text, style: 'tableHeader' }));

/** Rows of one group (A. Utama / B. Tambahan): the RHK cells span their indicators. */
function workTargetRows(targets: SkpWorkTargetRow[], intervenedFallback: string): TableCell[][] {
  const rows: TableCell[][] = [];
  targets.forEach((target, index) => {
    const indicators = target.indicators.length
      ? target.indicators
      : [null as SkpIndicatorRow | null];
    indicators.forEach((indicator, indicatorIndex) => {
      const first = indicatorIndex === 0;
      const span = { rowSpan: indicators.length };
      rows.push([
        first ? { text: String(index + 1), ...span } : {},
        first ? { text: target.intervenedTarget ?? intervenedFallback, ...span } : {},
        first ? { text: target.description, ...span } : {},
        indicator ? labelOf(indicator.aspect) : '–',
        indicator ? indicator.description : '–',
        indicator ? targetText(indicator) : '–',
      ]);
    });
  });
  return rows;
}

function groupRow(title: string): TableCell[] {
  return [{ text: title, colSpan: 6, bold: true, fillColor: '#f4f6f8' }, {}, {}, {}, {}, {}];
}

/** The SKP of a non-JPT position in the layout of the regulation's annex. */
export function buildSkpDocument(model: SkpDocumentModel): TDocumentDefinitions {
  const utama = model.workTargets.filter((target) => target.kind === 'UTAMA');
  const tambahan = model.workTargets.filter((target) => target.kind === 'TAMBAHAN');
  // The Camat's leader is outside the system: their intervened RHK is the city's.
  const intervenedFallback = model.evaluator ? '–' : 'RHK Pemerintah Kota';
  const empty = (text: string): TableCell[] => [
    { text, colSpan: 6, italics: true },
    {},
    {},
    {},
    {},
    {},
  ];
  const title = `SKP ${model.employee.name} ${model.year}`;
  const content: Content[] = [
    ...heading(model.agency, 'SASARAN KINERJA PEGAWAI', [
      `PERIODE PENILAIAN: 1 JANUARI – 31 DESEMBER ${model.year}`,
      `PENDEKATAN: ${labelOf(model.approach).toUpperCase()}`,
    ]),
    ...(model.status !== 'APPROVED'
      ? [
          {
            text: `Status SKP: ${labelOf(model.status)} — belum ditetapkan`,
            style: 'note',
            alignment: 'center' as const,
          },
        ]
      : []),
    {
      columns: [
        identityTable('PEGAWAI YANG DINILAI', model.employee),
        identityTable(
          'PEJABAT PENILAI KINERJA',
          model.evaluator,
          'Pejabat di luar kecamatan (Pemerintah Kota)',
        ),
      ],
      columnGap: 10,
      margin: [0, 10, 0, 0],
    },
    { text: 'HASIL KERJA', style: 'section' },
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [16, 90, 100, 44, '*', 70],
        body: [
          HEADER,
          groupRow('A. Utama'),
          ...(utama.length
            ? workTargetRows(utama, intervenedFallback)
            : [empty('Belum ada RHK utama')]),
          groupRow('B. Tambahan'),
          ...(tambahan.length
            ? workTargetRows(tambahan, intervenedFallback)
            : [empty('Tidak ada RHK tambahan')]),
        ],
      },
      fontSize: 8,
    },
    { text: 'PERILAKU KERJA', style: 'section' },
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [16, 90, '*', 150],
        body: [
          [
            'No',
            'Perilaku Kerja (BerAKHLAK)',
            'Pedoman Perilaku',
            'Ekspektasi Khusus Pimpinan',
          ].map((text) => ({ text, style: 'tableHeader' })),
          ...model.behaviors.map((behavior, index) => [
            String(index + 1),
            behavior.name,
            { ul: behavior.guides },
            behavior.specificExpectation ?? '–',
          ]),
        ],
      },
      fontSize: 8,
    },
    { text: 'LAMPIRAN SASARAN KINERJA PEGAWAI', style: 'section', pageBreak: 'before' },
    {
      table: {
        headerRows: 0,
        widths: [150, '*'],
        body: [
          ['Dukungan Sumber Daya', model.annex.resourceSupport ?? '–'],
          ['Skema Pertanggungjawaban', model.annex.accountabilityScheme ?? '–'],
          ['Konsekuensi', model.annex.consequences ?? '–'],
        ].map(([label, value]) => [{ text: label, bold: true }, value]),
      },
    },
    {
      columns: [
        signatureBlock('Pegawai yang Dinilai', model.employee, ' '),
        signatureBlock(
          'Pejabat Penilai Kinerja',
          model.evaluator,
          `${model.agency.place}, ${formatIndonesianDate(model.signedOn)}`,
        ),
      ],
      margin: [0, 24, 0, 0],
      unbreakable: true,
    },
  ];
  return page({ draft: isDraftSkp(model.status), title, content });
}
