import fs from 'node:fs';
import path from 'node:path';
import { id } from '../dictionaries/id';
import { idFirst } from '../dictionaries/id-first';

// The entry chunk holds what main.tsx imports statically (a dynamic import() starts a chunk of its
// own); its texts must be among the first ones, which ship with it, or a key would show raw.
const SRC = path.resolve(__dirname, '../../..');
const ENTRY = path.join(SRC, 'main.tsx');
const STATIC_IMPORT =
  /^\s*(import|export)\s+(?!type\s)[^;]*?from\s+'(\.[^']+)'|^\s*import\s+'(\.[^']+)'/gm;

function resolveModule(from: string, specifier: string): string | null {
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
  return candidates.find((file) => /\.tsx?$/.test(file) && fs.existsSync(file)) ?? null;
}

function entryChunkFiles(): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const match of fs.readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      const next = resolveModule(file, match[2] ?? match[3]);
      if (next) visit(next);
    }
  };
  visit(ENTRY);
  return [...seen];
}

const relative = (file: string) => path.relative(SRC, file);
const isDictionary = (file: string) => /\/i18n\/|\/dictionaries\//.test(file);

describe('the first Indonesian texts', () => {
  const files = entryChunkFiles();

  test('the entry chunk holds the login page and Beranda’s first frame, not the whole dictionary', () => {
    const names = files.map(relative);
    expect(names).toEqual(
      expect.arrayContaining([
        'pages/LoginPage.tsx',
        'modules/home/components/LandingSkeleton.tsx',
        'modules/i18n/dictionaries/id-first.ts',
      ]),
    );
    expect(names).not.toContain('modules/i18n/dictionaries/id.ts');
    expect(names).not.toContain('modules/i18n/dictionaries/en.ts');
  });

  test('every text the entry chunk names is among them', () => {
    const keys = new Set(Object.keys(id));
    const missing: string[] = [];
    for (const file of files.filter((name) => !isDictionary(name))) {
      const source = fs.readFileSync(file, 'utf8');
      for (const [, key] of source.matchAll(/['"`]([a-zA-Z]+(?:\.[a-zA-Z0-9]+)+)['"`]/g)) {
        if (keys.has(key) && !(key in idFirst)) missing.push(`${relative(file)}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  test('are the same texts as the whole dictionary’s', () => {
    for (const [key, text] of Object.entries(idFirst)) {
      expect(id[key as keyof typeof id]).toBe(text);
    }
  });
});

describe('Indonesian before and after the rest of its texts load', () => {
  // A fresh copy of the module: the test setup has loaded every dictionary into the shared one.
  const freshTranslate = () => {
    let module!: typeof import('../utils/translate');
    jest.isolateModules(() => {
      module = jest.requireActual<typeof import('../utils/translate')>('../utils/translate');
    });
    return module;
  };

  test('the first texts speak at once; the rest, and API reasons, once loaded', async () => {
    const translate = freshTranslate();
    expect(translate.canShowFirstFrame('id')).toBe(true);
    expect(translate.canShowFirstFrame('en')).toBe(false);
    expect(translate.isDictionaryLoaded('id')).toBe(false);
    const t = translate.createTranslate('id');
    expect(t('login.title')).toBe(idFirst['login.title']);
    expect(t('nav.employees')).toBe('nav.employees');
    expect(translate.isMessageKey('nav.employees')).toBe(false);

    await translate.loadDictionary('id');
    expect(translate.isDictionaryLoaded('id')).toBe(true);
    expect(t('nav.employees')).toBe(id['nav.employees']);
    expect(translate.isMessageKey('nav.employees')).toBe(true);
    // English without its dictionary speaks Indonesian rather than keys.
    expect(translate.createTranslate('en')('nav.employees')).toBe(id['nav.employees']);
  });
});
