import type { SqlField } from './rules-to-sql';

/*
 * The two trees rules and filters ask about, each answered by one indexed read of its closure table
 * (kept in the same transaction as the change): the reporting line and the unit tree.
 */

/**
 * A chain condition (`{ ownerChainIds: employeeId }`) in SQL: the rule's employee is above the
 * employee in `employeeColumn` in the reporting line, at any distance.
 */
export function supervisorChainField(employeeColumn: string): SqlField {
  return (operator, value, param) => {
    if (operator !== 'eq')
      throw new Error(`supervisor chain conditions support only equality, got ${operator}`);
    return `${employeeColumn} IN (SELECT reportingChain.descendantId FROM reporting_line reportingChain WHERE reportingChain.ancestorId = ${param(value)} AND reportingChain.depth > 0)`;
  };
}

/** The unit in `unitColumn` is the unit `unitSql` (a parameter or a column) or one below it. */
export const inUnitSubtree = (unitColumn: string, unitSql: string): string =>
  `${unitColumn} IN (SELECT unitSubtree.descendantId FROM org_unit_closure unitSubtree WHERE unitSubtree.ancestorId = ${unitSql})`;
