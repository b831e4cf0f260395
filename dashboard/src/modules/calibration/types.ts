import type { OrganizationPredicateValue, Predicate } from '../evaluation/types';

export interface CurveRule {
  rule: string;
  predicates: Predicate[];
  bound: string;
  percent: number | null;
  passed: boolean;
  count: number;
  actualPercent: number;
  detail: string;
  employees: { id: string; name: string | null }[];
}

export interface DistributionCheck {
  unitId: string;
  cycleId: string;
  organizationPredicate: OrganizationPredicateValue | null;
  total: number;
  passed: boolean | null;
  counts: { predicate: Predicate; count: number }[];
  percentages: { predicate: Predicate; percentage: number }[];
  rules: CurveRule[];
}
