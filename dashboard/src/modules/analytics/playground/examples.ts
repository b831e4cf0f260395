// The analyst example queries in schema/examples, bundled at build time (Vite only: not for jest).
const FILES = import.meta.glob<string>('../../../../../schema/examples/*.graphql', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** A raw import's text (Vite types raw glob imports loosely). */
const textOf = (raw: unknown): string => (typeof raw === 'string' ? raw : '');

export interface ExampleQuery {
  name: string;
  query: string;
}

export const EXAMPLE_QUERIES: ExampleQuery[] = Object.entries(FILES)
  .map(([file, query]) => ({
    name: file.replace(/^.*\//, '').replace(/\.graphql$/, ''),
    query: textOf(query),
  }))
  .sort((a, b) => a.name.localeCompare(b.name));

// The committed SDL: GraphiQL gets the schema without an introspection query (which the API's
// query-cost limit rejects).
const SDL = import.meta.glob<string>('../../../../../schema/schema.graphql', {
  query: '?raw',
  import: 'default',
  eager: true,
});
export const SCHEMA_SDL = textOf(Object.values(SDL)[0]);
