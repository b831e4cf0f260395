import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { PerformancePlan } from './performance-plan.entity';
import { CoreValue } from './plan.enums';

@ObjectType({
  description: 'A BerAKHLAK value of an SKP with the supervisor’s specific expectation',
})
@Entity({ name: 'behavior_expectation' })
@Unique(['planId', 'coreValue'])
export class BehaviorExpectation {
  static readonly modelName = 'BehaviorExpectation';

  @Field(() => ID, { description: 'Stable internal id of the expectation' })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  planId: number;

  @ManyToOne(() => PerformancePlan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'planId' })
  plan?: PerformancePlan;

  @Field(() => CoreValue, { nullable: true, description: 'The BerAKHLAK core value' })
  @Column({ type: 'varchar', length: 24 })
  coreValue: CoreValue;

  @Field(() => String, { nullable: true, description: 'Ekspektasi khusus pimpinan' })
  @Column({ type: 'text', nullable: true })
  specificExpectation: string | null;
}
