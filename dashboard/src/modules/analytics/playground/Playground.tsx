import { GraphiQL } from 'graphiql';
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { buildSchema } from 'graphql';
import { useEffect, useMemo, useRef } from 'react';
import { EXAMPLE_QUERIES, SCHEMA_SDL } from './examples';
import { createPlaygroundFetcher } from './fetcher';
import { watchGraphiqlTabs } from './tab-semantics';

/** GraphiQL (bundled, Monaco workers from Vite) with the analyst examples as tabs. */
export function Playground({
  token,
  cycleId,
  emptyHint,
}: {
  token: string | null;
  /** Filled into `$cycleId` of the examples. */
  cycleId: string | null;
  /** Added to a result whose fields are all empty (see withEmptyResultHint). */
  emptyHint?: string;
}) {
  const containerRef = useRef<HTMLDivElement>(null);
  useEffect(() => (containerRef.current ? watchGraphiqlTabs(containerRef.current) : undefined), []);
  const schema = useMemo(() => buildSchema(SCHEMA_SDL), []);
  const fetcher = useMemo(
    () => createPlaygroundFetcher(() => token, '/graphql', emptyHint),
    [token, emptyHint],
  );
  const variables = JSON.stringify(cycleId ? { cycleId } : {}, null, 2);
  const tabs = EXAMPLE_QUERIES.map((example) => ({
    query: example.query,
    variables: /\$cycleId\b/.test(example.query) ? variables : undefined,
  }));
  return (
    <div className="playground" data-testid="graphql-playground" ref={containerRef}>
      <GraphiQL
        fetcher={fetcher}
        schema={schema}
        defaultTabs={tabs}
        defaultQuery={EXAMPLE_QUERIES[0]?.query}
        shouldPersistHeaders={false}
        defaultEditorToolsVisibility="variables"
      />
    </div>
  );
}
