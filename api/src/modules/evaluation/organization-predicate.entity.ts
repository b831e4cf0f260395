import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { PerformanceCycle } from '../cycle/cycle.entity';
import { OrgUnit } from '../org/org-unit.entity';
import { OrganizationPredicateValue } from './evaluation.enums';

@ObjectType({
  description:
    'Predikat kinerja organisasi of a unit for a cycle: recorded by the Camat for the units below the kecamatan, by HR for the kecamatan (as decided by the city, with its reference)',
})
@Entity({ name: 'organization_predicate' })
@Unique(['unitId', 'cycleId'])
export class OrganizationPredicate {
  static readonly modelName = 'OrganizationPredicate';

  @Field(() => ID, { description: 'Stable internal id of the record' })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  unitId: number;

  @ManyToOne(() => OrgUnit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unitId' })
  unit?: OrgUnit;

  @Column({ type: 'int' })
  cycleId: number;

  @ManyToOne(() => PerformanceCycle, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cycleId' })
  cycle?: PerformanceCycle;

  @Field(() => OrganizationPredicateValue, {
    description:
      'Predikat kinerja organisasi; it sets the distribution curve for the unit’s employees',
  })
  @Column({ type: 'varchar', length: 16 })
  predicate: OrganizationPredicateValue;

  @Field(() => Date, { description: 'When it was last recorded' })
  @Column({ type: 'datetime', precision: 3 })
  recordedAt: Date;

  @Field(() => String, {
    nullable: true,
    description:
      'The kecamatan’s own predicate comes from the city: the decision’s reference number (nomor)',
  })
  @Column({ type: 'varchar', length: 100, nullable: true })
  referenceNumber: string | null;

  @Field(() => String, { nullable: true, description: 'Date of that decision, YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  referenceDate: string | null;
}
