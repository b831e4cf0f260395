import { EmploymentType, Gender } from '../org.enums';

/** One cell as a file gives it: CSV cells are text; a spreadsheet may hold numbers and dates. */
export type RosterCell = string | number | boolean | Date | null | undefined;

/** A cell as trimmed text; a spreadsheet date becomes YYYY-MM-DD. */
export function cellText(cell: RosterCell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

const GENDERS: Record<string, Gender> = {
  l: Gender.LAKI_LAKI,
  lk: Gender.LAKI_LAKI,
  m: Gender.LAKI_LAKI,
  pria: Gender.LAKI_LAKI,
  'laki laki': Gender.LAKI_LAKI,
  lakilaki: Gender.LAKI_LAKI,
  'laki laki l': Gender.LAKI_LAKI,
  p: Gender.PEREMPUAN,
  pr: Gender.PEREMPUAN,
  f: Gender.PEREMPUAN,
  w: Gender.PEREMPUAN,
  wanita: Gender.PEREMPUAN,
  perempuan: Gender.PEREMPUAN,
};

/** `L`, `P`, `Laki-laki`, `Perempuan`, `Pria`, `Wanita`, `M`, `F` or the enum name; else null. */
export function parseGender(text: string): Gender | null {
  const key = text
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();
  return GENDERS[key] ?? null;
}

/** `PNS` (also `CPNS`, `PNS Daerah`) or `PPPK` (also `P3K`); else null. */
export function parseEmploymentType(text: string): EmploymentType | null {
  const value = text.toUpperCase().replace(/\s+/g, ' ').trim();
  if (/^(C?PNS)\b/.test(value)) return EmploymentType.PNS;
  if (/^(PPPK|P3K)\b/.test(value)) return EmploymentType.PPPK;
  return null;
}

/**
 * Golongan as the model writes it: `III/c` for PNS (from `III/C`, `iii-c`, `III c`, or a pangkat
 * with its golongan such as `Penata (III/c)`), `IX` for PPPK. Anything else comes back as written
 * so the employee checks name it.
 */
export function normalizeRank(text: string): string {
  const value = text.trim();
  const pns = /\b(IV|III|II|I)\s*[/\-\s.]\s*([A-E])\b/i.exec(value);
  if (pns) return `${pns[1].toUpperCase()}/${pns[2].toLowerCase()}`;
  const pppk = /^(?:gol(?:ongan)?\.?\s*)?([IVX]{1,5})$/i.exec(value);
  if (pppk) return pppk[1].toUpperCase();
  return value;
}

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * A birth date as YYYY-MM-DD: from a spreadsheet date, `YYYY-MM-DD`, or the Indonesian
 * `DD-MM-YYYY` / `DD/MM/YYYY` / `DD.MM.YYYY` (SIASN writes day first). Anything else comes back
 * as written, for the date check to name.
 */
export function normalizeDate(cell: RosterCell): string {
  if (cell instanceof Date) return cellText(cell);
  const text = cellText(cell);
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (iso) return `${iso[1]}-${pad(Number(iso[2]))}-${pad(Number(iso[3]))}`;
  const dayFirst = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (dayFirst) return `${dayFirst[3]}-${pad(Number(dayFirst[2]))}-${pad(Number(dayFirst[1]))}`;
  return text;
}

/** A NIP without the spaces people type between its parts (`19880412 201201 1 001`). */
export function normalizeNip(cell: RosterCell): string {
  return cellText(cell).replace(/[\s.-]+/g, '');
}

/**
 * A phone number without separators; a spreadsheet number lost its leading zero (`81234…`), so
 * it gets it back. Empty is null.
 */
export function normalizePhone(cell: RosterCell): string | null {
  let text = cellText(cell).replace(/[\s().-]+/g, '');
  if (typeof cell === 'number' && /^8\d+$/.test(text)) text = `0${text}`;
  return text === '' ? null : text;
}

/** The name as documents print it: `Dr. Hadi Santoso, S.Sos.` from its three parts. */
export function composeName({
  frontTitle,
  name,
  backTitle,
}: {
  frontTitle: string;
  name: string;
  backTitle: string;
}): string {
  const withFront = frontTitle ? `${frontTitle} ${name}` : name;
  return backTitle ? `${withFront}, ${backTitle}` : withFront;
}

/** Units and positions match by name whatever the case and spacing. */
export const nameKey = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();
