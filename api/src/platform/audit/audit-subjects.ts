import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context';
import { AuditLog } from './audit-log.entity';
import type { AuditService } from './audit-query.service';

/** Names one audited record of a type by its id, through the request's loaders (batched). */
export type AuditSubjectNamer = (context: Context, id: number) => Promise<string | null>;

/** The record types the modules can name, keyed as the audit log stores them (`entity`). */
export type AuditSubjectNames = Readonly<Record<string, AuditSubjectNamer>>;

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
}
