import type { PositionLevel } from '../../api/generated/graphql';

// Regulation terms stay Indonesian in both languages; only the casing is made readable.
const POSITION_LEVEL_LABELS: Record<PositionLevel, string> = {
  JPT: 'JPT',
  ADMINISTRATOR: 'Administrator',
  PENGAWAS: 'Pengawas',
  PELAKSANA: 'Pelaksana',
  FUNGSIONAL: 'Fungsional',
};

export const positionLevelLabel = (level: PositionLevel): string =>
  POSITION_LEVEL_LABELS[level] ?? level;

/** "1985-03-12" → "12 Maret 1985" / "12 March 1985"; the date is a calendar date, not an instant. */
export function formatCalendarDate(isoDate: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** "III/a" + "Penata Muda" → "III/a · Penata Muda". */
export const rankWithPangkat = (rank: string | null, pangkat: string | null): string | null =>
  [rank, pangkat].filter(Boolean).join(' · ') || null;

export function initialsOf(name: string | null): string {
  if (!name) return '?';
  // Skip academic titles ("Drs.", "S.Sos.") so initials come from the person's names.
  const words = name
    .split(',')[0]
    .split(/\s+/)
    .filter((word) => word && !word.endsWith('.'));
  const letters = words.map((word) => word[0]).filter((letter) => /\p{L}/u.test(letter));
  return (
    letters.length > 1 ? letters[0] + letters[letters.length - 1] : (letters[0] ?? '?')
  ).toUpperCase();
}
