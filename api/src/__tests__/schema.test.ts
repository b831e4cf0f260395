import fs from 'node:fs';
import path from 'node:path';
import { isObjectType } from 'graphql';
import { printAppSchema, buildAppSchema } from '../schema';
import { Role } from '../platform/auth/role';
import { defineAbilityFor } from '../platform/authz/abilities';
import { guardedTypes } from '../platform/authz/policy';

// Types that carry no data of their own: pagination and payload wrappers.
const STRUCTURAL_TYPES = new Set([
  'Query',
  'Mutation',
  'PageInfo',
  'AuthPayload',
  'EmployeeConnection',
  'EmployeeEdge',
  'AuditLogConnection',
  'AuditLogEdge',
  'EmployeeImportResult',
  'ImportProblem',
  // The rows of an import: only HR may run one, and HR reads every employee field.
  'ImportRow',
  'ReasonParam',
  'CyclePeriod',
  // Regulation facts (golongan and pangkat names), the same for every signed-in user.
  'RankOption',
  // Parts of the guarded Cycle, and overdue results (access decided per query and field; names
  // come through the guarded Employee).
  'CycleDeadlines',
  'PeriodDeadline',
  // Counts over the plans the viewer may read (the guarded Cycle field decides who may ask).
  'PeriodEvaluationBacklog',
  'Overdue',
  'OverdueItem',
  'OverdueCount',
  'OverdueList',
  // What a cycle status change would do: counts for those who move cycles (checked by the query).
  'CycleTransitionPreview',
  'CyclePlanCounts',
  'CyclePeriodEvaluationCounts',
  'CycleTransitionWarning',
  'FailingCurveRule',
  'PerformancePlanConnection',
  'PerformancePlanEdge',
  'EvaluationConnection',
  'EvaluationEdge',
  'ObjectionConnection',
  'ObjectionEdge',
  'FeedbackConnection',
  'FeedbackEdge',
  // The viewer's own inbox: the notices inside are the guarded Notification.
  'NotificationInbox',
  'NotificationEdge',
  'DistributionCheck',
  'CurveRuleCheck',
  'PredicateCount',
  'PredicatePercentage',
  // Analytics results: access is decided per query, names come through the guarded Employee.
  'TrendPoint',
  'ValueFeedbackCount',
  'TeamDashboard',
  'TeamMember',
  // A page of the same members, cut by the query (the line is checked there, in SQL).
  'TeamMemberPage',
  'PeriodDistribution',
  'TeamTrendPoint',
  'PendingAction',
  'DistributionGroup',
  'UnitSummary',
  'TrainingProgramConnection',
  'TrainingProgramEdge',
  // Parts of a guarded parent (Indicator, TrainingProgram, DevelopmentPlan, DevelopmentActivity).
  'PeriodTarget',
  'IndicatorPeriodResult',
  'Competencies',
  'JpProgress',
  'ActivityEffect',
  // Development results: access is decided per query, names come through the guarded Employee.
  'TrainingRecommendation',
  'WeaknessReason',
  'JpOverview',
  'JpTotals',
  'JpMemberPage',
  // Counts for the retire confirmation, for those who may retire (checked by the query).
  'ProgramRetirementPreview',
  'EmployeeJp',
  'JpGroup',
  'ProgramEffect',
  // Acting officials' list; what a mutasi did (its parts are guarded types).
  'ActingAssignmentConnection',
  'ActingAssignmentEdge',
  'MoveEmployeeResult',
  // Accounts: the list of guarded User rows; a reset's answer goes to HR only (checked by the mutation);
  // a separation is reached only through the HR-only Employee.separation.
  'UserConnection',
  'UserEdge',
  'PasswordResetPayload',
  'EmployeeSeparation',
  // Part of an audit entry's details, reached only through the HR-only AuditLog.references.
  'AuditReference',
]);

describe('GraphQL schema', () => {
  const schema = buildAppSchema();

  it('matches the committed schema/schema.graphql (run `npm run schema:emit` after changing the API)', () => {
    const committed = fs.readFileSync(
      path.resolve(__dirname, '../../../schema/schema.graphql'),
      'utf8',
    );
    expect(committed).toBe(printAppSchema(schema));
  });

  it('has a read rule naming every field of every data type, and no unguarded data type', () => {
    // Every role combined, with an employee link, so each rule that exists is built.
    const ability = defineAbilityFor({
      accountId: 1,
      username: 'probe',
      employeeId: 1,
      supervisorChainIds: [2],
      roles: Object.values(Role),
    });
    const guarded = new Set(guardedTypes());
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || STRUCTURAL_TYPES.has(type.name))
        continue;
      if (!guarded.has(type.name)) {
        missing.push(`${type.name} (type is neither guarded nor structural)`);
        continue;
      }
      for (const field of Object.keys(type.getFields())) {
        const named = ability
          .rulesFor('read', type.name, field)
          .some((rule) => !rule.inverted && rule.fields?.includes(field));
        if (!named) missing.push(`${type.name}.${field}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('makes every guarded field that some role may not read nullable', () => {
    const notNullable: string[] = [];
    for (const typeName of guardedTypes()) {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) continue;
      for (const [field, definition] of Object.entries(type.getFields())) {
        const everyoneReads = Object.values(Role).every((role) =>
          defineAbilityFor({
            accountId: 1,
            username: 'probe',
            employeeId: role === Role.EMPLOYEE || role === Role.LEADER ? 1 : null,
            supervisorChainIds: [],
            roles: [role],
          })
            .rulesFor('read', typeName, field)
            .some((rule) => !rule.conditions && !rule.inverted),
        );
        if (!everyoneReads && String(definition.type).endsWith('!') && field !== 'id')
          notNullable.push(`${typeName}.${field}`);
      }
    }
    // AuditLog and User are only reachable by viewers who may read them whole (checked by their resolvers).
    expect(
      notNullable.filter((name) => !name.startsWith('AuditLog.') && !name.startsWith('User.')),
    ).toEqual([]);
  });

  it('resolves plain fields as their properties, without a wrapper per value; field resolvers keep theirs', () => {
    const resolverOf = (typeName: string, field: string) => {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
      return type.getFields()[field].resolve;
    };
    // Structural types: nothing between the executor and the property.
    const plain = [
      ['PageInfo', 'hasNextPage'],
      ['PageInfo', 'endCursor'],
      ['EmployeeEdge', 'cursor'],
      ['EmployeeEdge', 'node'],
      ['EmployeeConnection', 'edges'],
      ['EmployeeConnection', 'totalCount'],
      ['TeamDashboard', 'members'],
      ['TeamMember', 'predicateLevels'],
    ];
    expect(plain.filter(([type, field]) => resolverOf(type, field) !== undefined)).toEqual([]);
    // Fields with a resolver method, and root fields, keep type-graphql's handler.
    for (const [type, field] of [
      ['Query', 'employees'],
      ['TeamDashboard', 'curveCheck'],
      ['Employee', 'unit'],
    ])
      expect([type, field, typeof resolverOf(type, field)]).toEqual([type, field, 'function']);
  });
});
