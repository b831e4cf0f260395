import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, validate, type DocumentNode } from 'graphql';
import { LOGIN } from '../../auth/graphql/mutations';
import { GET_SESSION } from '../../auth/graphql/queries';
import {
  GET_EMPLOYEE,
  GET_EMPLOYEES,
  GET_MY_SUMMARY,
  GET_ORG_UNITS,
} from '../../employees/graphql/queries';
import * as SKP_MUTATIONS from '../../skp/graphql/mutations';
import * as SKP_QUERIES from '../../skp/graphql/queries';

// The committed SDL is the contract with the API; every dashboard operation must validate against it.
const SCHEMA_FILE = path.resolve(__dirname, '../../../../../schema/schema.graphql');

const OPERATIONS: Record<string, DocumentNode> = {
  LOGIN,
  GET_SESSION,
  GET_EMPLOYEES,
  GET_EMPLOYEE,
  GET_ORG_UNITS,
  GET_MY_SUMMARY,
  ...SKP_QUERIES,
  ...SKP_MUTATIONS,
};

const describeIfSchema = fs.existsSync(SCHEMA_FILE) ? describe : describe.skip;

describeIfSchema('dashboard operations against schema/schema.graphql', () => {
  const schema = buildSchema(fs.readFileSync(SCHEMA_FILE, 'utf8'));

  test.each(Object.entries(OPERATIONS))('%s is valid', (_name, document) => {
    expect(validate(schema, document).map((error) => error.message)).toEqual([]);
  });
});
