/**
 * The roster's columns: the headers HR's spreadsheets already use (the SIASN export's Indonesian
 * headers and the usual local variants), each mapped to one field of the employee model.
 * docs/roster-import.md documents the same table for HR.
 */
export const ROSTER_KEYS = [
  'nip',
  'name',
  'frontTitle',
  'backTitle',
  'birthPlace',
  'birthDate',
  'gender',
  'rank',
  'position',
  'unit',
  'employmentType',
  'supervisorNip',
  'email',
  'phone',
  'tmt',
  'decreeNumber',
] as const;
export type RosterKey = (typeof ROSTER_KEYS)[number];

export interface RosterColumn {
  key: RosterKey;
  /** The header the template and the export write. */
  header: string;
  /** Every header read as this column, compared after `normalizeHeader`. */
  variants: readonly string[];
  required: boolean;
}

export const ROSTER_COLUMNS: readonly RosterColumn[] = [
  { key: 'nip', header: 'NIP', variants: ['NIP BARU', 'NIP 18', 'NIP Pegawai'], required: true },
  { key: 'name', header: 'Nama', variants: ['Nama Lengkap', 'Nama Pegawai'], required: true },
  { key: 'frontTitle', header: 'Gelar Depan', variants: [], required: false },
  { key: 'backTitle', header: 'Gelar Belakang', variants: [], required: false },
  {
    key: 'birthPlace',
    header: 'Tempat Lahir',
    variants: ['Tempat Lahir Nama'],
    required: false,
  },
  {
    key: 'birthDate',
    header: 'Tanggal Lahir',
    variants: ['Tgl. Lahir'],
    required: true,
  },
  { key: 'gender', header: 'Jenis Kelamin', variants: ['JK', 'L/P'], required: true },
  {
    key: 'rank',
    header: 'Golongan',
    variants: ['Gol. Ruang', 'Golongan/Ruang', 'Gol', 'Gol Akhir Nama', 'Golongan Akhir'],
    required: true,
  },
  {
    key: 'position',
    header: 'Jabatan',
    variants: ['Jabatan Nama', 'Nama Jabatan'],
    required: true,
  },
  {
    key: 'unit',
    header: 'Unit Kerja',
    variants: ['Unor Nama', 'Nama Unor', 'Unit Organisasi', 'Satuan Kerja'],
    required: true,
  },
  {
    key: 'employmentType',
    header: 'Status Kepegawaian',
    variants: ['Jenis Pegawai', 'Jenis Pegawai Nama', 'Status Pegawai', 'Status ASN'],
    required: true,
  },
  {
    key: 'supervisorNip',
    header: 'NIP Atasan',
    variants: ['NIP Atasan Langsung', 'NIP Pejabat Penilai'],
    required: false,
  },
  { key: 'email', header: 'Email', variants: ['E-mail', 'Alamat Email'], required: false },
  {
    key: 'phone',
    header: 'Nomor HP',
    variants: ['No. HP', 'Nomor Handphone', 'No Telp', 'Nomor Telepon', 'Telepon', 'HP'],
    required: false,
  },
  // A MOVED row is a mutasi: from when (TMT) and by which decree (SK); both default when absent.
  {
    key: 'tmt',
    header: 'TMT Jabatan',
    variants: ['TMT Jabatan Terakhir', 'TMT Mutasi', 'TMT Unit'],
    required: false,
  },
  {
    key: 'decreeNumber',
    header: 'Nomor SK Jabatan',
    variants: ['No SK Jabatan', 'Nomor SK Mutasi', 'No. SK', 'Nomor SK'],
    required: false,
  },
];

/** Case, punctuation and spacing do not matter: `GOL._RUANG` and `Gol Ruang` are one header. */
export const normalizeHeader = (header: string): string =>
  header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const COLUMN_BY_HEADER = new Map<string, RosterKey>(
  ROSTER_COLUMNS.flatMap((column) =>
    // The model's own field names (the earlier CSV format) are read as well.
    [column.header, column.key, ...column.variants].map(
      (header) => [normalizeHeader(header), column.key] as const,
    ),
  ),
);

export interface HeaderMatch {
  /** Where each known column sits in the header row (0-based). */
  indexOf: Partial<Record<RosterKey, number>>;
  /** The header as written in the file, per column. */
  headerOf: Partial<Record<RosterKey, string>>;
  /** Required columns the file lacks. */
  missing: RosterColumn[];
  /** Two headers of the file that mean the same column (the first one is read). */
  duplicates: string[];
  /** Headers that are no roster column (ignored, e.g. SIASN's Agama or NIK). */
  ignored: string[];
}

/** Reads a header row: which column is where, what is missing, what is ignored. */
export function matchHeader(headers: readonly string[]): HeaderMatch {
  const match: HeaderMatch = {
    indexOf: {},
    headerOf: {},
    missing: [],
    duplicates: [],
    ignored: [],
  };
  headers.forEach((header, index) => {
    const key = COLUMN_BY_HEADER.get(normalizeHeader(header));
    if (!key) {
      if (header.trim()) match.ignored.push(header.trim());
    } else if (match.indexOf[key] !== undefined) {
      match.duplicates.push(header.trim());
    } else {
      match.indexOf[key] = index;
      match.headerOf[key] = header.trim();
    }
  });
  match.missing = ROSTER_COLUMNS.filter(
    (column) => column.required && match.indexOf[column.key] === undefined,
  );
  return match;
}

export const headerOfKey = (key: RosterKey): string =>
  ROSTER_COLUMNS.find((column) => column.key === key)!.header;
