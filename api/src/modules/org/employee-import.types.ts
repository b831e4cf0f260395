import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ErrorReason, ReasonParams } from '../../platform/graphql/errors';

@ObjectType({ description: 'One value a reason’s sentence names (a bound, a name, a count)' })
export class ReasonParam {
  @Field({ description: 'The placeholder’s name in the translated sentence, e.g. `name`' })
  name: string;

  @Field({ description: 'Its value, as text' })
  value: string;
}

/** A reason's params as GraphQL lists them. */
export const reasonParamList = (params: ReasonParams | undefined): ReasonParam[] =>
  Object.entries(params ?? {}).map(([name, value]) => ({ name, value: String(value) }));

@ObjectType({ description: 'One problem of one CSV line or spreadsheet row' })
export class ImportProblem {
  @Field(() => Int, {
    description: 'Line in the CSV or row in the sheet, as HR sees it (the header is line 1)',
  })
  line: number;

  @Field({
    description:
      'The employee field at fault (nip, name, gender, birthDate, employmentType, rank, position, unit, supervisorNip, email, phone)',
  })
  field: string;

  @Field(() => String, {
    nullable: true,
    description: 'The header of that column as written in the file, when the file has one',
  })
  column?: string | null;

  @Field(() => String, {
    description: 'Stable machine reason, as `reason` of a field problem in `extensions.fields`',
  })
  reason: ErrorReason;

  @Field({ description: 'Why the value was refused, in English' })
  message: string;

  @Field(() => [ReasonParam], {
    description: 'The values the reason names, for the client’s translation of `reason`',
  })
  params: ReasonParam[];
}

export enum ImportRowStatus {
  NEW = 'NEW',
  UPDATED = 'UPDATED',
  MOVED = 'MOVED',
  UNCHANGED = 'UNCHANGED',
  ERROR = 'ERROR',
}

registerEnumType(ImportRowStatus, {
  name: 'ImportRowStatus',
  description: 'What an import does with one row',
  valuesConfig: {
    NEW: { description: 'A NIP not yet in the directory: the employee is added' },
    UPDATED: { description: 'A known NIP whose own fields (name, rank, contact…) change' },
    MOVED: { description: 'A known NIP whose unit and/or position changes (a mutasi)' },
    UNCHANGED: { description: 'A known NIP whose record already matches the row' },
    ERROR: { description: 'The row has problems; nothing of the file is saved' },
  },
});

@ObjectType({ description: 'One data row of an import and what it does, or would do' })
export class ImportRow {
  @Field(() => Int, { description: 'Line in the CSV or row in the sheet (the header is line 1)' })
  line: number;

  @Field(() => String, { nullable: true, description: 'The NIP of the row, as read' })
  nip: string | null;

  @Field(() => String, { nullable: true, description: 'The name of the row, with its titles' })
  name: string | null;

  @Field(() => ImportRowStatus, { description: 'What the row does' })
  status: ImportRowStatus;

  @Field(() => [String], {
    description: 'The fields an UPDATED or MOVED row changes (same names as ImportProblem.field)',
  })
  changedFields: string[];

  @Field(() => String, {
    nullable: true,
    description:
      'The TMT (YYYY-MM-DD) of a MOVED row’s mutasi (its TMT Jabatan, or the import day when empty), or of a NEW row’s first day in the kecamatan (its TMT Jabatan; null when empty: not known)',
  })
  tmt: string | null;

  @Field(() => [ImportProblem], { description: 'The row’s problems; empty unless ERROR' })
  problems: ImportProblem[];

  @Field(() => String, {
    nullable: true,
    description:
      'The one-time password of the account made for a NEW row: given once, by the committing run only (null on a dry run); the employee must change it at first login',
  })
  oneTimePassword: string | null;
}

@ObjectType({ description: 'What an import did, or would do on a dry run' })
export class EmployeeImportResult {
  @Field({ description: 'True when the file was only checked and nothing was written' })
  dryRun: boolean;

  @Field(() => Int, { description: 'Data rows read' })
  rows: number;

  @Field(() => Int, {
    description: 'Employees created (0 on a dry run or when there are problems)',
  })
  created: number;

  @Field(() => [ImportProblem], {
    description: 'Every problem found; empty when the file is clean',
  })
  problems: ImportProblem[];

  @Field(() => [ImportRow], { description: 'Every data row with its status, in file order' })
  entries: ImportRow[];

  @Field(() => Int, { description: 'Rows that add an employee (done, or to be done on a dry run)' })
  newRows: number;

  @Field(() => Int, { description: 'Rows that change an employee’s own fields' })
  updatedRows: number;

  @Field(() => Int, { description: 'Rows that move an employee to another unit or position' })
  movedRows: number;

  @Field(() => Int, { description: 'Rows that match the directory already' })
  unchangedRows: number;

  @Field(() => Int, { description: 'Rows with problems' })
  errorRows: number;

  @Field(() => [String], {
    description: 'Headers of the file that are no roster column and were ignored (e.g. Agama, NIK)',
  })
  ignoredColumns: string[];
}

@InputType({ description: 'A roster file to import: a .csv or an Excel .xlsx, base64-encoded' })
export class RosterFileInput {
  @Field({ description: 'The file name; its extension (.csv or .xlsx) says how it is read' })
  fileName: string;

  @Field({ description: 'The file’s bytes in base64 (at most 1 MB once decoded)' })
  contentBase64: string;
}
