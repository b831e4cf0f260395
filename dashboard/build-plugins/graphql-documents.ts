import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const GENERATED = fileURLToPath(
  new URL('../src/modules/api/generated/graphql.ts', import.meta.url),
);
const GRAPHQL_IMPORT = /^import \{ graphql \} from '[./]+\/api\/generated';\n/m;
const GRAPHQL_CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const DEFINITION = /^\s*(query|mutation|subscription|fragment)\s+(\w+)/;
const GENERATED_DOCUMENT = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;

/** The generated documents as JSON text, by export name (`GetSessionDocument`, `…FragmentDoc`). */
function readGeneratedDocuments(): Map<string, string> {
  const source = fs.readFileSync(GENERATED, 'utf8');
  return new Map([...source.matchAll(GENERATED_DOCUMENT)].map(([, name, json]) => [name, json]));
}

/**
 * Like the client preset's Babel plugin, but inlining: each `graphql(\`...\`)` becomes its generated
 * document, so every chunk carries only its own operations. Through `graphql()` (the map of all
 * operations) or through imports of the one generated module (which a bundler puts whole in a
 * chunk every page shares), /login would load every operation of the dashboard.
 */
export function graphqlDocuments(): Plugin {
  let documents = new Map<string, string>();
  return {
    name: 'kinerja-graphql-documents',
    enforce: 'pre',
    buildStart() {
      documents = readGeneratedDocuments();
      this.addWatchFile(GENERATED);
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || !GRAPHQL_IMPORT.test(code)) return null;
      let inlined = 0;
      const replaced = code.replace(GRAPHQL_CALL, (call, source: string) => {
        const match = DEFINITION.exec(source);
        const name = match && `${match[2]}${match[1] === 'fragment' ? 'FragmentDoc' : 'Document'}`;
        const document = name && documents.get(name);
        // Stale generated code: `npm run codegen`; the map keeps the build working meanwhile.
        if (!document) return call;
        inlined += 1;
        return document;
      });
      if (inlined === 0) return null;
      const withoutMap = /\bgraphql\(/.test(replaced)
        ? replaced
        : replaced.replace(GRAPHQL_IMPORT, '');
      return { code: withoutMap, map: null };
    },
  };
}
