// The analyst example queries in schema/examples, bundled at build time (Vite only: not for jest).
const FILES = import.meta.glob<string>('../../../../../schema/examples/*.graphql', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export interface ExampleQuery {
  name: string;
  query: string;
}

export const EXAMPLE_QUERIES: ExampleQuery[] = Object.entries(FILES)
  .map(([file, query]) => ({ name: file.replace(/^.*\//, '').replace(/\.graphql$/, ''), query }))
  .sort((a, b) => a.name.localeCompare(b.name));

// The committed SDL: GraphiQL gets the schema without an introspection query (which the API's
// query-cost limit rejects).
export { default as SCHEMA_SDL } from '../../../../../schema/schema.graphql?raw';
