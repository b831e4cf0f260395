import type { EntityTarget } from 'typeorm';
import type { AuditSubjectNamer, AuditSubjectNames } from '../../platform/audit/audit-subjects';
import { Employee } from './employee.entity';
import { OrgUnit } from './org-unit.entity';
import { Position } from './position.entity';

export const employeeSubject: AuditSubjectNamer = async (context, id) =>
  (await context.loaders.byId(Employee).load(id))?.name ?? null;

/** A record that belongs to one employee (an SKP, an evaluation…) is named by that employee. */
export const ownerSubject =
  <T extends { id: number; employeeId: number }>(entity: EntityTarget<T>): AuditSubjectNamer =>
  async (context, id) => {
    const record = await context.loaders.byId(entity).load(id);
    return record ? employeeSubject(context, record.employeeId) : null;
  };

export const orgAuditSubjects: AuditSubjectNames = {
  Employee: employeeSubject,
  OrgUnit: async (context, id) => (await context.loaders.byId(OrgUnit).load(id))?.name ?? null,
  Position: async (context, id) => (await context.loaders.byId(Position).load(id))?.title ?? null,
};
