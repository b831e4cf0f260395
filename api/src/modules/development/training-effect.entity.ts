import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Rating } from '../evaluation/evaluation.enums';
import { CoreValue } from '../plan/plan.enums';
import { DevelopmentActivity } from './development-activity.entity';
import { EffectChange, EffectMeasure } from './development.enums';

/**
 * The measured effect of one completed catalogue programme on one rating (the result rating, or
 * one BerAKHLAK value), kept so that the effect of each programme over the whole kecamatan is a
 * GROUP BY instead of every trainee's evaluations loaded into Node. Every measured rating is kept,
 * not only the programme's competencies of today, so editing a programme needs no recomputation;
 * a rating with no evaluation before or after the completion has no row (completions are counted
 * from the activities).
 * Written only by `refreshTrainingEffects`, whenever a completion or an evaluation in force of
 * the employee changes.
 */
@Entity({ name: 'training_effect' })
@Index(['programId', 'measure', 'coreValue', 'change', 'beforeRating', 'afterRating'])
export class TrainingEffect {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'int' })
  activityId: number;

  @ManyToOne(() => DevelopmentActivity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activityId' })
  activity?: DevelopmentActivity;

  /** Copied from the activity: effects are refreshed per employee. */
  @Index()
  @Column({ type: 'int' })
  employeeId: number;

  /** Copied from the activity: effects are read per programme. */
  @Column({ type: 'int' })
  programId: number;

  @Column({ type: 'varchar', length: 10 })
  measure: EffectMeasure;

  @Column({ type: 'varchar', length: 24, nullable: true })
  coreValue: CoreValue | null;

  @Column({ type: 'varchar', length: 20 })
  beforeRating: Rating;

  @Column({ type: 'varchar', length: 20 })
  afterRating: Rating;

  @Column({ type: 'varchar', length: 10 })
  change: EffectChange;
}
