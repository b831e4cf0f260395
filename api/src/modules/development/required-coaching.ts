import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../platform/auth/viewer';
import { recordAudit } from '../../platform/audit/audit.service';
import { updateVersioned } from '../../platform/database/versioned-update';
import { PerformanceCycle } from '../cycle/cycle.entity';
import { Period } from '../cycle/cycle.enums';
import { Evaluation } from '../evaluation/evaluation.entity';
import { Predicate, IN_FORCE_STATUSES } from '../evaluation/evaluation.enums';
import { notify } from '../feedback/notices';
import { Employee } from '../org/employee.entity';
import { DevelopmentActivity } from './development-activity.entity';
import { DevelopmentPlan } from './development-plan.entity';
import { ActivityKind, ActivityStatus } from './development.enums';

/** A FINAL annual predicate of these requires pembinaan in the next development plan. */
export const PEMBINAAN_PREDICATES: ReadonlySet<Predicate> = new Set([
  Predicate.BUTUH_PERBAIKAN,
  Predicate.KURANG,
  Predicate.SANGAT_KURANG,
]);
export const PEMBINAAN_JP = 4;
/** The official names of the predicates, as written in plans. */
const PREDICATE_NAME: Record<Predicate, string> = {
  [Predicate.SANGAT_BAIK]: 'Sangat Baik',
  [Predicate.BAIK]: 'Baik',
  [Predicate.BUTUH_PERBAIKAN]: 'Butuh Perbaikan',
  [Predicate.KURANG]: 'Kurang/Misconduct',
  [Predicate.SANGAT_KURANG]: 'Sangat Kurang',
};
export const PEMBINAAN_TITLE = 'Pembinaan kinerja';
const OPEN = [ActivityStatus.PLANNED, ActivityStatus.IN_PROGRESS];
const CHANGED_MEANWHILE = 'The required pembinaan was changed meanwhile; try again';

/** The employee's development plan for a cycle, created on first use. */
export async function findOrCreatePlan(
  manager: EntityManager,
  employeeId: number,
  cycleId: number,
): Promise<DevelopmentPlan> {
  const existing = await manager.findOneBy(DevelopmentPlan, { employeeId, cycleId });
  if (existing) return existing;
  const inserted = await manager.insert(DevelopmentPlan, { employeeId, cycleId });
  return manager.findOneByOrFail(DevelopmentPlan, { id: Number(inserted.identifiers[0].id) });
}

async function annualInForce(manager: EntityManager, employeeId: number, year: number) {
  return manager
    .getRepository(Evaluation)
    .createQueryBuilder('evaluation')
    .innerJoin(PerformanceCycle, 'cycle', 'cycle.id = evaluation.cycleId')
    .where('evaluation.employeeId = :employeeId AND cycle.year = :year', { employeeId, year })
    .andWhere('evaluation.period = :annual AND evaluation.supersededAt IS NULL', {
      annual: Period.ANNUAL,
    })
    .andWhere('evaluation.status IN (:...inForce)', { inForce: IN_FORCE_STATUSES })
    .orderBy('evaluation.revision', 'DESC')
    .getOne();
}

/**
 * Keeps the required pembinaan in the plan of cycle `year + 1` in line with the annual predicate
 * of `year` in force: added (with notices to the employee and their supervisor) when the
 * predicate is BUTUH_PERBAIKAN or lower, relinked when an objection revised it and it stays low,
 * cancelled with the reason when it was revised upwards. Does nothing until that cycle exists.
 */
export async function syncRequiredCoaching(
  manager: EntityManager,
  { employeeId, year, actor }: { employeeId: number; year: number; actor: Viewer | null },
): Promise<void> {
  const next = await manager.findOneBy(PerformanceCycle, { year: year + 1 });
  if (!next) return;
  const annual = await annualInForce(manager, employeeId, year);
  const plan = await manager.findOneBy(DevelopmentPlan, { employeeId, cycleId: next.id });
  const existing =
    plan && (await manager.findOneBy(DevelopmentActivity, { planId: plan.id, required: true }));
  const needed = annual !== null && PEMBINAAN_PREDICATES.has(annual.predicate);
  // Stored plan text, read by the employee and supervisor: Indonesian like the rest of the plan.
  const reason =
    annual && `Predikat ${PREDICATE_NAME[annual.predicate]} pada penilaian tahunan ${year}`;

  if (needed && existing) {
    if (existing.reasonEvaluationId === annual.id || !OPEN.includes(existing.status)) return;
    await updateVersioned(manager, DevelopmentActivity, {
      id: existing.id,
      version: existing.version,
      changes: { reasonEvaluationId: annual.id, reason: reason! },
      message: CHANGED_MEANWHILE,
    });
    await recordAudit(manager, {
      actor,
      action: 'developmentActivity.relink',
      entity: 'DevelopmentActivity',
      entityId: existing.id,
      before: { reasonEvaluationId: existing.reasonEvaluationId },
      after: { reasonEvaluationId: annual.id },
    });
    return;
  }
  if (needed) {
    const target = plan ?? (await findOrCreatePlan(manager, employeeId, next.id));
    const inserted = await manager.insert(DevelopmentActivity, {
      planId: target.id,
      employeeId,
      kind: ActivityKind.COACHING,
      programId: null,
      title: PEMBINAAN_TITLE,
      reason: reason!,
      reasonEvaluationId: annual.id,
      jp: PEMBINAAN_JP,
      status: ActivityStatus.PLANNED,
      dueDate: `${year + 1}-06-30`,
      required: true,
      createdById: null,
    });
    const id = Number(inserted.identifiers[0].id);
    const employee = await manager.findOneByOrFail(Employee, { id: employeeId });
    const recipients = [employeeId, employee.supervisorId].filter(
      (recipient): recipient is number => recipient !== null,
    );
    await notify(
      manager,
      recipients.map((recipientId) => {
        const toEmployee = recipientId === employeeId;
        return {
          recipientId,
          kind: 'development.pembinaan',
          message: toEmployee
            ? `Rencana pengembangan ${year + 1} Anda memuat pembinaan wajib: ${reason}`
            : `${employee.name} memerlukan pembinaan pada ${year + 1}: ${reason}`,
          params: {
            audience: toEmployee ? 'EMPLOYEE' : 'SUPERVISOR',
            name: employee.name,
            year: year + 1,
            evaluationYear: year,
            predicate: annual.predicate,
          },
          entity: 'DevelopmentActivity',
          entityId: id,
        };
      }),
    );
    await recordAudit(manager, {
      actor,
      action: 'developmentActivity.require',
      entity: 'DevelopmentActivity',
      entityId: id,
      after: { employeeId, reasonEvaluationId: annual.id, predicate: annual.predicate },
    });
    return;
  }
  if (existing && OPEN.includes(existing.status)) {
    const cancelReason = annual
      ? `Predikat tahunan ${year} direvisi menjadi ${PREDICATE_NAME[annual.predicate]} setelah keberatan diterima`
      : `Tidak ada lagi penilaian tahunan ${year} yang final`;
    await updateVersioned(manager, DevelopmentActivity, {
      id: existing.id,
      version: existing.version,
      changes: { status: ActivityStatus.CANCELLED, cancelReason },
      message: CHANGED_MEANWHILE,
    });
    await recordAudit(manager, {
      actor,
      action: 'developmentActivity.cancel',
      entity: 'DevelopmentActivity',
      entityId: existing.id,
      before: { status: existing.status },
      after: { status: ActivityStatus.CANCELLED },
      reason: cancelReason,
    });
  }
}

/** When a cycle is created: the pembinaan every low annual predicate of the year before requires. */
export async function requireCoachingForYear(
  manager: EntityManager,
  { year, actor }: { year: number; actor: Viewer | null },
): Promise<void> {
  const rows = await manager
    .getRepository(Evaluation)
    .createQueryBuilder('evaluation')
    .select('DISTINCT evaluation.employeeId', 'employeeId')
    .innerJoin(PerformanceCycle, 'cycle', 'cycle.id = evaluation.cycleId')
    .where('cycle.year = :year AND evaluation.period = :annual', { year, annual: Period.ANNUAL })
    .andWhere('evaluation.supersededAt IS NULL AND evaluation.status IN (:...inForce)', {
      inForce: IN_FORCE_STATUSES,
    })
    .andWhere('evaluation.predicate IN (:...low)', { low: [...PEMBINAAN_PREDICATES] })
    .getRawMany<{ employeeId: number }>();
  for (const { employeeId } of rows)
    await syncRequiredCoaching(manager, { employeeId: Number(employeeId), year, actor });
}
