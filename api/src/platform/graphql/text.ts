import { assertNoProblems, type FieldProblem } from './errors';

/** The longest free-text filter a list takes; names, NIPs, codes and titles are far shorter. */
export const MAX_FILTER_TEXT_LENGTH = 100;

// Control characters other than tab and line breaks, halves of a UTF-16 pair without the other,
// and the bidirectional embeddings, overrides and isolates: never typed by a person. SQLite's LIKE
// stops reading a pattern at a NUL (a search would match everything), JSON spells each as six
// characters (an audit row outgrows its column), and a right-to-left override shows a name, a
// target or a reason in another order than it was written (in lists, PDFs and the audit log).
const UNPRINTABLE = /(?![\t\n\r])\p{Cc}|\p{Cs}|[\u202a-\u202e\u2066-\u2069]/u;

/** A text outside `min`–`max` characters: LENGTH {min, max}, or MAX_LENGTH {max} when `min` is 0. */
export function lengthProblem(
  field: string,
  { min = 0, max }: { min?: number; max: number },
): FieldProblem {
  return min > 0
    ? {
        field,
        reason: 'LENGTH',
        message: `must be ${min} to ${max} characters`,
        params: { min, max },
      }
    : {
        field,
        reason: 'MAX_LENGTH',
        message: `must be at most ${max} characters`,
        params: { max },
      };
}

/**
 * The one check of a free-text input, given trimmed: its length (in UTF-16 units, never more than
 * the characters a column counts) within `min`–`max`, and nothing unprintable. Empty when fine.
 */
export function textProblems(
  field: string,
  text: string,
  { min = 0, max }: { min?: number; max: number },
): FieldProblem[] {
  if (text.length < min || text.length > max) return [lengthProblem(field, { min, max })];
  if (UNPRINTABLE.test(text))
    return [
      {
        field,
        reason: 'CONTROL_CHARACTERS',
        message: 'must not contain control characters',
      },
    ];
  return [];
}

/**
 * The free-text arguments `keys` of a list filter, trimmed, with blank ones left out; a value over
 * MAX_FILTER_TEXT_LENGTH or holding a control character is BAD_USER_INPUT naming `filter.<key>`.
 */
export function readFilterTexts<K extends string>(
  filter: Partial<Record<K, string | null>> | null | undefined,
  keys: readonly K[],
): Partial<Record<K, string>> {
  const texts: Partial<Record<K, string>> = {};
  const problems: FieldProblem[] = [];
  for (const key of keys) {
    const text = filter?.[key]?.trim();
    if (!text) continue;
    const found = textProblems(`filter.${key}`, text, { max: MAX_FILTER_TEXT_LENGTH });
    if (found.length) problems.push(...found);
    else texts[key] = text;
  }
  assertNoProblems(problems);
  return texts;
}

/**
 * A free-text search argument given on its own (not in a filter object), trimmed; null when blank.
 * Over MAX_FILTER_TEXT_LENGTH or holding a control character is BAD_USER_INPUT naming `field`.
 */
export function readTextArg(field: string, value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  assertNoProblems(textProblems(field, text, { max: MAX_FILTER_TEXT_LENGTH }));
  return text;
}
