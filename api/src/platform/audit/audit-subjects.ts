import { Ctx, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context';
import { AuditLog } from './audit-log.entity';
import type { AuditService } from './audit-query.service';

/** Names one audited record of a type by its id, through the request's loaders (batched). */
export type AuditSubjectNamer = (context: Context, id: number) => Promise<string | null>;

/** The record types the modules can name, keyed as the audit log stores them (`entity`). */
export type AuditSubjectNames = Readonly<Record<string, AuditSubjectNamer>>;

/**
 * Fields of the records' before/after that hold the id of a record the modules name, by that
 * record's type (as `AuditSubjectNames` keys it). The same field means the same type in every
 * record the API audits; a list holds several ids.
 */
export const REFERENCE_FIELDS: Readonly<Record<string, string>> = {
  employeeId: 'Employee',
  supervisorId: 'Employee',
  evaluatorId: 'Employee',
  atasanId: 'Employee',
  deciderId: 'Employee',
  authorId: 'Employee',
  recipientId: 'Employee',
  headId: 'Employee',
  createdById: 'Employee',
  reassignedStaff: 'Employee',
  unitId: 'OrgUnit',
  parentId: 'OrgUnit',
  headOfUnitId: 'OrgUnit',
  evaluatorActingUnitId: 'OrgUnit',
  positionId: 'Position',
  cycleId: 'Cycle',
  programId: 'TrainingProgram',
};

@ObjectType({ description: 'A record an id in an audit entry’s before/after points to, by name' })
export class AuditReference {
  @Field({ description: 'The field of before/after that holds the id, e.g. supervisorId' })
  field: string;

  // Not `id`: the same record may be named for two fields, and clients key objects by `id`.
  @Field(() => ID, { description: 'The id the field holds: the record’s id' })
  recordId: string;

  @Field({
    description:
      'The record by name: an employee, a unit, a jabatan, a cycle’s year or a programme',
  })
  name: string;
}

/**
 * The changed record by name beside its type and id ("Pegawai Ayu Rahayu" for "Employee 71"): only
 * the audit log's readers (the Camat and HR, who may read every name) reach the field.
 */
@Resolver(() => AuditLog)
export class AuditLogSubjectResolver {
  constructor(private readonly audit: AuditService) {}

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The record changed, by name: an employee, a unit, a jabatan, a cycle’s year, a training ' +
      'programme, an account’s person, or the employee an SKP, evaluation, keberatan, activity or ' +
      'Plt/Plh is of; null when the record is gone or its type has no name',
  })
  subjectName(@Root() entry: AuditLog, @Ctx() context: Context): Promise<string | null> {
    return this.audit.subjectName(context, entry);
  }

  /** Part of the details: only those who read before/after (HR) reach it. */
  @FieldResolver(() => [AuditReference], {
    description:
      'The records the ids in before/after point to, by name (supervisorId 7: the employee’s name), ' +
      'each field and id once; ids of records that are gone are left out',
  })
  references(@Root() entry: AuditLog, @Ctx() context: Context): Promise<AuditReference[]> {
    return this.audit.references(context, entry);
  }
}
