import { Field, Int, ObjectType } from 'type-graphql';
import type { ErrorReason, ReasonParams } from '../../platform/graphql/errors';

@ObjectType({ description: 'One problem of one CSV line' })
export class ImportProblem {
  @Field(() => Int, { description: 'Line in the CSV (the header is line 1)' })
  line: number;

  @Field({ description: 'The CSV column (or employee field) at fault' })
  field: string;

  @Field(() => String, {
    description: 'Stable machine reason, as `reason` of a field problem in `extensions.fields`',
  })
  reason: ErrorReason;

  @Field({ description: 'Why the value was refused, in English' })
  message: string;

  /** The values the reason names; sent in `extensions.fields` when a real import is refused. */
  params?: ReasonParams;
}

@ObjectType({ description: 'What an import did, or would do on a dry run' })
export class EmployeeImportResult {
  @Field({ description: 'True when the CSV was only checked and nothing was written' })
  dryRun: boolean;

  @Field(() => Int, { description: 'Data rows read' })
  rows: number;

  @Field(() => Int, {
    description: 'Employees created (0 on a dry run or when there are problems)',
  })
  created: number;

  @Field(() => [ImportProblem], { description: 'Every problem found; empty when the CSV is clean' })
  problems: ImportProblem[];
}
