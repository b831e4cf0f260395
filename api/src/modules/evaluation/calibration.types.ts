import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { OrganizationPredicateValue, Predicate } from './evaluation.enums';

@ObjectType()
export class PredicateCount {
  @Field(() => Predicate)
  predicate: Predicate;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class PredicatePercentage {
  @Field(() => Predicate)
  predicate: Predicate;

  @Field(() => Float)
  percentage: number;
}

@ObjectType({ description: 'One rule of the distribution curve, checked' })
export class CurveRuleCheck {
  @Field({ description: 'Rule code, e.g. BAIK_AT_MOST_PERCENT_70' })
  rule: string;

  @Field(() => [Predicate])
  predicates: Predicate[];

  @Field({ description: 'AT_MOST_PERCENT, AT_LEAST_PERCENT, AT_LEAST_ONE or NONE' })
  bound: string;

  @Field(() => Float, { nullable: true })
  percent: number | null;

  @Field()
  passed: boolean;

  @Field(() => Int)
  count: number;

  @Field(() => Float)
  actualPercent: number;

  @Field()
  detail: string;

  /** Where the rule was checked, so its employees can be paged on demand. */
  unitId: number;

  cycleId: number;
}

@ObjectType({
  description:
    'The annual predicates of a unit and its sub-units against the curve of its organisation predicate',
})
export class DistributionCheck {
  @Field(() => ID)
  unitId: number;

  @Field(() => ID)
  cycleId: number;

  @Field(() => OrganizationPredicateValue, {
    nullable: true,
    description: 'Null until the Camat records it',
  })
  organizationPredicate: OrganizationPredicateValue | null;

  @Field(() => Int, {
    description: 'Annual predicates counted (drafts included: calibration settles them)',
  })
  total: number;

  @Field(() => [PredicateCount])
  counts: PredicateCount[];

  @Field(() => [PredicatePercentage])
  percentages: PredicatePercentage[];

  @Field(() => [CurveRuleCheck])
  rules: CurveRuleCheck[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'All rules pass (null without an organisation predicate)',
  })
  passed: boolean | null;
}
