import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { decimalTransformer } from '../../platform/database/decimal.transformer';
import {
  IndicatorAggregation,
  IndicatorAspect,
  IndicatorDirection,
  IndicatorKind,
} from './plan.enums';
import { WorkTarget } from './work-target.entity';

@ObjectType({ description: 'IKI: a measurable indicator of an RHK' })
@Entity({ name: 'indicator' })
export class Indicator {
  static readonly modelName = 'Indicator';

  @Field(() => ID, { description: 'Stable internal id of the IKI' })
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'int' })
  workTargetId: number;

  @ManyToOne(() => WorkTarget, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workTargetId' })
  workTarget?: WorkTarget;

  @Field(() => IndicatorKind, {
    nullable: true,
    description: 'KUALITATIF: narrative target and realisations, judged per period, no percentage',
  })
  @Column({ type: 'varchar', length: 12, default: IndicatorKind.KUANTITATIF })
  kind: IndicatorKind;

  @Field(() => IndicatorAspect, {
    nullable: true,
    description: 'Aspek: KUANTITAS, KUALITAS, WAKTU or BIAYA',
  })
  @Column({ type: 'varchar', length: 10 })
  aspect: IndicatorAspect;

  @Field(() => String, {
    nullable: true,
    description: 'Indikator kinerja individu: what is measured, in words',
  })
  @Column({ type: 'text' })
  description: string;

  /** Numeric annual target; 0 for a KUALITATIF indicator (GraphQL answers null there). */
  @Column({ type: 'decimal', precision: 14, scale: 2, transformer: decimalTransformer })
  target: number;

  @Field(() => String, {
    nullable: true,
    description: 'KUALITATIF: the target in words (what the year should deliver)',
  })
  @Column({ type: 'text', nullable: true })
  narrativeTarget: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Satuan of the target, e.g. dokumen, %, bulan, rupiah',
  })
  @Column({ type: 'varchar', length: 40 })
  unit: string;

  @Field(() => IndicatorDirection, {
    nullable: true,
    description: 'Whether a higher or a lower value is better (WAKTU and BIAYA are usually lower)',
  })
  @Column({ type: 'varchar', length: 16, default: IndicatorDirection.HIGHER_IS_BETTER })
  direction: IndicatorDirection;

  @Field(() => IndicatorAggregation, {
    nullable: true,
    description: 'How the quarters make the year: SUM, LAST (TW4) or AVERAGE',
  })
  @Column({ type: 'varchar', length: 8, default: IndicatorAggregation.LAST })
  aggregation: IndicatorAggregation;

  // Targets per triwulan and the rencana aksi (what will be done that quarter); read through
  // `periodTargets` and `targetFor(period)`.

  @Column({
    type: 'decimal',
    precision: 14,
    scale: 2,
    default: 0,
    transformer: decimalTransformer,
  })
  targetTw1: number;

  @Column({ type: 'text', nullable: true })
  actionPlanTw1: string | null;

  @Column({
    type: 'decimal',
    precision: 14,
    scale: 2,
    default: 0,
    transformer: decimalTransformer,
  })
  targetTw2: number;

  @Column({ type: 'text', nullable: true })
  actionPlanTw2: string | null;

  @Column({
    type: 'decimal',
    precision: 14,
    scale: 2,
    default: 0,
    transformer: decimalTransformer,
  })
  targetTw3: number;

  @Column({ type: 'text', nullable: true })
  actionPlanTw3: string | null;

  @Column({
    type: 'decimal',
    precision: 14,
    scale: 2,
    default: 0,
    transformer: decimalTransformer,
  })
  targetTw4: number;

  @Column({ type: 'text', nullable: true })
  actionPlanTw4: string | null;
}
