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
}

export interface RuleEmployeesData {
  distributionCheckEmployees: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { id: string; name: string | null } }[];
  };
}

export interface RuleEmployeesVariables {
  unitId: string;
  cycleId: string;
  predicates: Predicate[];
  first?: number;
  after?: string | null;
}

/** The recorded organisation predicate with its reference (the kecamatan's: the city's decision). */
export interface OrganizationPredicateRecord {
  __typename?: 'OrganizationPredicate';
  id: string;
  referenceNumber: string | null;
  referenceDate: string | null;
}

export interface DistributionCheck {
  unitId: string;
  cycleId: string;
  organizationPredicate: OrganizationPredicateValue | null;
  organizationPredicateRecord?: OrganizationPredicateRecord | null;
  total: number;
  passed: boolean | null;
  counts: { predicate: Predicate; count: number }[];
  percentages: { predicate: Predicate; percentage: number }[];
  rules: CurveRule[];
}
