import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, validate } from 'graphql';
import * as MUTATIONS from '../graphql/mutations';
import * as QUERIES from '../graphql/queries';

// The development operations against the committed SDL (the contract with the API).
const SCHEMA_FILE = path.resolve(__dirname, '../../../../../schema/schema.graphql');
const describeIfSchema = fs.existsSync(SCHEMA_FILE) ? describe : describe.skip;

describeIfSchema('development operations against schema/schema.graphql', () => {
  const schema = buildSchema(fs.readFileSync(SCHEMA_FILE, 'utf8'));

  test.each(Object.entries({ ...QUERIES, ...MUTATIONS }))('%s is valid', (_name, document) => {
    expect(validate(schema, document).map((error) => error.message)).toEqual([]);
  });
});
