import { Account, LoginFailure } from './modules/account/account.entity';
import { Employee, ReportingLine } from './modules/org/employee.entity';
import { OrgUnit, OrgUnitClosure } from './modules/org/org-unit.entity';
import { Position } from './modules/org/position.entity';
import { AuditLog } from './platform/audit/audit-log.entity';

/** Every TypeORM entity; migrations are generated from exactly this list. */
export const ENTITIES = [
  OrgUnit,
  OrgUnitClosure,
  Position,
  Employee,
  ReportingLine,
  Account,
  LoginFailure,
  AuditLog,
];
