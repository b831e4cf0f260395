import type { DataSource } from 'typeorm';
import type { Context } from '../../context';
import { recordAudit } from '../../platform/audit/audit.service';
import { rulesToSql, type SqlFieldMap } from '../../platform/authz/rules-to-sql';
import {
  assertNoProblems,
  conflict,
  type FieldProblem,
  forbidden,
  notFound,
} from '../../platform/graphql/errors';
import { parseId, parseOptionalId } from '../../platform/graphql/ids';
import { type Connection, type PageArgs, paginate } from '../../platform/graphql/pagination';
import { PerformanceCycle } from '../cycle/cycle.entity';
import { CycleStatus } from '../cycle/cycle.enums';
import { Employee, ReportingLine } from '../org/employee.entity';
import { PerformancePlan } from '../plan/performance-plan.entity';
import { WorkTarget } from '../plan/work-target.entity';
import { Feedback } from './feedback.entity';
import type { FeedbackFilter, GiveFeedbackInput } from './feedback.inputs';
import { Notification } from './notification.entity';
import { runTransaction } from '../../platform/database/transaction';

export const FEEDBACK_MAX_LENGTH = 2000;

export function feedbackSqlFields(alias: string): SqlFieldMap {
  return {
    ownerId: `${alias}.recipientId`,
    authorId: `${alias}.authorId`,
    ownerChainIds: (operator, value, param) => {
      if (operator !== 'eq')
        throw new Error(`ownerChainIds supports only equality, got ${operator}`);
      return `${alias}.recipientId IN (SELECT chain.descendantId FROM reporting_line chain WHERE chain.ancestorId = ${param(value)} AND chain.depth > 0)`;
    },
  };
}

export class FeedbackService {
  constructor(private readonly dataSource: DataSource) {}

  async list(
    context: Context,
    filter: FeedbackFilter | undefined,
    page: PageArgs,
  ): Promise<Connection<Feedback>> {
    const rows = rulesToSql(
      context.ability,
      'read',
      'Feedback',
      undefined,
      feedbackSqlFields('feedback'),
    );
    const query = this.dataSource
      .getRepository(Feedback)
      .createQueryBuilder('feedback')
      .where(rows.sql, rows.params);
    if (filter?.recipientId)
      query.andWhere('feedback.recipientId = :recipientId', {
        recipientId: parseId(filter.recipientId, 'filter.recipientId'),
      });
    if (filter?.authorId)
      query.andWhere('feedback.authorId = :authorId', {
        authorId: parseId(filter.authorId, 'filter.authorId'),
      });
    if (filter?.cycleId)
      query.andWhere('feedback.cycleId = :cycleId', {
        cycleId: parseId(filter.cycleId, 'filter.cycleId'),
      });
    if (filter?.unacknowledged) query.andWhere('feedback.acknowledgedAt IS NULL');
    return paginate(query, page, {
      expression: '(0 - feedback.id)',
      valueOf: (row) => -row.id,
      idExpression: 'feedback.id',
    });
  }

  /** From anyone in the recipient's supervisor chain, or a peer of the same unit, during an ACTIVE cycle. */
  async give(context: Context, input: GiveFeedbackInput): Promise<Feedback> {
    const authorId = context.viewer?.employeeId;
    if (!authorId || !context.ability.can('create', 'Feedback'))
      throw forbidden('Only employees give feedback');
    const recipientId = parseId(input.recipientId, 'recipientId');
    const workTargetId = parseOptionalId(input.workTargetId, 'workTargetId') ?? null;
    const text = input.text.trim();
    const problems: FieldProblem[] = [];
    if (text.length === 0 || text.length > FEEDBACK_MAX_LENGTH)
      problems.push({ field: 'text', message: `must be 1 to ${FEEDBACK_MAX_LENGTH} characters` });
    if (workTargetId !== null && input.coreValue)
      problems.push({
        field: 'coreValue',
        message: 'link the feedback to an RHK or a core value, not both',
      });
    return runTransaction(this.dataSource, async (manager) => {
      const recipient = await manager.findOneBy(Employee, { id: recipientId });
      if (!recipient || !recipient.active) throw notFound('Employee', recipientId);
      if (recipientId === authorId) throw forbidden('Feedback goes to someone else');
      const author = await manager.findOneByOrFail(Employee, { id: authorId });
      const inChain = await manager.existsBy(ReportingLine, {
        ancestorId: authorId,
        descendantId: recipientId,
      });
      if (!inChain && author.unitId !== recipient.unitId)
        throw forbidden(
          'Feedback comes from the recipient’s supervisors or peers of the same unit',
        );
      const cycle = await manager.findOneBy(PerformanceCycle, { status: CycleStatus.ACTIVE });
      if (!cycle) throw conflict('There is no ACTIVE cycle: feedback is closed');
      if (workTargetId !== null) {
        const target = await manager.findOneBy(WorkTarget, { id: workTargetId });
        const plan = target && (await manager.findOneBy(PerformancePlan, { id: target.planId }));
        if (!plan || plan.employeeId !== recipientId || plan.cycleId !== cycle.id) {
          problems.push({
            field: 'workTargetId',
            message: 'is not an RHK of the recipient’s SKP in the active cycle',
          });
        }
      }
      assertNoProblems(problems);
      const inserted = await manager.insert(Feedback, {
        cycleId: cycle.id,
        authorId,
        recipientId,
        workTargetId,
        coreValue: input.coreValue ?? null,
        kind: input.kind,
        text,
        createdAt: new Date(),
        acknowledgedAt: null,
      });
      const id = Number(inserted.identifiers[0].id);
      await recordAudit(manager, {
        actor: context.viewer,
        action: 'feedback.give',
        entity: 'Feedback',
        entityId: id,
        after: { recipientId, kind: input.kind, workTargetId, coreValue: input.coreValue ?? null },
      });
      return manager.findOneByOrFail(Feedback, { id });
    });
  }

  async acknowledge(context: Context, id: number): Promise<Feedback> {
    return runTransaction(this.dataSource, async (manager) => {
      const feedback = await manager.findOneBy(Feedback, { id });
      if (!feedback) throw notFound('Feedback', id);
      if (feedback.recipientId !== context.viewer?.employeeId)
        throw forbidden('Only the recipient acknowledges feedback');
      if (feedback.acknowledgedAt) return feedback;
      await manager.update(Feedback, id, { acknowledgedAt: new Date() });
      await recordAudit(manager, {
        actor: context.viewer,
        action: 'feedback.acknowledge',
        entity: 'Feedback',
        entityId: id,
      });
      return manager.findOneByOrFail(Feedback, { id });
    });
  }

  /** The viewer's inbox, newest first. */
  notifications(context: Context, unreadOnly: boolean): Promise<Notification[]> {
    const employeeId = context.viewer?.employeeId;
    if (!employeeId) return Promise.resolve([]);
    const query = this.dataSource
      .getRepository(Notification)
      .createQueryBuilder('note')
      .where('note.recipientId = :employeeId', { employeeId });
    if (unreadOnly) query.andWhere('note.readAt IS NULL');
    return query.orderBy('note.id', 'DESC').limit(100).getMany();
  }

  async markNotificationRead(context: Context, id: number): Promise<Notification> {
    const note = await this.dataSource.getRepository(Notification).findOneBy({ id });
    if (!note || note.recipientId !== context.viewer?.employeeId)
      throw notFound('Notification', id);
    if (!note.readAt)
      await this.dataSource.getRepository(Notification).update(id, { readAt: new Date() });
    return this.dataSource.getRepository(Notification).findOneByOrFail({ id });
  }
}
