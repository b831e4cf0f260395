import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { PersonBlock } from '../document.model';

// Shared pieces of the official layouts: A4 portrait, Indonesian headings in capitals, identity
// tables, signature blocks, page numbers and the DRAFT watermark.

const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

/** 2026-03-05 → "5 Maret 2026"; anything else is returned as it is. */
export function formatIndonesianDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) return date;
  const month = MONTHS[Number(match[2]) - 1];
  return month ? `${Number(match[3])} ${month} ${match[1]}` : date;
}

/** 87.5 → "87,50 %" (Indonesian decimal comma); null → "belum dilaporkan". */
export function formatPercent(value: number | null): string {
  return value === null ? 'belum dilaporkan' : `${value.toFixed(2).replace('.', ',')} %`;
}

/** 1500 → "1.500", 2.5 → "2,5" (Indonesian grouping and decimal comma). */
export function formatNumber(value: number): string {
  const [whole, fraction] = String(Math.round(value * 100) / 100).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return fraction ? `${grouped},${fraction}` : grouped;
}

const LABELS: Record<string, string> = {
  DI_BAWAH_EKSPEKTASI: 'Di Bawah Ekspektasi',
  SESUAI_EKSPEKTASI: 'Sesuai Ekspektasi',
  DI_ATAS_EKSPEKTASI: 'Di Atas Ekspektasi',
  SANGAT_BAIK: 'Sangat Baik',
  BAIK: 'Baik',
  BUTUH_PERBAIKAN: 'Butuh Perbaikan',
  KURANG: 'Kurang/Misconduct',
  SANGAT_KURANG: 'Sangat Kurang',
  ISTIMEWA: 'Istimewa',
  KUANTITAS: 'Kuantitas',
  KUALITAS: 'Kualitas',
  WAKTU: 'Waktu',
  BIAYA: 'Biaya',
  KUANTITATIF: 'Kuantitatif',
  KUALITATIF: 'Kualitatif',
  UTAMA: 'Utama',
  TAMBAHAN: 'Tambahan',
  TW1: 'Triwulan I',
  TW2: 'Triwulan II',
  TW3: 'Triwulan III',
  TW4: 'Triwulan IV',
  ANNUAL: 'Akhir',
  DRAFT: 'Draf',
  SUBMITTED: 'Diajukan',
  APPROVED: 'Disetujui',
  RETURNED: 'Dikembalikan',
  FINAL: 'Final',
  ACKNOWLEDGED: 'Diterima pegawai',
  // Development activities (as the dashboard names them).
  PLANNED: 'Direncanakan',
  IN_PROGRESS: 'Sedang berjalan',
  DONE: 'Selesai',
  CANCELLED: 'Dibatalkan',
};

/** The regulation's wording of an enum value (ratings, predicates, aspects, periods, statuses). */
export const labelOf = (value: string | null | undefined): string =>
  value ? (LABELS[value] ?? value) : '–';

/** "PERIODE: TRIWULAN III" / "PERIODE: AKHIR". */
export const periodHeading = (period: string) => `PERIODE: ${labelOf(period).toUpperCase()}`;

export const pangkatGolongan = (person: PersonBlock) =>
  person.pangkat ? `${person.pangkat} (${person.rank})` : person.rank;

const EMPTY = '–';

/** One identity block: a titled two-column table of nama, NIP, pangkat/golongan, jabatan, unit kerja. */
export function identityTable(title: string, person: PersonBlock | null, note?: string): Content {
  const rows: [string, string][] = person
    ? [
        ['Nama', person.name],
        ['NIP', person.nip],
        ['Pangkat/Gol.', pangkatGolongan(person)],
        ['Jabatan', person.position],
        ['Unit Kerja', person.unit],
      ]
    : [
        ['Nama', note ?? EMPTY],
        ['NIP', EMPTY],
        ['Pangkat/Gol.', EMPTY],
        ['Jabatan', EMPTY],
        ['Unit Kerja', EMPTY],
      ];
  return {
    table: {
      widths: [62, '*'],
      body: [
        [{ text: title, style: 'tableHeader', colSpan: 2 }, {}],
        ...rows.map(([label, value]) => [label, value]),
      ],
    },
    layout: 'lightHorizontalLines',
    fontSize: 8,
  };
}

/** Signature block: place and date, the role, room to sign, the name and NIP. */
export function signatureBlock(
  role: string,
  person: PersonBlock | null,
  dateLine: string | null,
  fallbackName = '(.................................)',
): Content {
  return {
    stack: [
      { text: dateLine ?? ' ' },
      { text: role, bold: true },
      { text: ' ', margin: [0, 0, 0, 36] },
      { text: person?.name ?? fallbackName, decoration: 'underline' },
      { text: person ? `NIP ${person.nip}` : ' ' },
    ],
    alignment: 'center',
    fontSize: 9,
  };
}

/** The instansi heading: city, kecamatan, title and the lines below it. */
export function heading(
  agency: { government: string; kecamatan: string },
  title: string,
  lines: string[],
): Content[] {
  return [
    { text: agency.government.toUpperCase(), style: 'agency' },
    { text: agency.kecamatan.toUpperCase(), style: 'agency' },
    { text: title, style: 'title' },
    ...lines.map((line) => ({ text: line, style: 'subtitle' })),
  ];
}

export interface PageOptions {
  /** DRAFT and RETURNED plans and DRAFT evaluations print with a visible watermark. */
  draft: boolean;
  title: string;
  content: Content[];
}

/** A4 portrait with page numbers in the footer (and the DRAFT watermark where asked). */
export function page({ draft, title, content }: PageOptions): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [40, 40, 40, 48],
    info: { title, creator: 'Kinerja', producer: 'Kinerja' },
    ...(draft ? { watermark: { text: 'DRAFT', opacity: 0.12, bold: true, angle: -45 } } : {}),
    footer: (currentPage: number, pageCount: number) => ({
      columns: [
        { text: title, fontSize: 7, color: '#555555' },
        {
          text: `Halaman ${currentPage} dari ${pageCount}`,
          alignment: 'right',
          fontSize: 7,
          color: '#555555',
        },
      ],
      margin: [40, 16, 40, 0],
    }),
    content,
    defaultStyle: { font: 'Roboto', fontSize: 9, lineHeight: 1.15 },
    styles: {
      agency: { fontSize: 10, bold: true, alignment: 'center' },
      title: { fontSize: 13, bold: true, alignment: 'center', margin: [0, 8, 0, 2] },
      subtitle: { fontSize: 9, alignment: 'center' },
      section: { fontSize: 10, bold: true, margin: [0, 12, 0, 4] },
      tableHeader: { bold: true, fillColor: '#e8ecef' },
      note: { fontSize: 8, italics: true, color: '#333333' },
    },
  };
}

/** The plain text a definition prints (headings, cells, stacks), for table tests of the builders. */
export function textOf(node: unknown): string[] {
  if (node === null || node === undefined) return [];
  if (typeof node === 'string') return [node];
  if (typeof node === 'number') return [String(node)];
  if (Array.isArray(node)) return node.flatMap(textOf);
  if (typeof node === 'object') {
    const record = node as Record<string, unknown>;
    return [
      ...textOf(record.text),
      ...textOf(record.stack),
      ...textOf(record.columns),
      ...textOf(record.ul),
      ...textOf(record.ol),
      ...textOf((record.table as { body?: unknown } | undefined)?.body),
    ];
  }
  return [];
}
