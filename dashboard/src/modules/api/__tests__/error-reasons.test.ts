import fs from 'node:fs';
import path from 'node:path';
import { en } from '../../i18n/dictionaries/en';
import { id } from '../../i18n/dictionaries/id';

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
