import { AuditLog } from '../platform/audit/audit-log.entity';
import { DRIVERS } from '../testing/databases';
import { codesOf, type GraphQLResult } from '../testing/graphql-client';
import { createCycle } from '../testing/plan-fixtures';
import { useSmallOrg } from '../testing/suite';

/**
 * Free text a person writes (feedback, keberatan and their answers, SKP expectations, evaluation
 * reasons) goes through the one text check: control characters and direction overrides are a
 * BAD_USER_INPUT naming the field, before anything else is looked at, and nothing is written.
 */
const NUL = 'Catatan untuk pegawai\u0000 yang bersangkutan';
const OVERRIDE = 'Catatan untuk pegawai \u202enaktubesreb gnay';
const CONTROL = {
  reason: 'CONTROL_CHARACTERS',
  message: 'must not contain control characters',
};

describe.each(DRIVERS)('free text on %s', (kind) => {
  const t = useSmallOrg(kind);
  const audit = () => t.db.dataSource.getRepository(AuditLog).count();

  beforeAll(async () => {
    await createCycle(t.db.dataSource, 2026);
  });

  const cases: [string, string, (text: string) => Record<string, unknown>, string][] = [
    [
      'giveFeedback',
      `mutation ($input: GiveFeedbackInput!) { giveFeedback(input: $input) { id } }`,
      (text) => ({
        input: { recipientId: String(t.org.people.staffA1.id), kind: 'NOTE', text },
      }),
      'text',
    ],
    [
      'replyToFeedback',
      `mutation ($text: String!) { replyToFeedback(feedbackId: 999999, text: $text) { id } }`,
      (text) => ({ text }),
      'text',
    ],
    [
      'fileObjection',
      `mutation ($reason: String!) { fileObjection(evaluationId: 999999, reason: $reason) { id } }`,
      (reason) => ({ reason }),
      'reason',
    ],
    [
      'respondToObjection',
      `mutation ($response: String!) { respondToObjection(id: 999999, response: $response, version: 1) { id } }`,
      (response) => ({ response }),
      'response',
    ],
    [
      'finalizeEvaluation',
      `mutation ($reason: String) { finalizeEvaluation(id: 999999, reason: $reason, version: 1) { id } }`,
      (reason) => ({ reason }),
      'reason',
    ],
    [
      'setBehaviorExpectation',
      `mutation ($text: String) {
        setBehaviorExpectation(planId: 999999, coreValue: AKUNTABEL, specificExpectation: $text) { id }
      }`,
      (text) => ({ text }),
      'specificExpectation',
    ],
  ];

  it.each(cases)(
    '%s refuses a NUL and a right-to-left override, naming the field',
    async (_name, mutation, variables, field) => {
      const before = await audit();
      for (const text of [NUL, OVERRIDE]) {
        const result: GraphQLResult = await t.client.as(
          t.org.people.kasiA.nip,
          mutation,
          variables(text),
        );
        expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
        expect(result.errors?.[0].extensions?.fields).toEqual([{ field, ...CONTROL }]);
      }
      expect(await audit()).toBe(before);
    },
  );
});
