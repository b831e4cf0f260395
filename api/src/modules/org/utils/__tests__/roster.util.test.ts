import { EmploymentType, Gender } from '../../org.enums';
import { matchHeader, normalizeHeader, ROSTER_COLUMNS } from '../roster-columns.util';
import {
  cellText,
  composeName,
  normalizeDate,
  normalizeNip,
  normalizePhone,
  normalizeRank,
  parseEmploymentType,
  parseGender,
} from '../roster-values.util';

describe('roster headers', () => {
  it.each([
    ['NIP', 'nip'],
    ['NIP BARU', 'nip'],
    ['nip_baru', 'nip'],
    ['Nama', 'name'],
    ['NAMA LENGKAP', 'name'],
    ['Gelar Depan', 'frontTitle'],
    ['GELAR_BELAKANG', 'backTitle'],
    ['Tempat Lahir', 'birthPlace'],
    ['TANGGAL LAHIR', 'birthDate'],
    ['Tgl. Lahir', 'birthDate'],
    ['Jenis Kelamin', 'gender'],
    ['Golongan', 'rank'],
    ['Gol. Ruang', 'rank'],
    ['GOL_AKHIR_NAMA', 'rank'],
    ['Golongan/Ruang', 'rank'],
    ['Jabatan', 'position'],
    ['JABATAN NAMA', 'position'],
    ['Unit Kerja', 'unit'],
    ['UNOR_NAMA', 'unit'],
    ['Status Kepegawaian', 'employmentType'],
    ['JENIS PEGAWAI', 'employmentType'],
    ['NIP Atasan', 'supervisorNip'],
    ['E-mail', 'email'],
    ['No HP', 'phone'],
    ['NOMOR HP', 'phone'],
    ['No. HP', 'phone'],
    // The earlier CSV format's field names.
    ['birthDate', 'birthDate'],
    ['employmentType', 'employmentType'],
    ['supervisorNip', 'supervisorNip'],
  ])('reads %s as %s', (header, key) => {
    expect(matchHeader([header]).indexOf).toEqual({ [key]: 0 });
  });

  it('normalizes case, punctuation and spacing', () => {
    expect(normalizeHeader('  GOL._RUANG ')).toBe('gol ruang');
    expect(normalizeHeader('Gol Ruang')).toBe('gol ruang');
  });

  it('names the required columns a file lacks, the duplicates and the ignored headers', () => {
    const match = matchHeader(['NIP', 'NIP BARU', 'Nama', 'Agama', '', 'NIK']);
    expect(match.missing.map((column) => column.header)).toEqual([
      'Tanggal Lahir',
      'Jenis Kelamin',
      'Golongan',
      'Jabatan',
      'Unit Kerja',
      'Status Kepegawaian',
    ]);
    expect(match.duplicates).toEqual(['NIP BARU']);
    expect(match.ignored).toEqual(['Agama', 'NIK']);
    expect(match.headerOf.nip).toBe('NIP');
  });

  it('gives no two columns the same header or variant', () => {
    const keyOf = new Map<string, string>();
    for (const column of ROSTER_COLUMNS)
      for (const header of [column.header, column.key, ...column.variants]) {
        const normal = normalizeHeader(header);
        expect([normal, keyOf.get(normal) ?? column.key]).toEqual([normal, column.key]);
        keyOf.set(normal, column.key);
      }
  });
});

describe('roster values', () => {
  it.each([
    ['L', Gender.LAKI_LAKI],
    ['Laki-laki', Gender.LAKI_LAKI],
    ['LAKI_LAKI', Gender.LAKI_LAKI],
    ['Pria', Gender.LAKI_LAKI],
    ['M', Gender.LAKI_LAKI],
    ['p', Gender.PEREMPUAN],
    ['Perempuan', Gender.PEREMPUAN],
    ['WANITA', Gender.PEREMPUAN],
    ['F', Gender.PEREMPUAN],
    ['X', null],
    ['', null],
  ])('gender %s → %s', (text, gender) => {
    expect(parseGender(text)).toBe(gender);
  });

  it.each([
    ['PNS', EmploymentType.PNS],
    ['pns', EmploymentType.PNS],
    ['CPNS', EmploymentType.PNS],
    ['PNS Daerah', EmploymentType.PNS],
    ['PPPK', EmploymentType.PPPK],
    ['P3K', EmploymentType.PPPK],
    ['Honorer', null],
    ['PNSX', null],
  ])('employment type %s → %s', (text, type) => {
    expect(parseEmploymentType(text)).toBe(type);
  });

  it.each([
    ['III/c', 'III/c'],
    ['III/C', 'III/c'],
    ['iii-c', 'III/c'],
    ['IV a', 'IV/a'],
    ['Penata (III/c)', 'III/c'],
    ['Pengatur Muda Tk.I, II/b', 'II/b'],
    ['IX', 'IX'],
    ['ix', 'IX'],
    ['Golongan XI', 'XI'],
    ['V/z', 'V/z'],
  ])('golongan %s → %s', (text, rank) => {
    expect(normalizeRank(text)).toBe(rank);
  });

  it.each([
    [new Date(Date.UTC(1988, 3, 12)), '1988-04-12'],
    ['1988-04-12', '1988-04-12'],
    ['12-04-1988', '1988-04-12'],
    ['12/4/1988', '1988-04-12'],
    ['12.04.1988', '1988-04-12'],
    ['1988/4/2', '1988-04-02'],
    ['April 1988', 'April 1988'],
  ])('birth date %s → %s', (cell, date) => {
    expect(normalizeDate(cell)).toBe(date);
  });

  it('reads NIPs and phone numbers as text without separators', () => {
    expect(normalizeNip('19880412 201201 1 001')).toBe('198804122012011001');
    expect(normalizeNip('19880412.201201.1.001')).toBe('198804122012011001');
    expect(normalizePhone('0812-3456-7890')).toBe('081234567890');
    expect(normalizePhone(81234567890)).toBe('081234567890');
    expect(normalizePhone('+62 812 3456 7890')).toBe('+6281234567890');
    expect(normalizePhone('')).toBeNull();
    expect(cellText(null)).toBe('');
    expect(cellText(12)).toBe('12');
  });

  it.each([
    [{ frontTitle: '', name: 'Hadi', backTitle: '' }, 'Hadi'],
    [{ frontTitle: 'Dr.', name: 'Hadi', backTitle: '' }, 'Dr. Hadi'],
    [{ frontTitle: '', name: 'Hadi', backTitle: 'S.Sos.' }, 'Hadi, S.Sos.'],
    [{ frontTitle: 'Drs.', name: 'Hadi', backTitle: 'M.Si.' }, 'Drs. Hadi, M.Si.'],
  ])('name %o → %s', (parts, name) => {
    expect(composeName(parts)).toBe(name);
  });
});
