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

/** Formats numbers like `Intl.NumberFormat(locale, { maximumFractionDigits })`. */
export interface NumberFormatter {
  format: (value: number) => string;
}

// The separators of the dashboard's two languages (CLDR: id-ID "1.234,5", en-GB "1,234.5").
const SEPARATORS: Readonly<Record<string, { decimal: string; group: string }>> = {
  id: { decimal: ',', group: '.' },
  en: { decimal: '.', group: ',' },
};

/**
 * The decimal digits of a finite, non-negative number as the shortest text that reads back as it
 * (what `String()` gives and what ICU rounds from), without an exponent: digits and how many of
 * them are before the point.
 */
function decimalDigits(value: number): { digits: string; point: number } {
  const [mantissa, exponentText] = String(value).split('e');
  const [whole, fraction = ''] = mantissa.split('.');
  const digits = whole + fraction;
  return { digits, point: whole.length + Number(exponentText ?? 0) };
}

/** Rounds half away from zero at `fractionDigits` (ECMA-402's default) on the decimal digits. */
function roundedDigits(value: number, fractionDigits: number): { whole: string; fraction: string } {
  const { digits, point } = decimalDigits(value);
  // Pad so that the point and the rounding digit both fall inside the digits.
  const leading = Math.max(0, 1 - point);
  const padded =
    '0'.repeat(leading) +
    digits +
    '0'.repeat(Math.max(0, point + fractionDigits + 1 - digits.length));
  const at = point + leading;
  const kept = padded
    .slice(0, at + fractionDigits)
    .split('')
    .map(Number);
  if (Number(padded[at + fractionDigits]) >= 5) {
    let index = kept.length - 1;
    while (index >= 0 && kept[index] === 9) kept[index--] = 0;
    if (index >= 0) kept[index] += 1;
    else kept.unshift(1);
  }
  const text = kept.join('');
  const split = text.length - fractionDigits;
  return {
    whole: text.slice(0, split).replace(/^0+(?=\d)/, ''),
    fraction: text.slice(split).replace(/0+$/, ''),
  };
}

/**
 * Formats as `Intl.NumberFormat` does for the dashboard's languages, without Intl: the first use of
 * any Intl service loads the ICU data, a long task of 50 ms and more on a phone, which Beranda's
 * cards paid on every first load. Other locales go to Intl.
 */
function formatterFor(locale: string, maximumFractionDigits: number): NumberFormatter {
  const separators = SEPARATORS[locale.slice(0, 2).toLowerCase()];
  if (!separators) return new Intl.NumberFormat(locale, { maximumFractionDigits });
  return {
    format(value) {
      if (!Number.isFinite(value))
        return new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value);
      const { whole, fraction } = roundedDigits(Math.abs(value), maximumFractionDigits);
      const negative = value < 0 || Object.is(value, -0);
      const grouped = whole.replace(/\B(?=(\d{3})+$)/g, separators.group);
      return `${negative ? '-' : ''}${grouped}${fraction ? separators.decimal + fraction : ''}`;
    },
  };
}

// One formatter per language and precision: Beranda's cards format on every render.
const numberFormats = new Map<string, NumberFormatter>();

/** A number in the user's language with at most `maximumFractionDigits` decimals. */
export function numberFormat(locale: string, maximumFractionDigits: number): NumberFormatter {
  const key = `${locale}|${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = formatterFor(locale, maximumFractionDigits);
    numberFormats.set(key, format);
  }
  return format;
}

export function formatNumber(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined) return '';
  return numberFormat(locale, 2).format(value);
}
