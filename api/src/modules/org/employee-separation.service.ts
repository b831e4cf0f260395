import { type DataSource } from 'typeorm';
import type { Context } from '../../platform/graphql/context';
import { recordAudit } from '../../platform/audit/audit.service';
import { lockedRow } from '../../platform/database/row-lock';
import { runTransaction } from '../../platform/database/transaction';
import { updateVersioned } from '../../platform/database/versioned-update';
import { assertNoProblems, conflict, forbidden } from '../../platform/graphql/errors';
import { assertEmployeeMayLeave, syncAccountWithEmployee } from '../account/account-access';
import { jakartaDate } from '../cycle/utils/periods.util';
import { recountUnits } from '../evaluation/unit-counts';
import { PejabatPenilaiService } from '../staffing/pejabat-penilai.service';
import { Employee } from './employee.entity';
import { EmployeeSeparation } from './employee-separation.entity';
import type { DeactivateEmployeeInput } from './employee-separation.inputs';
import type { EmployeeService } from './employee.service';
import { separationProblems, type SeparationRecord } from './utils/separation-validation.util';

/** An employee leaving: the record, the separation row and the account, in one transaction. */
export class EmployeeSeparationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly employees: EmployeeService,
  ) {}

  async deactivate(
    context: Context,
    id: number,
    input: DeactivateEmployeeInput,
  ): Promise<Employee> {
    if (!context.ability.can('update', 'Employee', 'active'))
      throw forbidden('EMPLOYEE_DEACTIVATE_FORBIDDEN', 'Only HR records that an employee leaves');
    if (context.viewer?.employeeId === id)
      throw forbidden('EMPLOYEE_SELF_DEACTIVATE', 'Another HR administrator records your leaving');
    const current = await this.employees.get(context, id);
    const record: SeparationRecord = {
      kind: input.kind,
      effectiveDate: input.effectiveDate.trim(),
      reason: input.reason.trim(),
      decreeNumber: input.decreeNumber?.trim() || null,
    };
    assertNoProblems(
      separationProblems({
        record,
        employmentType: current.employmentType,
        today: jakartaDate(context.now),
      }),
    );
    await runTransaction(this.dataSource, async (manager) => {
      // Locked first, as placing someone under them locks them: the direct reports counted below
      // include one given to them at the same moment.
      await lockedRow(manager, Employee, id);
      if (!current.active)
        throw conflict('EMPLOYEE_ALREADY_INACTIVE', 'This employee has left already');
      const reports = await manager.countBy(Employee, { supervisorId: id, active: true });
      if (reports > 0)
        throw conflict(
          'HAS_ACTIVE_REPORTS',
          `has ${reports} active direct reports; give them another supervisor first`,
          { count: reports },
        );
      await assertEmployeeMayLeave(manager, id);
      await updateVersioned(manager, Employee, {
        id,
        version: input.version,
        changes: { active: false },
        message: `Employee ${id} was changed by someone else (your version ${input.version} is stale); reload and try again`,
      });
      // A leaver's evaluations leave their unit's result totals (active employees only).
      await recountUnits(manager, [current.unitId], null);
      const inserted = await manager.insert(EmployeeSeparation, {
        ...record,
        employeeId: id,
        recordedByAccountId: context.viewer?.accountId ?? null,
      });
      // A leaver who decided keberatan (e.g. as a Plt) passes them on by the same rule.
      await new PejabatPenilaiService().refreshObjections(manager, {
        now: context.now,
        actor: context.viewer,
      });
      const note = `${record.kind}: ${record.reason}`;
      await syncAccountWithEmployee(manager, {
        actor: context.viewer,
        employeeId: id,
        active: false,
        reason: note,
      });
      await recordAudit(manager, {
        actor: context.viewer,
        action: 'employee.deactivate',
        entity: 'Employee',
        entityId: id,
        before: current,
        after: {
          ...(await manager.findOneByOrFail(Employee, { id })),
          separationId: Number(inserted.identifiers[0].id),
          separationKind: record.kind,
          effectiveDate: record.effectiveDate,
          decreeNumber: record.decreeNumber,
        },
        reason: note,
      });
    });
    return this.dataSource.getRepository(Employee).findOneByOrFail({ id });
  }

  /** The latest separation of an employee who has left (null while active). */
  async latestOf(employee: Employee): Promise<EmployeeSeparation | null> {
    if (employee.active) return null;
    return this.dataSource
      .getRepository(EmployeeSeparation)
      .findOne({ where: { employeeId: employee.id }, order: { id: 'DESC' } });
  }
}
