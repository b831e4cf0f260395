import { In, IsNull, type DataSource } from 'typeorm';
import type { Context } from '../../platform/graphql/context';
import { recordAudit } from '../../platform/audit/audit.service';
import { canReadField } from '../../platform/authz/field-guard';
import { inUnitSubtree } from '../../platform/authz/hierarchy-sql';
import { rulesToSql } from '../../platform/authz/rules-to-sql';
import { runTransaction } from '../../platform/database/transaction';
import { badInput, forbidden, notFound } from '../../platform/graphql/errors';
import { BERAKHLAK_FACTS } from '../../domain-data';
import { PerformanceCycle } from '../cycle/cycle.entity';
import { Period } from '../cycle/cycle.enums';
import { jakartaDate } from '../cycle/utils/periods.util';
import { DevelopmentActivity } from '../development/development-activity.entity';
import { DevelopmentPlan } from '../development/development-plan.entity';
import { ActivityStatus } from '../development/development.enums';
import { EvaluationFeedback } from '../evaluation/evaluation-feedback.entity';
import { Evaluation } from '../evaluation/evaluation.entity';
import type { CalibrationService } from '../evaluation/calibration.service';
import { evaluationSqlFields } from '../evaluation/evaluation.permissions';
import type { EvaluationService } from '../evaluation/evaluation.service';
import { Objection, ObjectionStatus } from '../evaluation/objection.entity';
import { OrganizationPredicate } from '../evaluation/organization-predicate.entity';
import { Employee } from '../org/employee.entity';
import { OrgUnit } from '../org/org-unit.entity';
import { ownerSqlFields } from '../org/org.permissions';
import { Position } from '../org/position.entity';
import { pangkatOf } from '../org/utils/rank.util';
import { BehaviorExpectation } from '../plan/behavior-expectation.entity';
import { Indicator } from '../plan/indicator.entity';
import { IndicatorAggregation, IndicatorKind } from '../plan/plan.enums';
import type { PlanService } from '../plan/plan.service';
import { WorkTarget } from '../plan/work-target.entity';
import type {
  Agency,
  EvaluationDocumentModel,
  OrganizationPredicateDocumentModel,
  PersonBlock,
  SkpDocumentModel,
} from './document.model';
import type { JpRecapRow, RecapRow } from './recap-workbook';
import { labelOf } from './utils/document-layout.util';
import { jakartaDateOfRaw } from './utils/raw-date.util';

export const GOVERNMENT = 'Pemerintah Kota Surabaya';
export const PLACE = 'Surabaya';

export type DocumentKind =
  | 'SKP'
  | 'EVALUATION'
  | 'ORGANIZATION_PREDICATE'
  | 'RECAP'
  | 'JP_RECAP'
  | 'ROSTER'
  | 'ROSTER_TEMPLATE'
  | 'AUDIT_LOG';

/** A document ready to send: its file name and what the audit row records. */
export interface LoadedDocument<M> {
  model: M;
  fileName: string;
  audit: { entity: string; entityId: number | string; details: Record<string, unknown> };
}

/** A stored timestamp as the Asia/Jakarta calendar day it falls on (raw SQL values too). */
const dateOf = (value: unknown): string | null => jakartaDateOfRaw(value);

/** Letters, digits and a few separators only: the file name goes into a header. */
export const safeFileName = (text: string) => text.replace(/[^A-Za-z0-9_.-]+/g, '-');

/**
 * Gathers the official documents and recaps with the same CASL rules as the GraphQL data: rows
 * come through the services' `get` (so a colleague meets NOT_FOUND as in GraphQL), then every
 * named document needs the fields it prints; analysts (de-identified) get none of them.
 */
export class DocumentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly plans: PlanService,
    private readonly evaluations: EvaluationService,
    private readonly calibration: CalibrationService,
  ) {}

  /** Documents name people: only viewers who may read names at all (never analysts). */
  private assertNamedDocuments(context: Context) {
    if (!context.viewer) throw forbidden('LOGIN_REQUIRED', 'Log in first');
    if (!context.ability.can('read', 'Employee', 'nip'))
      throw forbidden(
        'DOCUMENT_FORBIDDEN',
        'Named documents are not available to de-identified (analyst) accounts',
      );
  }

  private async agency(): Promise<Agency> {
    const root = await this.dataSource.getRepository(OrgUnit).findOneBy({ parentId: IsNull() });
    return { government: GOVERNMENT, kecamatan: root?.name ?? 'Kecamatan', place: PLACE };
  }

  /** Identity blocks of several employees in one statement per table. */
  private async people(context: Context, ids: (number | null)[]) {
    const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
    const employees = (await context.loaders.byId(Employee).loadMany(wanted)).filter(
      (row): row is Employee => row !== null && !(row instanceof Error),
    );
    const [positions, units] = await Promise.all([
      context.loaders.byId(Position).loadMany(employees.map((row) => row.positionId)),
      context.loaders.byId(OrgUnit).loadMany(employees.map((row) => row.unitId)),
    ]);
    const blocks = new Map<number, PersonBlock>();
    employees.forEach((employee, index) => {
      const position = positions[index] as Position | null;
      const unit = units[index] as OrgUnit | null;
      blocks.set(employee.id, {
        name: employee.name,
        nip: employee.nip,
        rank: employee.rank,
        pangkat: pangkatOf(employee.rank),
        position: position?.title ?? '–',
        unit: unit?.name ?? '–',
      });
    });
    return {
      employees: new Map(employees.map((row) => [row.id, row])),
      block: (id: number | null) => (id === null ? null : (blocks.get(id) ?? null)),
    };
  }

  private async assertCanReadNip(context: Context, employee: Employee) {
    if (!(await canReadField(context, 'Employee', { ...employee }, 'nip')))
      throw forbidden('DOCUMENT_FORBIDDEN', 'You may not read this person’s documents');
  }

  // ---- SKP -----------------------------------------------------------------------------------

  async skp(context: Context, planId: number): Promise<LoadedDocument<SkpDocumentModel>> {
    this.assertNamedDocuments(context);
    const plan = await this.plans.get(context, planId);
    // The cascade view lets staff see their superiors' RHK, not their whole SKP.
    if (!(await canReadField(context, 'PerformancePlan', { ...plan }, 'behaviorExpectations')))
      throw forbidden(
        'DOCUMENT_FORBIDDEN',
        'You may read only the cascade of this SKP, not the document',
      );
    const [cycle, people, targets, behaviors, agency] = await Promise.all([
      context.loaders.byId(PerformanceCycle).load(plan.cycleId),
      this.people(context, [plan.employeeId, plan.evaluatorId]),
      context.loaders.manyBy(WorkTarget, 'planId', { sortOrder: 'ASC', id: 'ASC' }).load(plan.id),
      context.loaders.manyBy(BehaviorExpectation, 'planId', { id: 'ASC' }).load(plan.id),
      this.agency(),
    ]);
    await this.assertCanReadNip(context, people.employees.get(plan.employeeId)!);
    const [indicators, parents] = await Promise.all([
      Promise.all(
        targets.map((target) =>
          context.loaders.manyBy(Indicator, 'workTargetId', { id: 'ASC' }).load(target.id),
        ),
      ),
      context.loaders
        .byId(WorkTarget)
        .loadMany(targets.map((target) => target.parentTargetId ?? 0)),
    ]);
    const order = new Map(BERAKHLAK_FACTS.values.map((value, index) => [value.code, index]));
    const employee = people.block(plan.employeeId)!;
    const model: SkpDocumentModel = {
      agency,
      year: cycle!.year,
      approach: plan.approach,
      status: plan.status,
      employee,
      evaluator: people.block(plan.evaluatorId),
      workTargets: targets.map((target, index) => {
        const parent = parents[index];
        return {
          kind: target.kind,
          description: target.description,
          intervenedTarget: parent && !(parent instanceof Error) ? parent.description : null,
          indicators: indicators[index].map((indicator) => ({
            aspect: indicator.aspect,
            description: indicator.description,
            kind: indicator.kind,
            target: indicator.kind === IndicatorKind.KUALITATIF ? null : indicator.target,
            unit: indicator.unit,
            narrativeTarget: indicator.narrativeTarget,
            quarterTargets: hasQuarterTargets(indicator)
              ? [indicator.targetTw1, indicator.targetTw2, indicator.targetTw3, indicator.targetTw4]
              : null,
          })),
        };
      }),
      behaviors: [...behaviors]
        .sort((a, b) => (order.get(a.coreValue) ?? 9) - (order.get(b.coreValue) ?? 9))
        .map((behavior) => {
          const fact = BERAKHLAK_FACTS.values.find(
            (value) => value.code === String(behavior.coreValue),
          );
          return {
            name: fact?.name ?? behavior.coreValue,
            guides: fact?.guides ?? [],
            specificExpectation: behavior.specificExpectation,
          };
        }),
      annex: {
        resourceSupport: plan.resourceSupport,
        accountabilityScheme: plan.accountabilityScheme,
        consequences: plan.consequences,
      },
      signedOn: dateOf(plan.approvedAt ?? plan.submittedAt) ?? jakartaDate(new Date()),
    };
    return {
      model,
      fileName: `SKP_${employee.nip}_${model.year}.pdf`,
      audit: {
        entity: 'PerformancePlan',
        entityId: plan.id,
        details: { document: 'SKP', employeeId: plan.employeeId, status: plan.status },
      },
    };
  }

  // ---- Dokumen Evaluasi Kinerja Pegawai -----------------------------------------------------

  async evaluation(
    context: Context,
    evaluationId: number,
  ): Promise<LoadedDocument<EvaluationDocumentModel>> {
    this.assertNamedDocuments(context);
    const evaluation = await this.evaluations.get(context, evaluationId);
    if (!(await canReadField(context, 'Evaluation', { ...evaluation }, 'summary')))
      throw forbidden(
        'DOCUMENT_FORBIDDEN',
        'You may read the ratings of this evaluation, not its document',
      );
    const evaluator = await context.loaders.byId(Employee).load(evaluation.evaluatorId);
    const [cycle, people, feedback, objections, agency, earlier, developmentPlan] =
      await Promise.all([
        context.loaders.byId(PerformanceCycle).load(evaluation.cycleId),
        this.people(context, [
          evaluation.employeeId,
          evaluation.evaluatorId,
          evaluator?.supervisorId ?? null,
        ]),
        context.loaders
          .manyBy(EvaluationFeedback, 'evaluationId', { id: 'ASC' })
          .load(evaluation.id),
        this.dataSource.getRepository(Objection).find({
          where: [{ evaluationId: evaluation.id }, { revisedEvaluationId: evaluation.id }],
        }),
        this.agency(),
        evaluation.revisionOfId === null
          ? null
          : context.loaders.byId(Evaluation).load(evaluation.revisionOfId),
        this.dataSource
          .getRepository(DevelopmentPlan)
          .findOneBy({ employeeId: evaluation.employeeId, cycleId: evaluation.cycleId }),
      ]);
    const employeeRow = people.employees.get(evaluation.employeeId)!;
    await this.assertCanReadNip(context, employeeRow);
    const [targets, organization, activities] = await Promise.all([
      context.loaders.byId(WorkTarget).loadMany(feedback.map((item) => item.workTargetId ?? 0)),
      this.organizationPredicateOf(employeeRow.unitId, evaluation.cycleId),
      developmentPlan
        ? this.dataSource.getRepository(DevelopmentActivity).find({
            where: {
              planId: developmentPlan.id,
              status: In([ActivityStatus.PLANNED, ActivityStatus.IN_PROGRESS, ActivityStatus.DONE]),
            },
            order: { id: 'ASC' },
          })
        : [],
    ]);
    const revisedBy = objections.find((row) => row.revisedEvaluationId === evaluation.id) ?? null;
    const decided = objections.some(
      (row) => row.evaluationId === evaluation.id && row.status !== ObjectionStatus.FILED,
    );
    const employee = people.block(evaluation.employeeId)!;
    const model: EvaluationDocumentModel = {
      agency,
      year: cycle!.year,
      period: evaluation.period,
      status: evaluation.status,
      employee,
      evaluator: people.block(evaluation.evaluatorId),
      evaluatorSupervisor: people.block(evaluator?.supervisorId ?? null),
      organizationPredicate: organization?.predicate ?? null,
      organizationUnit: organization?.unitName ?? null,
      achievement: evaluation.achievement,
      resultRating: evaluation.resultRating,
      behaviorRating: evaluation.behaviorRating,
      predicate: evaluation.predicate,
      summary: evaluation.summary,
      feedback: feedback.map((item, index) => {
        const target = targets[index];
        const subject =
          item.coreValue !== null
            ? (BERAKHLAK_FACTS.values.find((value) => value.code === String(item.coreValue))
                ?.name ?? item.coreValue)
            : target && !(target instanceof Error)
              ? `RHK: ${target.description}`
              : 'RHK';
        return { subject, rating: item.rating, text: item.text };
      }),
      developmentRecommendations: activities.map(
        (activity) =>
          `${activity.title} (${activity.jp} JP, ${labelOf(activity.status).toLowerCase()})`,
      ),
      revision: earlier
        ? {
            number: evaluation.revision,
            earlierEvaluationId: earlier.id,
            earlierPredicate: earlier.predicate,
            decidedOn: dateOf(revisedBy?.decidedAt),
            decisionReason: revisedBy?.decisionReason ?? null,
          }
        : null,
      supersededOn: dateOf(evaluation.supersededAt),
      objectionDecided: decided || earlier !== null,
      signedOn: dateOf(evaluation.finalizedAt) ?? jakartaDate(new Date()),
    };
    const revisionSuffix = evaluation.revision > 0 ? `_revisi${evaluation.revision}` : '';
    return {
      model,
      fileName: `Evaluasi_${employee.nip}_${model.year}_${evaluation.period}${revisionSuffix}.pdf`,
      audit: {
        entity: 'Evaluation',
        entityId: evaluation.id,
        details: {
          document: 'EVALUATION',
          employeeId: evaluation.employeeId,
          period: evaluation.period,
        },
      },
    };
  }

  /** The organisation predicate recorded for the unit, or else for the nearest unit above it. */
  private async organizationPredicateOf(unitId: number, cycleId: number) {
    const row = await this.dataSource
      .createQueryBuilder()
      .select('recorded.predicate', 'predicate')
      .addSelect('unit.name', 'unitName')
      .from('org_unit_closure', 'up')
      .innerJoin(
        'organization_predicate',
        'recorded',
        'recorded.unitId = up.ancestorId AND recorded.cycleId = :cycleId',
        { cycleId },
      )
      .innerJoin('org_unit', 'unit', 'unit.id = up.ancestorId')
      .where('up.descendantId = :unitId', { unitId })
      .orderBy('up.depth', 'ASC')
      .limit(1)
      .getRawOne<{ predicate: string; unitName: string }>();
    return row ?? null;
  }

  // ---- Penetapan Predikat Kinerja Organisasi + Kurva Distribusi ------------------------------

  async organizationPredicate(
    context: Context,
    unitId: number,
    cycleId: number,
  ): Promise<LoadedDocument<OrganizationPredicateDocumentModel>> {
    // The curve names how many people got which predicate: the calibration file of the Camat and HR.
    if (!context.viewer || !context.ability.can('read', 'Calibration'))
      throw forbidden('DOCUMENT_FORBIDDEN', 'The calibration documents are for the Camat and HR');
    const [unit, cycle] = await Promise.all([
      this.dataSource.getRepository(OrgUnit).findOneBy({ id: unitId }),
      this.dataSource.getRepository(PerformanceCycle).findOneBy({ id: cycleId }),
    ]);
    if (!unit) throw notFound('OrgUnit', unitId);
    if (!cycle) throw notFound('Cycle', cycleId);
    const [recorded, check, agency, root] = await Promise.all([
      this.dataSource.getRepository(OrganizationPredicate).findOneBy({ unitId, cycleId }),
      this.calibration.distributionCheck(context, unitId, cycleId),
      this.agency(),
      this.dataSource.getRepository(OrgUnit).findOneBy({ parentId: IsNull() }),
    ]);
    const unitIsRoot = unit.parentId === null;
    // Units below the kecamatan are set by the Camat (the root's head); the kecamatan by the city.
    const people = await this.people(context, [unitIsRoot ? null : (root?.headId ?? null)]);
    const model: OrganizationPredicateDocumentModel = {
      agency,
      year: cycle.year,
      unit: unit.name,
      unitIsRoot,
      predicate: recorded?.predicate ?? null,
      recordedOn: dateOf(recorded?.recordedAt),
      referenceNumber: recorded?.referenceNumber ?? null,
      referenceDate: recorded?.referenceDate ?? null,
      decidedBy: unitIsRoot ? null : people.block(root?.headId ?? null),
      decidedByTitle: unitIsRoot
        ? `Wali Kota (${GOVERNMENT})`
        : `Camat ${agency.kecamatan.replace(/^Kecamatan\s+/i, '')}`,
      curve: {
        total: check.total,
        counts: check.counts.map((row, index) => ({
          predicate: row.predicate,
          count: row.count,
          percentage: check.percentages[index]?.percentage ?? 0,
        })),
        rules: check.rules,
        passed: check.passed,
      },
      signedOn: dateOf(recorded?.recordedAt) ?? jakartaDate(new Date()),
    };
    return {
      model,
      fileName: `Predikat_Organisasi_${safeFileName(unit.name)}_${cycle.year}.pdf`,
      audit: {
        entity: 'OrganizationPredicate',
        entityId: recorded?.id ?? `${unitId}/${cycleId}`,
        details: { document: 'ORGANIZATION_PREDICATE', unitId, cycleId },
      },
    };
  }

  // ---- Recaps --------------------------------------------------------------------------------

  /**
   * The scope of a recap: a unit and its sub-units (the kecamatan by default), the employees whose
   * SKP the viewer may read (filtered in SQL by the same rules as `performancePlans`).
   */
  private async recapScope(context: Context, query: { cycleId: unknown; unitId: unknown }) {
    this.assertNamedDocuments(context);
    const cycleId = positiveId(query.cycleId, 'cycleId');
    const cycle = await this.dataSource.getRepository(PerformanceCycle).findOneBy({ id: cycleId });
    if (!cycle) throw notFound('Cycle', cycleId);
    const unit =
      query.unitId === undefined || query.unitId === ''
        ? await this.dataSource.getRepository(OrgUnit).findOneBy({ parentId: IsNull() })
        : await this.dataSource
            .getRepository(OrgUnit)
            .findOneBy({ id: positiveId(query.unitId, 'unitId') });
    if (!unit) throw notFound('OrgUnit', query.unitId);
    const rows = rulesToSql(context.ability, 'read', 'PerformancePlan', 'approach', {
      ...ownerSqlFields('member.id'),
      // The pejabat penilai (also a Plt/Plh) reads the plans they evaluate.
      evaluatorId: (operator, value, param) =>
        `member.id IN (SELECT evaluated.employeeId FROM performance_plan evaluated WHERE evaluated.evaluatorId = ${param(value)})`,
      // The atasan deciding a keberatan reads the SKP evaluated: that cycle's only.
      objectionAtasanIds: (operator, value, param) =>
        `member.id IN (SELECT objected.employeeId FROM evaluation objected INNER JOIN objection recapObjection ON recapObjection.evaluationId = objected.id WHERE recapObjection.atasanId = ${param(value)} AND objected.cycleId = ${param(cycleId)})`,
    });
    return { cycle, unit, rows };
  }

  async recap(
    context: Context,
    query: { cycleId: unknown; unitId: unknown; period: unknown },
  ): Promise<LoadedDocument<{ rows: RecapRow[]; unit: string; year: number; period: Period }>> {
    const period = periodOf(query.period);
    const { cycle, unit, rows } = await this.recapScope(context, query);
    const evaluationRule = rulesToSql(
      context.ability,
      'read',
      'Evaluation',
      'resultRating',
      evaluationSqlFields('evaluation'),
    );
    const raw = await this.dataSource
      .createQueryBuilder()
      .select('member.id', 'employeeId')
      .addSelect('member.nip', 'nip')
      .addSelect('member.name', 'name')
      .addSelect('member.rank', 'rank')
      .addSelect('position.title', 'position')
      .addSelect('unit.name', 'unit')
      .addSelect('plan.status', 'planStatus')
      .addSelect('evaluation.id', 'evaluationId')
      .addSelect('evaluation.achievement', 'achievement')
      .addSelect('evaluation.resultRating', 'resultRating')
      .addSelect('evaluation.behaviorRating', 'behaviorRating')
      .addSelect('evaluation.predicate', 'predicate')
      .addSelect('evaluation.status', 'evaluationStatus')
      .addSelect('evaluation.finalizedAt', 'finalizedAt')
      .addSelect('evaluation.updatedAt', 'updatedAt')
      .addSelect('COALESCE(jp.done, 0)', 'jpDone')
      .from('employee', 'member')
      .innerJoin('position', 'position', 'position.id = member.positionId')
      .innerJoin('org_unit', 'unit', 'unit.id = member.unitId')
      .leftJoin(
        'performance_plan',
        'plan',
        // The current SKP of the cycle (a mutasi closes the earlier ones).
        'plan.employeeId = member.id AND plan.cycleId = :cycleId AND plan.endsOn IS NULL',
      )
      .leftJoin(
        'evaluation',
        'evaluation',
        // The period's evaluation on whichever SKP of the cycle holds it: a quarter before a
        // mutasi's TMT stays on the closed SKP (at most one SKP holds a period).
        `evaluation.employeeId = member.id AND evaluation.cycleId = :cycleId AND evaluation.period = :period AND evaluation.supersededAt IS NULL AND ${evaluationRule.sql}`,
        evaluationRule.params,
      )
      .leftJoin(JP_DONE_BY_EMPLOYEE, 'jp', 'jp.employeeId = member.id')
      .where(`member.active = :active AND ${inUnitSubtree('member.unitId', ':unitId')}`, {
        active: true,
        unitId: unit.id,
      })
      .andWhere(rows.sql, rows.params)
      .setParameters({ cycleId: cycle.id, period })
      .orderBy('unit.sortOrder', 'ASC')
      .addOrderBy('unit.id', 'ASC')
      .addOrderBy('member.name', 'ASC')
      .addOrderBy('member.id', 'ASC')
      .getRawMany<Record<string, unknown>>();
    const recapRows: RecapRow[] = raw.map((row) => ({
      employeeId: Number(row.employeeId),
      nip: String(row.nip),
      name: String(row.name),
      rank: String(row.rank),
      pangkat: pangkatOf(String(row.rank)),
      position: String(row.position),
      unit: String(row.unit),
      planStatus: (row.planStatus as string | null) ?? null,
      evaluationId: row.evaluationId === null ? null : Number(row.evaluationId),
      achievement: row.achievement === null ? null : Number(row.achievement),
      resultRating: (row.resultRating as string | null) ?? null,
      behaviorRating: (row.behaviorRating as string | null) ?? null,
      predicate: (row.predicate as string | null) ?? null,
      evaluationStatus: (row.evaluationStatus as string | null) ?? null,
      // Raw values: UTC text on SQLite, a Date on MariaDB; either way the Jakarta day.
      evaluatedOn: dateOf(row.finalizedAt ?? row.updatedAt),
      jpDone: Number(row.jpDone),
    }));
    return {
      model: { rows: recapRows, unit: unit.name, year: cycle.year, period },
      fileName: `Rekap_Kinerja_${safeFileName(unit.name)}_${cycle.year}_${period}.xlsx`,
      audit: {
        entity: 'Recap',
        entityId: `${unit.id}/${cycle.id}/${period}`,
        details: {
          document: 'RECAP',
          unitId: unit.id,
          cycleId: cycle.id,
          period,
          rows: recapRows.length,
        },
      },
    };
  }

  async jpRecap(
    context: Context,
    query: { cycleId: unknown; unitId: unknown },
  ): Promise<LoadedDocument<{ rows: JpRecapRow[]; unit: string; year: number }>> {
    const { cycle, unit, rows } = await this.recapScope(context, query);
    const raw = await this.dataSource
      .createQueryBuilder()
      .select('member.id', 'employeeId')
      .addSelect('member.nip', 'nip')
      .addSelect('member.name', 'name')
      .addSelect('member.rank', 'rank')
      .addSelect('member.employmentType', 'employmentType')
      .addSelect('position.title', 'position')
      .addSelect('unit.name', 'unit')
      .addSelect('COALESCE(jp.planned, 0)', 'jpPlanned')
      .addSelect('COALESCE(jp.done, 0)', 'jpDone')
      .from('employee', 'member')
      .innerJoin('position', 'position', 'position.id = member.positionId')
      .innerJoin('org_unit', 'unit', 'unit.id = member.unitId')
      .leftJoin(JP_DONE_BY_EMPLOYEE, 'jp', 'jp.employeeId = member.id')
      .where(`member.active = :active AND ${inUnitSubtree('member.unitId', ':unitId')}`, {
        active: true,
        unitId: unit.id,
      })
      .andWhere(rows.sql, rows.params)
      .setParameters({ cycleId: cycle.id })
      .orderBy('unit.sortOrder', 'ASC')
      .addOrderBy('unit.id', 'ASC')
      .addOrderBy('member.name', 'ASC')
      .addOrderBy('member.id', 'ASC')
      .getRawMany<Record<string, unknown>>();
    const jpRows: JpRecapRow[] = raw.map((row) => ({
      employeeId: Number(row.employeeId),
      nip: String(row.nip),
      name: String(row.name),
      rank: String(row.rank),
      employmentType: String(row.employmentType),
      position: String(row.position),
      unit: String(row.unit),
      jpPlanned: Number(row.jpPlanned),
      jpDone: Number(row.jpDone),
    }));
    return {
      model: { rows: jpRows, unit: unit.name, year: cycle.year },
      fileName: `Rekap_JP_${safeFileName(unit.name)}_${cycle.year}.xlsx`,
      audit: {
        entity: 'Recap',
        entityId: `${unit.id}/${cycle.id}`,
        details: { document: 'JP_RECAP', unitId: unit.id, cycleId: cycle.id, rows: jpRows.length },
      },
    };
  }

  /** A document read is audited like any personnel-file access, in its own transaction. */
  async recordRead(context: Context, kind: DocumentKind, audit: LoadedDocument<unknown>['audit']) {
    await runTransaction(this.dataSource, (manager) =>
      recordAudit(manager, {
        actor: context.viewer,
        action: 'document.read',
        entity: audit.entity,
        entityId: audit.entityId,
        after: { kind, ...audit.details },
      }),
    );
  }
}

/** JP planned (not cancelled) and done per employee in the cycle `:cycleId`, to LEFT JOIN. */
const JP_DONE_BY_EMPLOYEE = `(SELECT jpActivity.employeeId AS employeeId,
    SUM(CASE WHEN jpActivity.status <> 'CANCELLED' THEN jpActivity.jp ELSE 0 END) AS planned,
    SUM(CASE WHEN jpActivity.status = 'DONE' THEN jpActivity.jp ELSE 0 END) AS done
  FROM development_activity jpActivity
  INNER JOIN development_plan jpPlan ON jpPlan.id = jpActivity.planId
  WHERE jpPlan.cycleId = :cycleId
  GROUP BY jpActivity.employeeId)`;

function hasQuarterTargets(indicator: Indicator): boolean {
  if (indicator.kind === IndicatorKind.KUALITATIF) return false;
  const quarters = [
    indicator.targetTw1,
    indicator.targetTw2,
    indicator.targetTw3,
    indicator.targetTw4,
  ];
  // LAST with every quarter at the annual target is "no quarter plan": nothing to add.
  if (
    indicator.aggregation === IndicatorAggregation.LAST &&
    quarters.every((value) => value === indicator.target)
  )
    return false;
  return quarters.some((value) => value !== 0);
}

function periodOf(value: unknown): Period {
  if (value === undefined || value === '') return Period.ANNUAL;
  const period = Object.values(Period).find((candidate) => candidate === value);
  if (!period)
    throw badInput([
      {
        field: 'period',
        reason: 'NOT_ONE_OF',
        message: 'must be one of TW1, TW2, TW3, TW4, ANNUAL',
        params: { allowed: Object.values(Period).join(', ') },
      },
    ]);
  return period;
}

function positiveId(value: unknown, field: string): number {
  const id = typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(id) || id < 1)
    throw badInput([{ field, reason: 'INVALID_ID', message: 'must be a positive whole number' }]);
  return id;
}
