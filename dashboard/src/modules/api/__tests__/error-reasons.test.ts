import fs from 'node:fs';
import path from 'node:path';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { GraphQLError } from 'graphql';
import { en } from '../../i18n/dictionaries/en';
import { id } from '../../i18n/dictionaries/id';
import { createTranslate } from '../../i18n/utils/translate';
import { errorMessage, problemText } from '../utils/error-messages';

// Every reason the API can send, by module, as `npm run schema:emit` writes it from the API's
// reason unions (api/src/error-reasons.ts); the API's tests keep the file current.
const byModule = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../../../../schema/error-reasons.json'), 'utf8'),
) as Record<string, string[]>;
const reasons = Object.values(byModule).flat();

describe('a text for every reason the API can send', () => {
  it('reads the API’s list', () => expect(reasons.length).toBeGreaterThan(100));

  it.each(reasons)('%s has a text in Indonesian and English', (reason) => {
    const key = `reason.${reason}` as keyof typeof id;
    expect(id[key]?.trim()).toBeTruthy();
    expect(en[key]?.trim()).toBeTruthy();
  });

  it('has no text for a reason the API no longer sends', () => {
    const translated = Object.keys(id)
      .filter((key) => key.startsWith('reason.'))
      .map((key) => key.slice('reason.'.length));
    expect(translated.filter((reason) => !reasons.includes(reason))).toEqual([]);
  });
});

describe('every reason reads in the chosen language, never the API’s English', () => {
  const idT = createTranslate('id');
  const enT = createTranslate('en');
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  const ENGLISH_PROSE = 'The API’s English sentence, never shown';
  // A value for each placeholder the text names: a day for day-like names, else a number.
  const paramsFor = (reason: string) =>
    Object.fromEntries(
      placeholders(id[`reason.${reason}` as keyof typeof id] ?? '').map((name) => [
        name,
        /On$|From$|^from$|^to$/.test(name) ? '2026-12-31' : 7,
      ]),
    );

  it.each(reasons)('%s', (reason) => {
    const params = paramsFor(reason);
    const refusal = new CombinedGraphQLErrors({
      errors: [
        new GraphQLError(ENGLISH_PROSE, { extensions: { code: 'CONFLICT', reason, ...params } }),
      ],
    });
    const indonesian = errorMessage(idT, refusal);
    const english = errorMessage(enT, refusal);
    // The reason's own sentence, not the fallback per code, with every value filled in.
    expect(indonesian).toBe(problemText(idT, { reason, params }));
    expect(indonesian).not.toBe(idT('error.code.CONFLICT'));
    for (const text of [indonesian, english]) {
      expect(text).not.toContain(ENGLISH_PROSE);
      expect(text).not.toMatch(/\{\w+\}/);
    }
    // The Indonesian text is not the English one copied over.
    expect(indonesian).not.toBe(english);
  });
});
