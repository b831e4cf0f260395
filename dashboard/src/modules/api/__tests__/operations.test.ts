import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, Kind, validate, type DocumentNode } from 'graphql';
import * as ANALYTICS_QUERIES from '../../analytics/graphql/queries';
import { LOGIN } from '../../auth/graphql/mutations';
import { GET_SESSION } from '../../auth/graphql/queries';
import { GET_CYCLES } from '../../cycles/graphql/queries';
import {
  GET_EMPLOYEE,
  GET_EMPLOYEES,
  GET_MY_PLACE,
  GET_MY_SUMMARY,
  GET_ORG_UNITS,
} from '../../employees/graphql/queries';
import * as CALIBRATION_MUTATIONS from '../../calibration/graphql/mutations';
import * as CALIBRATION_QUERIES from '../../calibration/graphql/queries';
import * as EVALUATION_MUTATIONS from '../../evaluation/graphql/mutations';
import * as EVALUATION_QUERIES from '../../evaluation/graphql/queries';
import * as FEEDBACK_MUTATIONS from '../../feedback/graphql/mutations';
import * as FEEDBACK_QUERIES from '../../feedback/graphql/queries';
import * as NOTIFICATION_MUTATIONS from '../../notifications/graphql/mutations';
import * as NOTIFICATION_QUERIES from '../../notifications/graphql/queries';
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
  GET_MY_PLACE,
  GET_CYCLES,
  ...SKP_QUERIES,
  ...SKP_MUTATIONS,
  ...EVALUATION_QUERIES,
  ...EVALUATION_MUTATIONS,
  ...FEEDBACK_MUTATIONS,
  ...withoutFragments(CALIBRATION_QUERIES),
  ...CALIBRATION_MUTATIONS,
  ...NOTIFICATION_MUTATIONS,
  ...ANALYTICS_QUERIES,
  // Fragments are validated inside the operations that spread them.
  ...withoutFragments(FEEDBACK_QUERIES),
  ...withoutFragments(NOTIFICATION_QUERIES),
};

function withoutFragments(module: Record<string, DocumentNode>): Record<string, DocumentNode> {
  return Object.fromEntries(
    Object.entries(module).filter(([, document]) =>
      document.definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION),
    ),
  );
}

const describeIfSchema = fs.existsSync(SCHEMA_FILE) ? describe : describe.skip;

describeIfSchema('dashboard operations against schema/schema.graphql', () => {
  const schema = buildSchema(fs.readFileSync(SCHEMA_FILE, 'utf8'));

  test.each(Object.entries(OPERATIONS))('%s is valid', (_name, document) => {
    expect(validate(schema, document).map((error) => error.message)).toEqual([]);
  });
});
