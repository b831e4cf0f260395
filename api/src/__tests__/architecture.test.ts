import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

// The import graph of api/src, read with TypeScript's own pre-processor (imports, re-exports,
// `import type`, dynamic imports and require), relative specifiers only.
const SRC = path.resolve(__dirname, '..');
const COMPOSITION_ROOT = 'composition.ts';
// Entry points: they import the composition root, and nothing may import them.
const ENTRY_POINTS = ['server.ts', 'main.ts'];

/** Every .ts file under a folder of api/src, as a path relative to api/src. */
function filesUnder(folder: string): string[] {
  const entries = fs.readdirSync(path.join(SRC, folder), { withFileTypes: true });
  return entries.flatMap((entry) => {
    const relative = path.posix.join(folder, entry.name);
    if (entry.isDirectory()) return filesUnder(relative);
    return entry.name.endsWith('.ts') ? [relative] : [];
  });
}

/** The files of api/src a file imports (relative to api/src; imports from outside are left out). */
function importsOf(file: string): string[] {
  const source = fs.readFileSync(path.join(SRC, file), 'utf8');
  const { importedFiles } = ts.preProcessFile(source, true, true);
  return importedFiles
    .map(({ fileName }) => fileName)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => path.posix.join(path.posix.dirname(file), specifier))
    .map((target) =>
      [`${target}.ts`, `${target}/index.ts`, target].find((candidate) =>
        fs.existsSync(path.join(SRC, candidate)),
      ),
    )
    .filter((target): target is string => target !== undefined && !target.startsWith('..'));
}

const graph = new Map(filesUnder('.').map((file) => [file, importsOf(file)]));
const layerFiles = (layer: string) => [...graph.keys()].filter((file) => file.startsWith(layer));

describe('architecture', () => {
  it('reads the import graph', () => {
    expect(graph.get(COMPOSITION_ROOT)).toContain('modules/plan/plan.service.ts');
    expect(graph.get('server.ts')).toContain(COMPOSITION_ROOT);
  });

  it('lets no module or platform file import the composition root or an entry point', () => {
    // Tests beside the code may start the whole server, as a client would.
    const sources = [...layerFiles('modules/'), ...layerFiles('platform/')].filter(
      (file) => !file.includes('/__tests__/'),
    );
    const offending = sources.flatMap((file) =>
      graph
        .get(file)!
        .filter((target) => target === COMPOSITION_ROOT || ENTRY_POINTS.includes(target))
        .map((target) => `${file} -> ${target}`),
    );
    expect(offending).toEqual([]);
  });

  it('has no import cycle through the composition root', () => {
    // Whatever the root reaches must not reach the root back.
    const reached = new Set<string>();
    const pending = [...graph.get(COMPOSITION_ROOT)!];
    while (pending.length > 0) {
      const file = pending.pop()!;
      if (reached.has(file)) continue;
      reached.add(file);
      pending.push(...(graph.get(file) ?? []));
    }
    expect(reached.has(COMPOSITION_ROOT)).toBe(false);
    expect(ENTRY_POINTS.filter((entry) => reached.has(entry))).toEqual([]);
  });

  it('lets no platform file import a module', () => {
    const platformFiles = layerFiles('platform/').filter((file) => !file.includes('/__tests__/'));
    const imports = platformFiles.flatMap((file) =>
      graph
        .get(file)!
        .filter((target) => target.startsWith('modules/'))
        .map((target) => `${file} -> ${target}`),
    );
    expect(imports).toEqual([]);
  });
});
