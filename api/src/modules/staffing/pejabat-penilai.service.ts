import { type EntityManager, IsNull } from 'typeorm';
import type { Viewer } from '../../platform/auth/viewer';
import { Role } from '../../platform/auth/role';
import { recordAudit } from '../../platform/audit/audit.service';
import { forbidden } from '../../platform/graphql/errors';
import { Account } from '../account/account.entity';
import { PerformanceCycle } from '../cycle/cycle.entity';
import { CycleStatus } from '../cycle/cycle.enums';
import { jakartaDate } from '../cycle/utils/periods.util';
import { Evaluation } from '../evaluation/evaluation.entity';
import { EvaluationStatus } from '../evaluation/evaluation.enums';
import { Objection, ObjectionStatus } from '../evaluation/objection.entity';
import { notify } from '../feedback/notices';
import { Employee } from '../org/employee.entity';
import { OrgUnit } from '../org/org-unit.entity';
import { PerformancePlan } from '../plan/performance-plan.entity';
import { ActingAssignment } from './acting-assignment.entity';
import { EvaluatorCapacity } from './staffing.enums';
import {
  type OrgFacts,
  orgFactsOf,
  type PejabatPenilai,
  type PersonFacts,
  resolveAtasanPejabatPenilai,
  resolvePejabatPenilai,
} from './utils/pejabat-penilai.util';

const OPEN_CYCLES = [CycleStatus.PLANNING, CycleStatus.ACTIVE, CycleStatus.CALIBRATION];

/** What an SKP's pejabat penilai fields become under a resolution (none for a refusal). */
function evaluatorFields(resolution: PejabatPenilai) {
  switch (resolution.outcome) {
    case 'EVALUATOR':
      return { evaluatorId: resolution.evaluatorId, evaluatorCapacity: resolution.capacity };
    case 'EXTERNAL':
      return { evaluatorId: null, evaluatorCapacity: EvaluatorCapacity.DEFINITIF };
    default:
      return null;
  }
}

/**
 * Reads the organisation for the pejabat penilai rule (utils/pejabat-penilai.util.ts) and keeps the
 * current SKPs, their draft evaluations and the notices in step with it, in the caller's transaction.
 */
export class PejabatPenilaiService {
  /** Everything the rule may read about `employeeIds` on `date`, in four queries. */
  async facts(manager: EntityManager, employeeIds: readonly number[], date: string) {
    const units = await manager.find(OrgUnit, {
      select: { id: true, parentId: true, headId: true },
    });
    const terms = await manager
      .getRepository(ActingAssignment)
      .createQueryBuilder('term')
      .where('term.cancelledAt IS NULL AND term.startsOn <= :date AND term.endsOn >= :date', {
        date,
      })
      .getMany();
    const people = await this.people(manager, [
      ...employeeIds,
      ...units.flatMap((unit) => (unit.headId === null ? [] : [unit.headId])),
      ...terms.map((term) => term.employeeId),
    ]);
    const supervisors = people.flatMap((person) =>
      person.supervisorId === null ? [] : [person.supervisorId],
    );
    const known = new Set(people.map((person) => person.id));
    people.push(
      ...(await this.people(
        manager,
        supervisors.filter((id) => !known.has(id)),
      )),
    );
    return orgFactsOf({ people, units, terms: terms });
  }

  async resolve(
    manager: EntityManager,
    employeeId: number,
    date: string,
  ): Promise<{ resolution: PejabatPenilai; facts: OrgFacts }> {
    const facts = await this.facts(manager, [employeeId], date);
    return { resolution: resolvePejabatPenilai({ facts, employeeId, date }), facts };
  }

  /**
   * Brings the current SKPs (of open cycles) of `employeeIds` in line with the rule on `now`'s
   * Jakarta date: the plan's pejabat penilai and capacity, and the evaluator of its DRAFT
   * evaluations (FINAL ones keep who signed them). A vacancy passed up notifies the head and HR.
   */
  async refresh(
    manager: EntityManager,
    employeeIds: readonly number[],
    { now, actor }: { now: Date; actor: Viewer | null },
  ): Promise<void> {
    if (employeeIds.length === 0) return;
    await this.refreshPlans(manager, employeeIds, { now, actor });
    await this.refreshObjections(manager, { now, actor });
  }

  /**
   * Points FILED objections (all, or `objectionIds`) at their atasan pejabat penilai on `now`'s
   * Jakarta date: the pejabat penilai of the evaluator by the same rule. A new atasan is notified.
   * Returns each objection's atasan (null: outside the kecamatan, HR records the decision).
   */
  async refreshObjections(
    manager: EntityManager,
    { now, actor, objectionIds }: { now: Date; actor: Viewer | null; objectionIds?: number[] },
  ): Promise<Map<number, number | null>> {
    const query = manager
      .getRepository(Objection)
      .createQueryBuilder('objection')
      .innerJoin(Evaluation, 'evaluation', 'evaluation.id = objection.evaluationId')
      .select([
        'objection.id AS id',
        'objection.atasanId AS atasanId',
        'evaluation.evaluatorId AS evaluatorId',
      ])
      .where('objection.status = :filed', { filed: ObjectionStatus.FILED });
    if (objectionIds) query.andWhere('objection.id IN (:...objectionIds)', { objectionIds });
    const rows = (await query.getRawMany<Record<string, unknown>>()).map((row) => ({
      id: Number(row.id),
      atasanId: row.atasanId === null ? null : Number(row.atasanId),
      evaluatorId: Number(row.evaluatorId),
    }));
    const atasanOf = new Map<number, number | null>();
    if (rows.length === 0) return atasanOf;
    const date = jakartaDate(now);
    const facts = await this.facts(
      manager,
      rows.map((row) => row.evaluatorId),
      date,
    );
    for (const row of rows) {
      const atasanId = resolveAtasanPejabatPenilai({ facts, evaluatorId: row.evaluatorId, date });
      atasanOf.set(row.id, atasanId);
      if (atasanId === row.atasanId) continue;
      await manager.update(Objection, { id: row.id }, { atasanId });
      await recordAudit(manager, {
        actor,
        action: 'objection.reassignAtasan',
        entity: 'Objection',
        entityId: row.id,
        before: { atasanId: row.atasanId },
        after: { atasanId },
      });
      if (atasanId !== null)
        await notify(
          manager,
          [
            {
              recipientId: atasanId,
              kind: 'objection.reassigned',
              message:
                'Sebagai atasan pejabat penilai, Anda kini memutuskan sebuah keberatan atas penilaian kinerja tahunan.',
              params: {},
              entity: 'Objection',
              entityId: row.id,
              dedupeKey: `objection.reassigned:${row.id}:${atasanId}`,
            },
          ],
          now,
        );
    }
    return atasanOf;
  }

  private async refreshPlans(
    manager: EntityManager,
    employeeIds: readonly number[],
    { now, actor }: { now: Date; actor: Viewer | null },
  ): Promise<void> {
    const date = jakartaDate(now);
    const plans = await manager
      .getRepository(PerformancePlan)
      .createQueryBuilder('plan')
      .innerJoin(PerformanceCycle, 'cycle', 'cycle.id = plan.cycleId')
      .where('plan.employeeId IN (:...ids) AND plan.endsOn IS NULL', { ids: [...employeeIds] })
      .andWhere('cycle.status IN (:...open)', { open: OPEN_CYCLES })
      .getMany();
    if (plans.length === 0) return;
    const facts = await this.facts(
      manager,
      plans.map((plan) => plan.employeeId),
      date,
    );
    const hr = await this.hrEmployeeIds(manager);
    for (const plan of plans) {
      const resolution = resolvePejabatPenilai({ facts, employeeId: plan.employeeId, date });
      const fields = evaluatorFields(resolution);
      if (
        !fields ||
        (fields.evaluatorId === plan.evaluatorId &&
          fields.evaluatorCapacity === plan.evaluatorCapacity)
      )
        continue;
      await manager.update(PerformancePlan, { id: plan.id }, fields);
      if (fields.evaluatorId !== null)
        await manager.update(
          Evaluation,
          { planId: plan.id, status: EvaluationStatus.DRAFT, supersededAt: IsNull() },
          { evaluatorId: fields.evaluatorId, evaluatorCapacity: fields.evaluatorCapacity },
        );
      await recordAudit(manager, {
        actor,
        action: 'plan.reassignEvaluator',
        entity: 'PerformancePlan',
        entityId: plan.id,
        before: { evaluatorId: plan.evaluatorId, evaluatorCapacity: plan.evaluatorCapacity },
        after: fields,
      });
      Object.assign(plan, fields);
      if (resolution.outcome === 'EVALUATOR' && resolution.vacantUnitId !== null) {
        const employee = await manager.findOneByOrFail(Employee, { id: plan.employeeId });
        const unit = await manager.findOneByOrFail(OrgUnit, { id: resolution.vacantUnitId });
        const recipients = [...new Set([resolution.evaluatorId, ...hr])];
        await notify(
          manager,
          recipients.map((recipientId) => ({
            recipientId,
            kind: 'evaluator.vacancy',
            message: `Jabatan kepala ${unit.name} kosong tanpa Plt/Plh: SKP ${employee.name} kini dinilai oleh atasan berikutnya.`,
            params: { unit: unit.name, name: employee.name },
            entity: 'PerformancePlan',
            entityId: plan.id,
            dedupeKey: `evaluator.vacancy:${plan.id}:${resolution.evaluatorId}:${recipientId}`,
          })),
          now,
        );
      }
    }
  }

  /**
   * Before an approval or evaluation: refreshes the plan's pejabat penilai (a Plt/Plh term may
   * have begun or ended since) and refuses when the rule names nobody allowed to evaluate.
   */
  async current(
    manager: EntityManager,
    plan: PerformancePlan,
    { now, actor }: { now: Date; actor: Viewer | null },
  ): Promise<PerformancePlan> {
    if (plan.endsOn !== null) return plan;
    await this.refresh(manager, [plan.employeeId], { now, actor });
    const { resolution } = await this.resolve(manager, plan.employeeId, jakartaDate(now));
    if (resolution.outcome === 'LEVEL_TOO_LOW')
      throw forbidden(
        'EVALUATOR_LEVEL_TOO_LOW',
        'The supervisor is below PENGAWAS level and acts for no head: HR must name a pejabat penilai',
        { candidateId: resolution.candidateId },
      );
    return manager.findOneByOrFail(PerformancePlan, { id: plan.id });
  }

  private async people(manager: EntityManager, ids: readonly number[]): Promise<PersonFacts[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const rows = await manager
      .getRepository(Employee)
      .createQueryBuilder('person')
      .innerJoin('person.position', 'position')
      .select([
        'person.id AS id',
        'person.active AS active',
        'person.unitId AS unitId',
        'person.supervisorId AS supervisorId',
        'position.level AS level',
      ])
      .where('person.id IN (:...ids)', { ids: unique })
      .getRawMany<Record<string, unknown>>();
    return rows.map((row) => ({
      id: Number(row.id),
      active: row.active === true || Number(row.active) === 1,
      unitId: Number(row.unitId),
      supervisorId: row.supervisorId === null ? null : Number(row.supervisorId),
      level: row.level as PersonFacts['level'],
    }));
  }

  private async hrEmployeeIds(manager: EntityManager): Promise<number[]> {
    const accounts = await manager
      .getRepository(Account)
      .createQueryBuilder('account')
      .select(['account.employeeId', 'account.roles'])
      .where('account.employeeId IS NOT NULL AND account.active = :active', { active: true })
      .andWhere('account.roles LIKE :hr', { hr: `%${Role.HR_ADMIN}%` })
      .getMany();
    return accounts
      .filter((account) => account.roles.includes(Role.HR_ADMIN))
      .map((account) => account.employeeId!);
  }
}
