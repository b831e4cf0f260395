import ExcelJS from 'exceljs';
import { formatIndonesianDate, labelOf } from './utils/document-layout.util';

/** One employee's line of the per-unit recap HR sends upward. */
export interface RecapRow {
  employeeId: number;
  nip: string;
  name: string;
  rank: string;
  pangkat: string | null;
  position: string;
  unit: string;
  planStatus: string | null;
  evaluationId: number | null;
  achievement: number | null;
  resultRating: string | null;
  behaviorRating: string | null;
  predicate: string | null;
  evaluationStatus: string | null;
  evaluatedOn: string | null;
  jpDone: number;
}

export interface JpRecapRow {
  employeeId: number;
  nip: string;
  name: string;
  rank: string;
  employmentType: string;
  position: string;
  unit: string;
  jpPlanned: number;
  jpDone: number;
}

/** Every PNS has the right to at least 20 JP of competence development a year. */
export const JP_RIGHT = 20;

export interface ColumnSpec {
  header: string;
  width: number;
  numFmt?: string;
}

const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFE8ECEF' },
};

/**
 * A sheet with a title block (rows 1–3), the column headers on row 4, the data from row 5,
 * frozen below the headers and beside NIP + name, with widths and number formats.
 */
export function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  titleLines: string[],
  columns: ColumnSpec[],
  rows: (string | number | Date | null)[][],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 3, ySplit: 4 }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  titleLines.forEach((line, index) => {
    const cell = sheet.getCell(index + 1, 1);
    cell.value = line;
    cell.font = { bold: index === 0, size: index === 0 ? 13 : 11 };
  });
  columns.forEach((column, index) => {
    sheet.getColumn(index + 1).width = column.width;
    if (column.numFmt) sheet.getColumn(index + 1).numFmt = column.numFmt;
  });
  const header = sheet.getRow(4);
  header.values = columns.map((column) => column.header);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.border = { bottom: { style: 'thin' } };
  });
  sheet.addRows(rows);
  sheet.autoFilter = { from: { row: 4, column: 1 }, to: { row: 4, column: columns.length } };
  // Title rows print on every page too.
  sheet.pageSetup.printTitlesRow = '4:4';
  return sheet;
}

const RECAP_COLUMNS: ColumnSpec[] = [
  { header: 'No', width: 5, numFmt: '0' },
  { header: 'NIP', width: 21 },
  { header: 'Nama', width: 30 },
  { header: 'Pangkat/Golongan', width: 24 },
  { header: 'Jabatan', width: 30 },
  { header: 'Unit Kerja', width: 30 },
  { header: 'Status SKP', width: 13 },
  { header: 'Capaian (%)', width: 11, numFmt: '0.00' },
  { header: 'Rating Hasil Kerja', width: 20 },
  { header: 'Rating Perilaku Kerja', width: 20 },
  { header: 'Predikat', width: 18 },
  { header: 'Status Penilaian', width: 16 },
  { header: 'Tanggal Penilaian', width: 14, numFmt: 'dd/mm/yyyy' },
  { header: 'JP Tahun Ini', width: 11, numFmt: '0' },
];

const golongan = (row: { rank: string; pangkat?: string | null }) =>
  row.pangkat ? `${row.pangkat} (${row.rank})` : row.rank;

const excelDate = (date: string | null) => (date ? new Date(`${date}T00:00:00Z`) : null);

/** The per-unit recap: "Rekap Kinerja" and the "Belum Mengisi-Dinilai" follow-up sheet. */
export async function buildRecapWorkbook({
  rows,
  unit,
  year,
  period,
  generatedOn,
}: {
  rows: RecapRow[];
  unit: string;
  year: number;
  period: string;
  generatedOn: string;
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kinerja';
  workbook.created = new Date(`${generatedOn}T00:00:00Z`);
  const title = [
    `REKAPITULASI PENILAIAN KINERJA PEGAWAI — ${unit.toUpperCase()}`,
    `Tahun ${year}, periode ${labelOf(period)}`,
    `Dibuat ${formatIndonesianDate(generatedOn)}`,
  ];
  addSheet(
    workbook,
    'Rekap Kinerja',
    title,
    RECAP_COLUMNS,
    rows.map((row, index) => [
      index + 1,
      row.nip,
      row.name,
      golongan(row),
      row.position,
      row.unit,
      row.planStatus ? labelOf(row.planStatus) : 'Belum ada SKP',
      row.achievement,
      row.resultRating ? labelOf(row.resultRating) : null,
      row.behaviorRating ? labelOf(row.behaviorRating) : null,
      row.predicate ? labelOf(row.predicate) : null,
      row.evaluationStatus ? labelOf(row.evaluationStatus) : 'Belum dinilai',
      excelDate(row.evaluatedOn),
      row.jpDone,
    ]),
  );
  const pending = rows.filter(
    (row) =>
      row.planStatus !== 'APPROVED' ||
      row.evaluationStatus === null ||
      row.evaluationStatus === 'DRAFT',
  );
  addSheet(
    workbook,
    'Belum Mengisi-Dinilai',
    [`BELUM MENGISI / BELUM DINILAI — ${unit.toUpperCase()}`, title[1], title[2]],
    [
      { header: 'No', width: 5, numFmt: '0' },
      { header: 'NIP', width: 21 },
      { header: 'Nama', width: 30 },
      { header: 'Unit Kerja', width: 30 },
      { header: 'Status SKP', width: 16 },
      { header: 'Status Penilaian', width: 16 },
      { header: 'Keterangan', width: 40 },
    ],
    pending.map((row, index) => [
      index + 1,
      row.nip,
      row.name,
      row.unit,
      row.planStatus ? labelOf(row.planStatus) : 'Belum ada SKP',
      row.evaluationStatus ? labelOf(row.evaluationStatus) : 'Belum dinilai',
      row.planStatus !== 'APPROVED' ? 'SKP belum disetujui' : 'Evaluasi belum final',
    ]),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The JP recap: planned and done hours against the 20 JP right, per employee. */
export async function buildJpRecapWorkbook({
  rows,
  unit,
  year,
  generatedOn,
}: {
  rows: JpRecapRow[];
  unit: string;
  year: number;
  generatedOn: string;
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kinerja';
  addSheet(
    workbook,
    'Rekap JP',
    [
      `REKAPITULASI JAM PELAJARAN (JP) PENGEMBANGAN KOMPETENSI — ${unit.toUpperCase()}`,
      `Tahun ${year} (hak PNS: paling sedikit ${JP_RIGHT} JP; 1 JP = 45 menit)`,
      `Dibuat ${formatIndonesianDate(generatedOn)}`,
    ],
    [
      { header: 'No', width: 5, numFmt: '0' },
      { header: 'NIP', width: 21 },
      { header: 'Nama', width: 30 },
      { header: 'Golongan', width: 10 },
      { header: 'Jenis', width: 8 },
      { header: 'Jabatan', width: 30 },
      { header: 'Unit Kerja', width: 30 },
      { header: 'JP Direncanakan', width: 14, numFmt: '0' },
      { header: 'JP Selesai', width: 11, numFmt: '0' },
      { header: 'Kekurangan dari 20 JP', width: 14, numFmt: '0' },
    ],
    rows.map((row, index) => [
      index + 1,
      row.nip,
      row.name,
      row.rank,
      row.employmentType,
      row.position,
      row.unit,
      row.jpPlanned,
      row.jpDone,
      row.employmentType === 'PNS' ? Math.max(0, JP_RIGHT - row.jpDone) : null,
    ]),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
