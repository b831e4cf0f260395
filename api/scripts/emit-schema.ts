/** Writes schema/schema.graphql from the code (a test fails when the committed file is stale). */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { printAppSchema } from '../src/schema';

const target = path.resolve(__dirname, '../../schema/schema.graphql');
fs.writeFileSync(target, printAppSchema());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
