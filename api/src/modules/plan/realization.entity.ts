import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Period } from '../cycle/cycle.enums';
import { decimalTransformer } from '../../platform/database/decimal.transformer';
import { Indicator } from './indicator.entity';

@ObjectType({
  description: 'A reported value of an indicator for a period, with its evidence (bukti dukung)',
})
@Entity({ name: 'realization' })
@Index(['indicatorId', 'period', 'replacedAt'])
export class Realization {
  static readonly modelName = 'Realization';

  @Field(() => ID, { description: 'Stable internal id of the report' })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  indicatorId: number;

  @ManyToOne(() => Indicator, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicatorId' })
  indicator?: Indicator;

  @Field(() => Period, {
    nullable: true,
    description: 'The triwulan reported, or ANNUAL for a correction of the derived annual value',
  })
  @Column({ type: 'varchar', length: 6 })
  period: Period;

  /** Null for a KUALITATIF indicator, whose realisation is the narrative. */
  @Field(() => Float, {
    nullable: true,
    description: 'The number reached in the period; null for a KUALITATIF indicator',
  })
  @Column({
    type: 'decimal',
    precision: 14,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  value: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'KUALITATIF: what was achieved in the period, in words',
  })
  @Column({ type: 'text', nullable: true })
  narrative: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Bukti dukung: an http(s) link to the evidence',
  })
  @Column({ type: 'varchar', length: 500, nullable: true })
  evidenceUrl: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Bukti dukung in words, or a remark on the value',
  })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => Date, { nullable: true, description: 'When the report was submitted' })
  @Column({ type: 'datetime', precision: 3 })
  submittedAt: Date;

  /** Set when a later submission for the same indicator and period replaced this one (history kept). */
  @Field(() => Date, {
    nullable: true,
    description:
      'When a later report for the same indicator and period replaced this one; null for the report in force',
  })
  @Column({ type: 'datetime', precision: 3, nullable: true })
  replacedAt: Date | null;
}
