import type { Plugin } from 'vite';

type ModuleInfoOf = (id: string) => { importedIds: readonly string[] } | null;

/** Every module `roots` reach through static imports (the roots included), except `stop`'s. */
export function staticClosure(
  roots: Iterable<string>,
  getModuleInfo: ModuleInfoOf,
  stop: ReadonlySet<string> = new Set(),
): Set<string> {
  const seen = new Set<string>();
  const pending = [...roots];
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (seen.has(id) || stop.has(id)) continue;
    const info = getModuleInfo(id);
    if (!info) continue;
    seen.add(id);
    pending.push(...info.importedIds);
  }
  return seen;
}

/**
 * One chunk for what every signed-in first load needs: Apollo, the session, the shell and Beranda
 * (`roots`, with what they import statically), minus what the entry already carries (/login's
 * code, which stays where it is). Left to the automatic splitting, that is some forty small chunks
 * reached through three lazy boundaries, each one more round trip on a slow phone connection.
 *
 * The plugin finds the modules once the graph is built; `group` is the code-splitting group that
 * captures them (`build.rolldownOptions.output.codeSplitting.groups`).
 */
export function signedInChunk({
  name,
  roots,
  exclude,
}: {
  name: string;
  roots: readonly string[];
  /** Modules left to the automatic splitting (a group keeps every module it captures, used or not). */
  exclude?: RegExp;
}) {
  let members = new Set<string>();
  let initialShared = new Set<string>();
  const plugin: Plugin = {
    name: 'kinerja-signed-in-chunk',
    apply: 'build',
    buildEnd() {
      const getModuleInfo: ModuleInfoOf = (id) => this.getModuleInfo(id);
      const entries = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      const initial = staticClosure(entries, getModuleInfo);
      const missing = roots.filter((root) => !this.getModuleInfo(root));
      if (missing.length > 0)
        this.error(`signed-in chunk: not in the build: ${missing.join(', ')}`);
      members = new Set(
        [...staticClosure(roots, getModuleInfo, initial)].filter((id) => !exclude?.test(id)),
      );
      const entrySet = new Set(entries);
      initialShared = new Set([...initial].filter((id) => !entrySet.has(id)));
    },
  };
  const group = {
    name,
    test: (id: string) => members.has(id),
    // The members are closed under static imports already; anything else they import is the
    // entry's, and must stay there (else the entry, and /login, would import this chunk).
    includeDependenciesRecursively: false,
  };
  /**
   * What the entry imports statically, as one chunk beside it: the modules it shares with lazy
   * chunks would otherwise each be a small chunk of their own (the icons, the router, the
   * skeletons…), every one a request before the first paint.
   */
  const initialGroup = {
    name: 'app',
    test: (id: string) => initialShared.has(id),
    includeDependenciesRecursively: false,
  };
  return { plugin, group, initialGroup };
}
