import { randomInt } from 'node:crypto';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import type { FieldProblem } from '../../../platform/graphql/errors';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;
/** zxcvbn's 0–4 scale: 3 is "safely unguessable: moderate protection from offline attacks". */
export const MIN_PASSWORD_SCORE = 3;

// Built once: the dictionaries are large and the factory is reusable.
let factory: ZxcvbnFactory | null = null;
const zxcvbn = () =>
  (factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary },
    graphs: common.adjacencyGraphs,
  }));

/**
 * Why a new password is refused, naming the field `newPassword`: too short, too long, or guessable
 * (zxcvbn score below 3, with the user's own username, name and NIP as dictionary words).
 */
export function passwordPolicyProblems({
  password,
  userInputs,
  field = 'newPassword',
}: {
  password: string;
  userInputs: (string | null | undefined)[];
  field?: string;
}): FieldProblem[] {
  if (password.length < MIN_PASSWORD_LENGTH)
    return [
      {
        field,
        reason: 'PASSWORD_TOO_SHORT',
        message: `must be at least ${MIN_PASSWORD_LENGTH} characters`,
        params: { min: MIN_PASSWORD_LENGTH },
      },
    ];
  if (password.length > MAX_PASSWORD_LENGTH)
    return [
      {
        field,
        reason: 'MAX_LENGTH',
        message: `must be at most ${MAX_PASSWORD_LENGTH} characters`,
        params: { max: MAX_PASSWORD_LENGTH },
      },
    ];
  // The whole input, each word of it and the words run together: "SitiRahayu2026" is weak for
  // Siti Rahayu; a NIP's birth date (its first 8 digits) too.
  const words = userInputs.flatMap((input) => {
    const text = (input ?? '').toLowerCase().trim();
    const parts = text.split(/[\s.,'@_-]+/).filter((word) => word.length >= 3);
    return [text, parts.join(''), ...parts, ...(/^\d{18}$/.test(text) ? [text.slice(0, 8)] : [])];
  });
  const { score } = zxcvbn().check(password, words);
  if (score < MIN_PASSWORD_SCORE)
    return [
      {
        field,
        reason: 'PASSWORD_TOO_WEAK',
        message: 'is too easy to guess: use a longer phrase of unrelated words',
        params: { score, minScore: MIN_PASSWORD_SCORE },
      },
    ];
  return [];
}

// No look-alikes (0/O, 1/l/I) so a password read aloud or from paper is typed right.
const ONE_TIME_ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A one-time password HR hands over: 3 groups of 4 from a CSPRNG (about 69 bits). */
export function generateOneTimePassword(): string {
  const groups = Array.from({ length: 3 }, () =>
    Array.from({ length: 4 }, () => ONE_TIME_ALPHABET[randomInt(ONE_TIME_ALPHABET.length)]).join(
      '',
    ),
  );
  return groups.join('-');
}
