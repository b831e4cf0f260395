/**
 * Writes schema/schema.graphql and schema/error-reasons.json from the code (a test fails when
 * either committed file is stale).
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { printErrorReasons } from '../src/error-reasons';
import { printAppSchema } from '../src/schema';

const written = [
  ['schema.graphql', printAppSchema()],
  ['error-reasons.json', printErrorReasons()],
] as const;
for (const [name, text] of written) {
  const target = path.resolve(__dirname, '../../schema', name);
  fs.writeFileSync(target, text);
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}
