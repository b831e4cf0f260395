import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { badInput } from '../../platform/graphql/errors';
import type { RosterCell } from './utils/roster-values.util';

/** At most this many data rows per import (one transaction). */
export const MAX_IMPORT_ROWS = 2000;
/** An uploaded file's size limit, after base64 decoding (the template with 2000 rows is ~150 kB). */
export const MAX_IMPORT_FILE_BYTES = 1024 * 1024;

export type RosterFileFormat = 'CSV' | 'XLSX';

/** A file read into its header row and data rows; `line` is the row number HR sees (header = 1). */
export interface RosterSheet {
  headers: string[];
  rows: { line: number; cells: RosterCell[] }[];
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** `.csv` or `.xlsx` by name; an .xlsx must also be a zip archive (what every .xlsx is). */
export function formatOfFile(fileName: string, content: Buffer, field: string): RosterFileFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase();
  if (extension === 'csv') return 'CSV';
  if (extension === 'xlsx' && content.subarray(0, 4).equals(ZIP_MAGIC)) return 'XLSX';
  throw badInput([
    {
      field,
      reason: 'FILE_TYPE_UNSUPPORTED',
      message: 'must be a .csv file or an Excel .xlsx workbook (old .xls files: save as .xlsx)',
      params: { fileName: fileName.slice(0, 120) },
    },
  ]);
}

/** Base64 text to bytes, refusing what is not base64 or is over the size limit. */
export function decodeUpload(contentBase64: string, field: string): Buffer {
  const text = contentBase64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0)
    throw badInput([{ field, reason: 'FILE_NOT_BASE64', message: 'is not base64 text' }]);
  if ((text.length / 4) * 3 > MAX_IMPORT_FILE_BYTES + 2) throw tooLarge(field);
  const content = Buffer.from(text, 'base64');
  if (content.length > MAX_IMPORT_FILE_BYTES) throw tooLarge(field);
  if (content.length === 0) throw emptyFile(field);
  return content;
}

const tooLarge = (field: string) =>
  badInput([
    {
      field,
      reason: 'FILE_TOO_LARGE',
      message: `is larger than ${MAX_IMPORT_FILE_BYTES / 1024} kB`,
      params: { maxKilobytes: MAX_IMPORT_FILE_BYTES / 1024 },
    },
  ]);

const emptyFile = (field: string) =>
  badInput([{ field, reason: 'CSV_EMPTY', message: 'has no data rows' }]);

const tooManyRows = (field: string, rows: number) =>
  badInput([
    {
      field,
      reason: 'CSV_TOO_MANY_ROWS',
      message: `has ${rows} rows; import at most ${MAX_IMPORT_ROWS} at a time`,
      params: { rows, max: MAX_IMPORT_ROWS },
    },
  ]);

/** Reads CSV text (comma or semicolon separated, as Excel writes it in Indonesia) with csv-parse. */
export function readCsv(csv: string, field: string): RosterSheet {
  const firstLine = csv.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(csv, {
      bom: true,
      delimiter,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    throw badInput([
      {
        field,
        reason: 'CSV_INVALID',
        message: `is not valid CSV: ${(error as Error).message}`,
      },
    ]);
  }
  const [header, ...data] = records;
  if (!header || header.record.every((cell) => cell === ''))
    throw badInput([{ field, reason: 'FILE_HEADER_MISSING', message: 'has no header row' }]);
  if (data.length > MAX_IMPORT_ROWS) throw tooManyRows(field, data.length);
  return {
    headers: header.record,
    rows: data.map(({ record, info }) => ({ line: info.lines, cells: record })),
  };
}

/** A spreadsheet cell's value: rich text, hyperlinks and formulas become what they show. */
function cellValue(value: ExcelJS.CellValue): RosterCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value !== 'object') return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value)
    return cellValue((value as ExcelJS.CellFormulaValue).result);
  if ('text' in value) return String(value.text);
  return null;
}

/**
 * Reads the first worksheet of an .xlsx with exceljs (a sheet named "Pegawai", as the template
 * has, wins over the first): its first non-empty row is the header.
 */
export async function readXlsx(content: Buffer, field: string): Promise<RosterSheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
  } catch {
    throw badInput([
      {
        field,
        reason: 'FILE_UNREADABLE',
        message: 'could not be opened as an Excel workbook',
      },
    ]);
  }
  const sheet =
    workbook.worksheets.find((candidate) => candidate.name.trim().toLowerCase() === 'pegawai') ??
    workbook.worksheets[0];
  if (!sheet || sheet.actualRowCount === 0)
    throw badInput([{ field, reason: 'FILE_HEADER_MISSING', message: 'has no header row' }]);
  if (sheet.actualRowCount - 1 > MAX_IMPORT_ROWS)
    throw tooManyRows(field, sheet.actualRowCount - 1);
  let headers: string[] | null = null;
  const rows: RosterSheet['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const width = Math.max(row.cellCount, headers?.length ?? 0);
    const cells = Array.from({ length: width }, (_, index) =>
      cellValue(row.getCell(index + 1).value),
    );
    if (cells.every((cell) => cell === null || cell === '')) return;
    if (headers === null) headers = cells.map((cell) => (cell === null ? '' : String(cell).trim()));
    else rows.push({ line: rowNumber, cells });
  });
  if (headers === null)
    throw badInput([{ field, reason: 'FILE_HEADER_MISSING', message: 'has no header row' }]);
  return { headers, rows };
}
