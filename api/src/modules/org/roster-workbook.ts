import ExcelJS from 'exceljs';
import { ROSTER_COLUMNS, type RosterKey } from './utils/roster-columns.util';

/** One employee as the roster sheet writes them: the values the import reads back unchanged. */
export type RosterSheetRow = Partial<Record<RosterKey, string | Date | null>>;

export const ROSTER_SHEET = 'Pegawai';

const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFE8ECEF' },
};

const WIDTH: Partial<Record<RosterKey, number>> = {
  nip: 21,
  name: 32,
  birthDate: 14,
  position: 34,
  unit: 34,
  employmentType: 18,
  supervisorNip: 21,
  email: 28,
  tmt: 14,
  decreeNumber: 26,
  phone: 16,
};

/** What HR reads in the template's "Petunjuk" sheet, column by column. */
const GUIDE: Record<RosterKey, { accepted: string; example: string }> = {
  nip: { accepted: '18 digit, diketik sebagai teks (spasi boleh)', example: '198804122012011001' },
  name: { accepted: 'Nama tanpa gelar (atau lengkap dengan gelar)', example: 'Hadi Santoso' },
  frontTitle: { accepted: 'Boleh kosong; digabung ke nama', example: 'Dr.' },
  backTitle: { accepted: 'Boleh kosong; digabung ke nama', example: 'S.Sos.' },
  birthPlace: { accepted: 'Dibaca, tidak disimpan', example: 'Surabaya' },
  birthDate: {
    accepted: 'Tanggal Excel, DD-MM-YYYY, DD/MM/YYYY atau YYYY-MM-DD; harus cocok dengan NIP (PNS)',
    example: '12-04-1988',
  },
  gender: { accepted: 'L / P (Laki-laki / Perempuan, Pria / Wanita)', example: 'L' },
  rank: { accepted: 'PNS: I/a … IV/e; PPPK: I … XVII', example: 'III/c' },
  position: { accepted: 'Nama jabatan persis seperti di lembar "Daftar Jabatan"', example: '' },
  unit: { accepted: 'Nama unit kerja persis seperti di lembar "Daftar Unit"', example: '' },
  employmentType: { accepted: 'PNS (juga CPNS) atau PPPK (juga P3K)', example: 'PNS' },
  supervisorNip: {
    accepted: 'Boleh kosong: pegawai baru melapor ke kepala unitnya, pegawai lama tetap',
    example: '',
  },
  email: { accepted: 'Boleh kosong', example: 'hadi.santoso@surabaya.go.id' },
  phone: { accepted: 'Boleh kosong; 8–15 digit, boleh diawali +', example: '081234567890' },
  tmt: {
    accepted:
      'Hanya untuk pegawai yang pindah unit/jabatan (mutasi): tanggal mulai jabatan baru, seperti Tanggal Lahir, tidak setelah hari ini; kosong = hari impor',
    example: '',
  },
  decreeNumber: {
    accepted: 'Hanya untuk mutasi: nomor SK; kosong = "Impor data pegawai <tanggal>"',
    example: '',
  },
};

const FIELD_NAME: Record<RosterKey, string> = {
  nip: 'nip',
  name: 'name',
  frontTitle: 'name (depan)',
  backTitle: 'name (belakang)',
  birthPlace: '–',
  birthDate: 'birthDate',
  gender: 'gender',
  rank: 'rank',
  position: 'position',
  unit: 'unit',
  employmentType: 'employmentType',
  supervisorNip: 'supervisor',
  email: 'email',
  phone: 'phone',
  tmt: 'riwayat jabatan (TMT)',
  decreeNumber: 'riwayat jabatan (SK)',
};

function addRosterSheet(workbook: ExcelJS.Workbook, rows: RosterSheetRow[]) {
  const sheet = workbook.addWorksheet(ROSTER_SHEET, {
    views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }],
  });
  sheet.columns = ROSTER_COLUMNS.map((column) => ({
    header: column.header,
    key: column.key,
    width: WIDTH[column.key] ?? 16,
    // NIPs and phone numbers are text: as numbers Excel would drop digits and leading zeros.
    style:
      column.key === 'nip' || column.key === 'supervisorNip' || column.key === 'phone'
        ? { numFmt: '@' }
        : column.key === 'birthDate' || column.key === 'tmt'
          ? { numFmt: 'dd-mm-yyyy' }
          : {},
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
  for (const row of rows) sheet.addRow(row);
  return sheet;
}

function addListSheet(workbook: ExcelJS.Workbook, name: string, header: string, values: string[]) {
  const sheet = workbook.addWorksheet(name);
  sheet.columns = [{ header, key: 'value', width: 48 }];
  sheet.getRow(1).font = { bold: true };
  for (const value of values) sheet.addRow({ value });
}

const toBuffer = async (workbook: ExcelJS.Workbook) =>
  Buffer.from(await workbook.xlsx.writeBuffer());

/** The roster as HR reads it: one row per active employee, with the headers the import reads. */
export async function buildRosterWorkbook(rows: RosterSheetRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kinerja';
  addRosterSheet(workbook, rows);
  return toBuffer(workbook);
}

/**
 * The import template: the "Pegawai" sheet with the headers and one example row, a "Petunjuk"
 * sheet explaining each column, and the unit and position names the import accepts.
 */
export async function buildRosterTemplate({
  units,
  positions,
}: {
  units: string[];
  positions: string[];
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kinerja';
  const example: RosterSheetRow = Object.fromEntries(
    ROSTER_COLUMNS.map((column) => [column.key, GUIDE[column.key].example || null]),
  );
  example.birthDate = new Date(Date.UTC(1988, 3, 12));
  example.unit = units[0] ?? null;
  example.position = positions[0] ?? null;
  addRosterSheet(workbook, [example]);

  const guide = workbook.addWorksheet('Petunjuk');
  guide.columns = [
    { header: 'Kolom', key: 'header', width: 22 },
    { header: 'Wajib', key: 'required', width: 8 },
    { header: 'Data di Kinerja', key: 'field', width: 18 },
    { header: 'Nilai yang diterima', key: 'accepted', width: 70 },
    { header: 'Nama kolom lain yang juga dibaca', key: 'variants', width: 50 },
  ];
  guide.getRow(1).font = { bold: true };
  for (const column of ROSTER_COLUMNS) {
    guide.addRow({
      header: column.header,
      required: column.required ? 'Ya' : 'Tidak',
      field: FIELD_NAME[column.key],
      accepted: GUIDE[column.key].accepted,
      variants: column.variants.join(', '),
    });
  }
  guide.addRow({});
  for (const line of [
    'Ganti baris contoh di lembar "Pegawai" dengan data pegawai; satu baris per pegawai.',
    'Besar-kecil huruf dan spasi pada judul kolom tidak berpengaruh; kolom lain (mis. Agama, NIK) diabaikan.',
    'NIP yang sudah ada memperbarui data pegawai itu; NIP baru menambah pegawai.',
    'Unggah sebagai .xlsx atau .csv, jalankan "Periksa" dulu, lalu "Simpan" bila tidak ada kesalahan.',
  ])
    guide.addRow({ header: line });

  addListSheet(workbook, 'Daftar Unit', 'Unit Kerja', units);
  addListSheet(workbook, 'Daftar Jabatan', 'Jabatan', positions);
  return toBuffer(workbook);
}
