import type { ValueTransformer } from 'typeorm';

/** 10^k for the digits after the point a DECIMAL column can have. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);
/** Below 2^53 every integer is exact, so `digits / 10^k` is one correctly rounded division. */
const MAX_EXACT = Number.MAX_SAFE_INTEGER;

/**
 * A DECIMAL column's text ("103.33", "-0.50", "12") as the number `Number(text)` gives, bit for bit,
 * read digit by digit: V8 sends any text with a point through its general string-to-double
 * conversion, 0.06 ms per thousand values here, the largest single cost of summarising a team's
 * evaluations. The digits make an integer n and the point a power of ten 10^k, both exact below
 * 2^53, so n / 10^k is the double nearest to the decimal (IEEE division rounds correctly), which is
 * what `Number` returns. Anything else (an exponent, more digits than 2^53 holds, stray characters)
 * goes to `Number`.
 */
export function decimalNumber(text: string): number {
  const length = text.length;
  let index = text.charCodeAt(0) === 45 /* - */ ? 1 : 0;
  const first = index;
  let digits = 0;
  let scale = -1;
  for (; index < length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 46 /* . */ && scale < 0) scale = index;
    else if (code >= 48 && code <= 57) digits = digits * 10 + (code - 48);
    else return Number(text);
  }
  const places = scale < 0 ? 0 : length - scale - 1;
  // No digit at all ("", "-", ".") is not a number to read here.
  if (length - first - (scale < 0 ? 0 : 1) === 0 || digits > MAX_EXACT) return Number(text);
  if (places >= POWERS_OF_TEN.length) return Number(text);
  const value = places === 0 ? digits : digits / POWERS_OF_TEN[places];
  return text.charCodeAt(0) === 45 ? -value : value;
}

/** A DECIMAL value as a driver returns it: text from MySQL/MariaDB, a number from SQLite. */
export const decimalValue = (value: string | number) =>
  typeof value === 'string' ? decimalNumber(value) : value;

/** DECIMAL columns come back from MySQL as strings; the domain works with numbers. */
export const decimalTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null ? null : decimalValue(value)),
};
