import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { decimalTransformer } from '../../platform/database/decimal.transformer';
import { CycleStatus, Period } from './cycle.enums';

@ObjectType({ description: 'One period of a cycle with its first and last day' })
export class CyclePeriod {
  @Field(() => Period, { description: 'Which period: a triwulan TW1–TW4 or ANNUAL' })
  period: Period;

  @Field({ description: 'YYYY-MM-DD, Asia/Jakarta' })
  startsOn: string;

  @Field({ description: 'YYYY-MM-DD, Asia/Jakarta' })
  endsOn: string;
}

@ObjectType('Cycle', { description: 'A performance year (siklus kinerja)' })
@Entity({ name: 'performance_cycle' })
export class PerformanceCycle {
  static readonly modelName = 'Cycle';

  @Field(() => ID, { description: 'Stable internal id of the cycle' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => Int, { description: 'The calendar year the cycle covers, e.g. 2026' })
  @Column({ type: 'int', unique: true })
  year: number;

  @Field(() => CycleStatus, {
    description: 'Where the year stands: PLANNING → ACTIVE → CALIBRATION → CLOSED',
  })
  @Column({ type: 'varchar', length: 12, default: CycleStatus.PLANNING })
  status: CycleStatus;

  @Field(() => Float, {
    description: 'Achievement (%) above which the suggested result rating is DI_ATAS_EKSPEKTASI',
  })
  @Column({
    type: 'decimal',
    precision: 5,
    scale: 2,
    default: 110,
    transformer: decimalTransformer,
  })
  exceedsThreshold: number;

  @Field(() => Float, {
    description: 'Achievement (%) from which the suggested result rating is SESUAI_EKSPEKTASI',
  })
  @Column({ type: 'decimal', precision: 5, scale: 2, default: 90, transformer: decimalTransformer })
  meetsThreshold: number;

  // Deadlines (tenggat). A null date means the documented default (see utils/deadlines.util.ts);
  // HR may set another per cycle. Read through `Cycle.deadlines`.

  /** SKP approved by (default: 31 January of the year). */
  @Column({ type: 'date', nullable: true })
  skpDueOn: string | null;

  /** Realisations due this many days after each triwulan ends. */
  @Column({ type: 'int', default: 10 })
  realizationDueDays: number;

  /** Realisations for a period may be reported until this many days after it ends. */
  @Column({ type: 'int', default: 30 })
  reportingWindowDays: number;

  /** Periodic (triwulan) evaluations due this many days after each triwulan ends. */
  @Column({ type: 'int', default: 15 })
  evaluationDueDays: number;

  /** Annual evaluation finalised by (default: 31 January of the next year). */
  @Column({ type: 'date', nullable: true })
  annualEvaluationDueOn: string | null;

  @Field(() => Int, {
    description:
      'Optimistic-concurrency version, raised by every change; updateCycleDeadlines takes it',
  })
  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn()
  createdAt: Date;
}
