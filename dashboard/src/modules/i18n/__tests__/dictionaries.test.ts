import { en } from '../dictionaries/en';
import { id } from '../dictionaries/id';
import { createTranslate, interpolate } from '../utils/translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  test('Indonesian and English have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
  });

  test.each(Object.keys(id) as (keyof typeof id)[])(
    '%s has a text and the same placeholders in both languages',
    (key) => {
      expect(id[key].trim()).not.toBe('');
      expect(en[key].trim()).not.toBe('');
      expect(placeholders(en[key])).toEqual(placeholders(id[key]));
    },
  );
});

describe('translate', () => {
  test('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('Halo, {name}', { name: 'Sri' })).toBe('Halo, Sri');
    expect(interpolate('{count} dari {total}', { count: 3 })).toBe('3 dari {total}');
  });

  test('speaks the chosen language', () => {
    expect(createTranslate('id')('nav.employees')).toBe('Pegawai');
    expect(createTranslate('en')('nav.employees')).toBe('Employees');
    expect(createTranslate('en')('directory.total', { count: 61 })).toBe('61 employees');
  });
});
