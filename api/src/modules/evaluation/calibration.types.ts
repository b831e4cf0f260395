import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { OrganizationPredicateValue, Predicate } from './evaluation.enums';

@ObjectType({ description: 'How many employees have one predicate' })
export class PredicateCount {
  @Field(() => Predicate, { description: 'The predikat kinerja' })
  predicate: Predicate;

  @Field(() => Int, { description: 'Employees with this predicate' })
  count: number;
}

@ObjectType({ description: 'The share of one predicate among those counted' })
export class PredicatePercentage {
  @Field(() => Predicate, { description: 'The predikat kinerja' })
  predicate: Predicate;

  @Field(() => Float, { description: 'Percent of all predicates counted, rounded to 2 decimals' })
  percentage: number;
}

@ObjectType({ description: 'One rule of the distribution curve, checked' })
export class CurveRuleCheck {
  @Field({ description: 'Rule code, e.g. BAIK_AT_MOST_PERCENT_70' })
  rule: string;

  @Field(() => [Predicate], { description: 'The predicates the rule counts together' })
  predicates: Predicate[];

  @Field({ description: 'AT_MOST_PERCENT, AT_LEAST_PERCENT, AT_LEAST_ONE or NONE' })
  bound: string;

  @Field(() => Float, {
    nullable: true,
    description: 'The rule’s limit in percent; null for AT_LEAST_ONE and NONE',
  })
  percent: number | null;

  @Field({ description: 'Whether the unit meets the rule (limits are inclusive)' })
  passed: boolean;

  @Field(() => Int, { description: 'Employees with one of the rule’s predicates' })
  count: number;

  @Field(() => Float, { description: 'Their percent of all predicates counted' })
  actualPercent: number;

  @Field({
    description:
      'The check in words, e.g. BAIK: 8 of 10 (80 %); the curve for BAIK allows at most 70 %',
  })
  detail: string;

  /** Where the rule was checked, so its employees can be paged on demand. */
  unitId: number;

  cycleId: number;
}

@ObjectType({
  description:
    'A distribution-curve rule that fails in one unit, as data the client words in its own language',
})
export class FailingCurveRule {
  @Field(() => ID, { description: 'The unit checked (with its sub-units)' })
  unitId: number;

  @Field({ description: 'The unit’s name' })
  unitName: string;

  @Field(() => OrganizationPredicateValue, { description: 'The unit’s organisation predicate' })
  organizationPredicate: OrganizationPredicateValue;

  @Field({ description: 'Rule code, e.g. BAIK_AT_MOST_PERCENT_70' })
  rule: string;

  @Field(() => [Predicate], { description: 'The predicates the rule counts together' })
  predicates: Predicate[];

  @Field({ description: 'AT_MOST_PERCENT, AT_LEAST_PERCENT, AT_LEAST_ONE or NONE' })
  bound: string;

  @Field(() => Float, {
    nullable: true,
    description: 'The rule’s limit in percent; null for AT_LEAST_ONE and NONE',
  })
  percent: number | null;

  @Field(() => Int, { description: 'Employees with one of the rule’s predicates' })
  count: number;

  @Field(() => Int, { description: 'Annual predicates counted in the unit' })
  total: number;

  @Field(() => Float, { description: 'Their percent of all predicates counted' })
  actualPercent: number;

  /** The English sentence, for the older `failingCurveRules` strings only. */
  detail: string;
}

@ObjectType({
  description:
    'The annual predicates of a unit and its sub-units against the curve of its organisation predicate',
})
export class DistributionCheck {
  @Field(() => ID, { description: 'The unit checked (with its sub-units)' })
  unitId: number;

  @Field(() => ID, { description: 'The cycle checked' })
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

  @Field(() => [PredicateCount], { description: 'Employees per predicate, every predicate listed' })
  counts: PredicateCount[];

  @Field(() => [PredicatePercentage], {
    description: 'Share of each predicate, every predicate listed',
  })
  percentages: PredicatePercentage[];

  @Field(() => [CurveRuleCheck], {
    description: 'The curve rules of the organisation predicate, each checked; empty without one',
  })
  rules: CurveRuleCheck[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'All rules pass (null without an organisation predicate)',
  })
  passed: boolean | null;
}
