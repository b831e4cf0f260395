/** A timestamp on the Surabaya (WIB) clock, whatever the device's time zone. */
export function formatDateTime(iso: string | null | undefined, locale: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Jakarta',
  }).format(date);
}

// One formatter per language and precision: building one costs far more than formatting with it
// (Beranda's cards format on every render).
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number in the user's language with at most `maximumFractionDigits` decimals. */
export function numberFormat(locale: string, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${locale}|${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits });
    numberFormats.set(key, format);
  }
  return format;
}

export function formatNumber(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined) return '';
  return numberFormat(locale, 2).format(value);
}
