import { type DataSource, IsNull } from 'typeorm';
import type { Context } from '../../platform/graphql/context';
import { recordAudit } from '../../platform/audit/audit.service';
import { runTransaction } from '../../platform/database/transaction';
import { assertNoProblems, conflict, notFound } from '../../platform/graphql/errors';
import { parseId } from '../../platform/graphql/ids';
import { CycleStatus } from '../cycle/cycle.enums';
import { reportingProblem } from '../cycle/timing';
import { Indicator } from './indicator.entity';
import { planFor, textOrNull, transitionPlan } from './plan-steps';
import { PlanStatus } from './plan.enums';
import type { SubmitRealizationInput } from './plan.inputs';
import { Realization } from './realization.entity';
import { isQualitative, validateEvidence, validateNarrative } from './utils/plan-validation.util';
import { WorkTarget } from './work-target.entity';
import { heldCycle } from '../cycle/held-cycle';
import { periodOutsidePlanProblem } from '../staffing/utils/staffing-dates.util';

/** The laporan kinerja: realisations reported per indicator and period on an approved SKP. */
export class RealizationService {
  constructor(private readonly dataSource: DataSource) {}

  async submit(context: Context, input: SubmitRealizationInput): Promise<Realization> {
    const indicatorId = parseId(input.indicatorId, 'indicatorId');
    const evidenceUrl = textOrNull(input.evidenceUrl);
    const note = textOrNull(input.note);
    const problems = validateEvidence({ evidenceUrl, note });
    return runTransaction(this.dataSource, async (manager) => {
      const indicator = await manager.findOneBy(Indicator, { id: indicatorId });
      if (!indicator) throw notFound('Indicator', indicatorId);
      // KUANTITATIF: a number; KUALITATIF: the narrative alone (judged by the evaluator, no value).
      const qualitative = isQualitative(indicator);
      const value = qualitative ? null : (input.value ?? null);
      const narrative = qualitative ? (input.narrative?.trim() ?? null) : null;
      if (qualitative) {
        problems.unshift(
          ...validateNarrative({ field: 'narrative', text: input.narrative }),
          ...(input.value === null || input.value === undefined
            ? []
            : [
                {
                  field: 'value',
                  reason: 'VALUE_NOT_FOR_QUALITATIVE' as const,
                  message: 'must be left out for a KUALITATIF indicator',
                },
              ]),
        );
      } else {
        if (value === null || !Number.isFinite(value) || value < 0 || value >= 1e12)
          problems.unshift({
            field: 'value',
            reason: 'NON_NEGATIVE_NUMBER',
            message: 'must be a number of at least 0',
          });
        if (textOrNull(input.narrative) !== null)
          problems.unshift({
            field: 'narrative',
            reason: 'NARRATIVE_NOT_FOR_QUANTITATIVE',
            message: 'is for KUALITATIF indicators only; report a value',
          });
      }
      const target = await manager.findOneByOrFail(WorkTarget, { id: indicator.workTargetId });
      const plan = await planFor(manager, context, target.planId, 'update');
      const cycle = await heldCycle(manager, plan.cycleId);
      if (plan.status !== PlanStatus.APPROVED)
        throw conflict('PLAN_NOT_APPROVED', 'Realisations are reported on an approved SKP only');
      if (cycle.status !== CycleStatus.ACTIVE)
        throw conflict(
          'CYCLE_NOT_OPEN',
          `The ${cycle.year} cycle is ${cycle.status}: no realisations`,
          { year: cycle.year, status: cycle.status },
        );
      // From the period's start until its reporting window closes (CONFLICT REPORTING_CLOSED after).
      const notOpen = reportingProblem(cycle, input.period, context.now);
      if (notOpen) problems.push(notOpen);
      // After a mutasi (or an arrival during the year) a period is reported on the SKP it belongs to.
      const outside = periodOutsidePlanProblem(cycle.year, input.period, plan);
      if (outside) problems.push(outside);
      assertNoProblems(problems);
      // Locks the plan row, so two submissions for one indicator and period replace one another in turn.
      await transitionPlan(manager, plan, [PlanStatus.APPROVED], {});
      const now = new Date();
      await manager.update(
        Realization,
        { indicatorId, period: input.period, replacedAt: IsNull() },
        { replacedAt: now },
      );
      const inserted = await manager.insert(Realization, {
        indicatorId,
        period: input.period,
        value,
        narrative,
        evidenceUrl,
        note,
        submittedAt: now,
        replacedAt: null,
      });
      const id = Number(inserted.identifiers[0].id);
      await recordAudit(manager, {
        actor: context.viewer,
        action: 'realization.submit',
        entity: 'Realization',
        entityId: id,
        after: { indicatorId, period: input.period, value, narrative, evidenceUrl, note },
      });
      return manager.findOneByOrFail(Realization, { id });
    });
  }
}
