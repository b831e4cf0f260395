import { type DataSource, In, IsNull } from 'typeorm';
import type { Context } from '../../platform/graphql/context';
import { recordAudit } from '../../platform/audit/audit.service';
import {
  assertNoProblems,
  conflict,
  type FieldProblem,
  forbidden,
  notFound,
} from '../../platform/graphql/errors';
import { parseId, parseOptionalId } from '../../platform/graphql/ids';
import { textProblems } from '../../platform/graphql/text';
import {
  type Connection,
  newestFirst,
  type PageArgs,
  paginate,
} from '../../platform/graphql/pagination';
import { ReadableRows } from '../../platform/database/readable-rows';
import { PerformanceCycle } from '../cycle/cycle.entity';
import { CycleStatus } from '../cycle/cycle.enums';
import { Employee, ReportingLine } from '../org/employee.entity';
import { PerformancePlan } from '../plan/performance-plan.entity';
import { WorkTarget } from '../plan/work-target.entity';
import type { OverdueService } from '../cycle/overdue.service';
import { OVERDUE_CYCLE_STATUSES } from '../cycle/utils/deadlines.util';
import { Feedback, FeedbackKind } from './feedback.entity';
import { feedbackSqlFields } from './feedback.permissions';
import { type Notice, notify } from './notices';
import { deadlineNotices } from './utils/notice-text.util';
import type { FeedbackFilter, GiveFeedbackInput } from './feedback.inputs';
import { Notification } from './notification.entity';
import { runTransaction } from '../../platform/database/transaction';
import { heldCycle } from '../cycle/held-cycle';

export const FEEDBACK_MAX_LENGTH = 2000;

export interface NotificationInboxPage extends Connection<Notification> {
  unreadCount: number;
}

export class FeedbackService {
  private readonly feedback: ReadableRows<Feedback>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly overdue: OverdueService,
  ) {
    const fields = feedbackSqlFields('feedback', 'threadRoot');
    this.feedback = new ReadableRows(dataSource, Feedback, 'feedback', fields, (query) =>
      query.leftJoin(Feedback, 'threadRoot', 'threadRoot.id = feedback.threadId'),
    );
  }

  list(
    context: Context,
    filter: FeedbackFilter | undefined,
    page: PageArgs,
  ): Promise<Connection<Feedback>> {
    return this.feedback.list(context.ability, page, {
      filter,
      ids: {
        recipientId: 'feedback.recipientId',
        authorId: 'feedback.authorId',
        cycleId: 'feedback.cycleId',
      },
      narrow: (query) => {
        if (filter?.threadsOnly) query.andWhere('feedback.threadId IS NULL');
        if (filter?.unacknowledged) query.andWhere('feedback.acknowledgedAt IS NULL');
      },
      order: newestFirst('feedback'),
    });
  }

  /**
   * During an ACTIVE cycle, from anyone in the recipient's supervisor chain, upward to anyone in the
   * author's own supervisor chain, or between peers of the same unit.
   */
  async give(context: Context, input: GiveFeedbackInput): Promise<Feedback> {
    const authorId = context.viewer?.employeeId;
    if (!authorId || !context.ability.can('create', 'Feedback'))
      throw forbidden('FEEDBACK_AUTHOR_NOT_EMPLOYEE', 'Only employees give feedback');
    const recipientId = parseId(input.recipientId, 'recipientId');
    const workTargetId = parseOptionalId(input.workTargetId, 'workTargetId') ?? null;
    const text = input.text.trim();
    const problems: FieldProblem[] = [];
    problems.push(...textProblems('text', text, { min: 1, max: FEEDBACK_MAX_LENGTH }));
    if (workTargetId !== null && input.coreValue)
      problems.push({
        field: 'coreValue',
        reason: 'FEEDBACK_LINK_EXCLUSIVE',
        message: 'link the feedback to an RHK or a core value, not both',
      });
    return runTransaction(this.dataSource, async (manager) => {
      const recipient = await manager.findOneBy(Employee, { id: recipientId });
      if (!recipient || !recipient.active) throw notFound('Employee', recipientId);
      if (recipientId === authorId)
        throw forbidden('FEEDBACK_TO_SELF', 'Feedback goes to someone else');
      const author = await manager.findOneByOrFail(Employee, { id: authorId });
      const inChain = await manager
        .createQueryBuilder(ReportingLine, 'line')
        .where(
          '(line.ancestorId = :authorId AND line.descendantId = :recipientId) OR (line.ancestorId = :recipientId AND line.descendantId = :authorId)',
          { authorId, recipientId },
        )
        .getExists();
      if (!inChain && author.unitId !== recipient.unitId)
        throw forbidden(
          'FEEDBACK_RECIPIENT_OUT_OF_REACH',
          'Feedback goes down or up the author’s reporting line, or to a peer of the same unit',
        );
      const active = await manager.findOneBy(PerformanceCycle, { status: CycleStatus.ACTIVE });
      const cycle = active && (await heldCycle(manager, active.id));
      if (cycle?.status !== CycleStatus.ACTIVE)
        throw conflict('NO_ACTIVE_CYCLE', 'There is no ACTIVE cycle: feedback is closed');
      if (workTargetId !== null) {
        const target = await manager.findOneBy(WorkTarget, { id: workTargetId });
        const plan = target && (await manager.findOneBy(PerformancePlan, { id: target.planId }));
        if (!plan || plan.employeeId !== recipientId || plan.cycleId !== cycle.id) {
          problems.push({
            field: 'workTargetId',
            reason: 'FEEDBACK_WORK_TARGET_INVALID',
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
        throw forbidden(
          'FEEDBACK_ACKNOWLEDGE_FORBIDDEN',
          'Only the recipient acknowledges feedback',
        );
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

  /** A reply in a feedback thread, by one of its two parties, to the other. */
  async reply(context: Context, feedbackId: number, rawText: string): Promise<Feedback> {
    const authorId = context.viewer?.employeeId;
    if (!authorId || !context.ability.can('create', 'Feedback'))
      throw forbidden('FEEDBACK_AUTHOR_NOT_EMPLOYEE', 'Only employees reply to feedback');
    const text = rawText.trim();
    assertNoProblems(textProblems('text', text, { min: 1, max: FEEDBACK_MAX_LENGTH }));
    return runTransaction(this.dataSource, async (manager) => {
      const item = await manager.findOneBy(Feedback, { id: feedbackId });
      if (!item) throw notFound('Feedback', feedbackId);
      const first =
        item.threadId === null
          ? item
          : await manager.findOneByOrFail(Feedback, { id: item.threadId });
      if (authorId !== first.authorId && authorId !== first.recipientId)
        throw forbidden(
          'FEEDBACK_REPLY_FORBIDDEN',
          'Only the author and the recipient of the feedback reply to it',
        );
      const cycle = await heldCycle(manager, first.cycleId);
      if (cycle.status !== CycleStatus.ACTIVE)
        throw conflict(
          'FEEDBACK_THREAD_CLOSED',
          'The cycle of this feedback is no longer ACTIVE: the thread is closed',
        );
      const recipientId = authorId === first.authorId ? first.recipientId : first.authorId;
      const now = context.now;
      const inserted = await manager.insert(Feedback, {
        cycleId: first.cycleId,
        authorId,
        recipientId,
        workTargetId: null,
        coreValue: null,
        kind: FeedbackKind.NOTE,
        text,
        createdAt: now,
        acknowledgedAt: null,
        threadId: first.id,
      });
      const id = Number(inserted.identifiers[0].id);
      const author = await manager.findOneByOrFail(Employee, { id: authorId });
      await notify(
        manager,
        [
          {
            recipientId,
            kind: 'feedback.reply',
            message: `${author.name} membalas umpan balik.`,
            params: { name: author.name },
            entity: 'Feedback',
            entityId: first.id,
            dedupeKey: `feedback.reply:${id}`,
          },
        ],
        now,
      );
      await recordAudit(manager, {
        actor: context.viewer,
        action: 'feedback.reply',
        entity: 'Feedback',
        entityId: id,
        after: { threadId: first.id, recipientId },
      });
      return manager.findOneByOrFail(Feedback, { id });
    });
  }

  /**
   * Deadline notices, generated when their recipient opens the inbox (no scheduler): what is
   * overdue in each running cycle and theirs to act on, one keyed notice per item. A fixed number
   * of statements: the running cycles, the overdue reads per cycle, one insert-or-ignore.
   */
  async syncDeadlineNotices(context: Context): Promise<void> {
    const employeeId = context.viewer?.employeeId;
    if (!employeeId || !context.ability.can('read', 'OverdueItem')) return;
    const cycles = await this.dataSource
      .getRepository(PerformanceCycle)
      .findBy({ status: In([...OVERDUE_CYCLE_STATUSES]) });
    const notices: Notice[] = [];
    for (const cycle of cycles) {
      const overdue = await this.overdue.list(context, {
        unitId: null,
        cycleId: cycle.id,
      });
      const mine = overdue.all.filter((item) => item.responsibleId === employeeId);
      if (mine.length === 0) continue;
      const employees = await context.loaders
        .byId(Employee)
        .loadMany([...new Set(mine.map((item) => item.employeeId))]);
      const names = new Map(
        employees.flatMap((employee) =>
          employee && !(employee instanceof Error) ? [[employee.id, employee.name] as const] : [],
        ),
      );
      notices.push(...deadlineNotices({ recipientId: employeeId, items: mine, names }));
    }
    if (notices.length === 0) return;
    await runTransaction(this.dataSource, (manager) => notify(manager, notices, context.now));
  }

  /** The viewer's inbox, paged, newest first; deadline notices are brought up to date first. */
  async inbox(
    context: Context,
    unreadOnly: boolean,
    page: PageArgs,
  ): Promise<NotificationInboxPage> {
    const employeeId = context.viewer?.employeeId;
    if (!employeeId)
      return {
        edges: [],
        pageInfo: { hasNextPage: false, hasPreviousPage: false, endCursor: null },
        totalCount: 0,
        unreadCount: 0,
      };
    await this.syncDeadlineNotices(context);
    const repository = this.dataSource.getRepository(Notification);
    const query = repository
      .createQueryBuilder('note')
      .where('note.recipientId = :employeeId', { employeeId });
    if (unreadOnly) query.andWhere('note.readAt IS NULL');
    const [connection, unreadCount] = await Promise.all([
      paginate(query, page, newestFirst('note')),
      repository.countBy({ recipientId: employeeId, readAt: IsNull() }),
    ]);
    return { ...connection, unreadCount };
  }

  /** Marks every unread notice of the viewer read; returns how many were unread. */
  async markAllNotificationsRead(context: Context): Promise<number> {
    const employeeId = context.viewer?.employeeId;
    if (!employeeId) return 0;
    const result = await this.dataSource
      .createQueryBuilder()
      .update(Notification)
      .set({ readAt: context.now })
      .where('recipientId = :employeeId AND readAt IS NULL', { employeeId })
      .execute();
    return result.affected ?? 0;
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
