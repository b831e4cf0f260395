import type { DataSource } from 'typeorm';
import type { AuditAction } from '../../platform/audit/audit-actions';
import type { Context } from '../../platform/graphql/context';
import { recordAudit } from '../../platform/audit/audit.service';
import { runTransaction } from '../../platform/database/transaction';
import { updateVersioned } from '../../platform/database/versioned-update';
import { containing, likeSql } from '../../platform/database/like';
import {
  assertNoProblems,
  conflict,
  type FieldProblem,
  forbidden,
  notFound,
} from '../../platform/graphql/errors';
import { readFilterTexts, textProblems } from '../../platform/graphql/text';
import { type Connection, type PageArgs, paginate } from '../../platform/graphql/pagination';
import { CoreValue, IndicatorAspect } from '../plan/plan.enums';
import type {
  CompetenciesInput,
  TrainingProgramFilter,
  TrainingProgramInput,
  TrainingProgramUpdate,
} from './development.inputs';
import { ActivityStatus, TrainingMode } from './development.enums';
import { DevelopmentActivity } from './development-activity.entity';
import type { ProgramRetirementPreview } from './development.types';
import { TrainingProgram } from './training-program.entity';

const CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{1,31}$/;
export const MAX_PROGRAM_JP = 200;

type ProgramFields = Partial<Omit<TrainingProgramInput, 'competencies'>> & {
  competencies?: CompetenciesInput;
};

/** Problems with a programme's fields; only the fields given are checked. */
export function programProblems(input: ProgramFields): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const text = (
    field: keyof ProgramFields,
    value: string | undefined,
    min: number,
    max: number,
  ) => {
    if (value !== undefined) problems.push(...textProblems(field, value.trim(), { min, max }));
  };
  if (input.code !== undefined && !CODE_PATTERN.test(input.code.trim()))
    problems.push({
      field: 'code',
      reason: 'PROGRAM_CODE_FORMAT',
      message: 'must be 2–32 capital letters, digits or dashes, e.g. PLT-KOM-01',
    });
  text('title', input.title, 3, 160);
  text('description', input.description, 10, 4000);
  text('provider', input.provider, 2, 160);
  if (
    input.hours !== undefined &&
    (!Number.isInteger(input.hours) || input.hours < 1 || input.hours > MAX_PROGRAM_JP)
  )
    problems.push({
      field: 'hours',
      reason: 'WHOLE_NUMBER_RANGE',
      message: `must be a whole number of JP from 1 to ${MAX_PROGRAM_JP}`,
      params: { min: 1, max: MAX_PROGRAM_JP },
    });
  if (input.mode !== undefined && !Object.values(TrainingMode).includes(input.mode))
    problems.push({
      field: 'mode',
      reason: 'NOT_ONE_OF',
      message: 'is not a training mode',
      params: { allowed: Object.values(TrainingMode).join(', ') },
    });
  if (input.competencies !== undefined) {
    const { coreValues, aspects } = input.competencies;
    if (coreValues.length + aspects.length === 0)
      problems.push({
        field: 'competencies',
        reason: 'COMPETENCIES_REQUIRED',
        message: 'name at least one BerAKHLAK value or indicator aspect the programme strengthens',
      });
    if (new Set(coreValues).size !== coreValues.length || new Set(aspects).size !== aspects.length)
      problems.push({
        field: 'competencies',
        reason: 'REPEATED',
        message: 'lists a competency twice',
      });
  }
  return problems;
}

/** Competencies in their enum order, so stored lists compare and read the same. */
function ordered(competencies: CompetenciesInput) {
  return {
    coreValues: Object.values(CoreValue).filter((value) => competencies.coreValues.includes(value)),
    aspects: Object.values(IndicatorAspect).filter((aspect) =>
      competencies.aspects.includes(aspect),
    ),
  };
}

/** The training catalogue: everyone reads it; HR creates, edits and retires programmes. */
export class TrainingProgramService {
  constructor(private readonly dataSource: DataSource) {}

  list(
    filter: TrainingProgramFilter | undefined,
    page: PageArgs,
  ): Promise<Connection<TrainingProgram>> {
    const query = this.dataSource.getRepository(TrainingProgram).createQueryBuilder('program');
    if (!filter?.includeRetired) query.andWhere('program.retiredAt IS NULL');
    const { search } = readFilterTexts(filter, ['search']);
    if (search)
      query.andWhere(
        `(${likeSql('LOWER(program.code)', 'search')} OR ${likeSql('LOWER(program.title)', 'search')})`,
        { search: containing(search.toLowerCase()) },
      );
    // Enum names are whole words that are never part of one another, so LIKE finds exactly them.
    if (filter?.coreValue)
      query.andWhere(likeSql('program.coreValues', 'coreValue'), {
        coreValue: containing(filter.coreValue),
      });
    if (filter?.aspect)
      query.andWhere(likeSql('program.aspects', 'aspect'), { aspect: containing(filter.aspect) });
    if (filter?.mode) query.andWhere('program.mode = :mode', { mode: filter.mode });
    return paginate(query, page, {
      expression: 'program.code',
      valueOf: (row) => row.code,
      idExpression: 'program.id',
    });
  }

  async create(context: Context, input: TrainingProgramInput): Promise<TrainingProgram> {
    if (!context.ability.can('create', 'TrainingProgram'))
      throw forbidden('PROGRAM_MANAGE_FORBIDDEN', 'Only HR manages the training catalogue');
    assertNoProblems(programProblems(input));
    return runTransaction(this.dataSource, async (manager) => {
      const code = input.code.trim();
      if (await manager.existsBy(TrainingProgram, { code }))
        throw conflict('PROGRAM_CODE_TAKEN', `A programme with code ${code} exists already`, {
          programCode: code,
        });
      const inserted = await manager.insert(TrainingProgram, {
        code,
        title: input.title.trim(),
        description: input.description.trim(),
        ...ordered(input.competencies),
        hours: input.hours,
        provider: input.provider.trim(),
        mode: input.mode,
        retiredAt: null,
      });
      const id = Number(inserted.identifiers[0].id);
      const created = await manager.findOneByOrFail(TrainingProgram, { id });
      await recordAudit(manager, {
        actor: context.viewer,
        action: 'trainingProgram.create',
        entity: 'TrainingProgram',
        entityId: id,
        after: created,
      });
      return created;
    });
  }

  async update(
    context: Context,
    id: number,
    input: TrainingProgramUpdate,
  ): Promise<TrainingProgram> {
    if (!context.ability.can('update', 'TrainingProgram'))
      throw forbidden('PROGRAM_MANAGE_FORBIDDEN', 'Only HR manages the training catalogue');
    const { version, ...given } = input;
    // Every field is required on a programme: null, like a field left out, keeps what is there.
    const fields: ProgramFields = Object.fromEntries(
      Object.entries(given).filter(([, value]) => value !== null),
    );
    assertNoProblems(programProblems(fields));
    return this.change(context, id, version, 'trainingProgram.update', (program) => {
      if (program.retiredAt)
        throw conflict('PROGRAM_RETIRED', 'This programme is retired: it can no longer change');
      return {
        ...(fields.code !== undefined && { code: fields.code.trim() }),
        ...(fields.title !== undefined && { title: fields.title.trim() }),
        ...(fields.description !== undefined && { description: fields.description.trim() }),
        ...(fields.competencies !== undefined && ordered(fields.competencies)),
        ...(fields.hours !== undefined && { hours: fields.hours }),
        ...(fields.provider !== undefined && { provider: fields.provider.trim() }),
        ...(fields.mode !== undefined && { mode: fields.mode }),
      };
    });
  }

  /** Who retiring the programme touches: for the confirmation, checked like `retire` itself. */
  async retirementPreview(context: Context, id: number): Promise<ProgramRetirementPreview> {
    if (!context.ability.can('update', 'TrainingProgram', 'retiredAt'))
      throw forbidden('PROGRAM_MANAGE_FORBIDDEN', 'Only HR manages the training catalogue');
    if (!(await this.dataSource.getRepository(TrainingProgram).existsBy({ id })))
      throw notFound('TrainingProgram', id);
    const open = `activity.status IN ('${ActivityStatus.PLANNED}', '${ActivityStatus.IN_PROGRESS}')`;
    const counts = await this.dataSource
      .getRepository(DevelopmentActivity)
      .createQueryBuilder('activity')
      .select(`SUM(CASE WHEN ${open} THEN 1 ELSE 0 END)`, 'openActivities')
      .addSelect(`COUNT(DISTINCT CASE WHEN ${open} THEN activity.employeeId END)`, 'openEmployees')
      .addSelect(
        `COUNT(DISTINCT CASE WHEN activity.status = '${ActivityStatus.DONE}' THEN activity.employeeId END)`,
        'completedEmployees',
      )
      .where('activity.programId = :id', { id })
      .getRawOne<Record<string, string | number | null>>();
    return {
      programId: id,
      openActivities: Number(counts?.openActivities ?? 0),
      openEmployees: Number(counts?.openEmployees ?? 0),
      completedEmployees: Number(counts?.completedEmployees ?? 0),
    };
  }

  /** Retired programmes stay for the plans and history that name them, but are no longer offered. */
  async retire(context: Context, id: number, version: number): Promise<TrainingProgram> {
    if (!context.ability.can('update', 'TrainingProgram', 'retiredAt'))
      throw forbidden('PROGRAM_MANAGE_FORBIDDEN', 'Only HR manages the training catalogue');
    return this.change(context, id, version, 'trainingProgram.retire', (program) => {
      if (program.retiredAt) throw conflict('PROGRAM_RETIRED', 'This programme is retired already');
      return { retiredAt: new Date() };
    });
  }

  private change(
    context: Context,
    id: number,
    version: number,
    action: AuditAction,
    changesOf: (program: TrainingProgram) => Partial<TrainingProgram>,
  ): Promise<TrainingProgram> {
    return runTransaction(this.dataSource, async (manager) => {
      const program = await manager.findOneBy(TrainingProgram, { id });
      if (!program) throw notFound('TrainingProgram', id);
      const changes = changesOf(program);
      if (changes.code && changes.code !== program.code) {
        if (await manager.existsBy(TrainingProgram, { code: changes.code }))
          throw conflict(
            'PROGRAM_CODE_TAKEN',
            `A programme with code ${changes.code} exists already`,
            { programCode: changes.code },
          );
      }
      await updateVersioned(manager, TrainingProgram, {
        id,
        version,
        changes,
        message: 'Someone else changed this programme first; reload and try again',
      });
      const after = await manager.findOneByOrFail(TrainingProgram, { id });
      await recordAudit(manager, {
        actor: context.viewer,
        action,
        entity: 'TrainingProgram',
        entityId: id,
        before: program,
        after,
      });
      return after;
    });
  }
}
