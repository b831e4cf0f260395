import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One problem of one CSV line' })
export class ImportProblem {
  @Field(() => Int, { description: 'Line in the CSV (the header is line 1)' })
  line: number;

  @Field()
  field: string;

  @Field()
  message: string;
}

@ObjectType({ description: 'What an import did, or would do on a dry run' })
export class EmployeeImportResult {
  @Field()
  dryRun: boolean;

  @Field(() => Int, { description: 'Data rows read' })
  rows: number;

  @Field(() => Int, {
    description: 'Employees created (0 on a dry run or when there are problems)',
  })
  created: number;

  @Field(() => [ImportProblem])
  problems: ImportProblem[];
}
