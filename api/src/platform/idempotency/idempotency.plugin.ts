import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { Kind, OperationTypeNode, print, type OperationDefinitionNode } from 'graphql';
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { runTransaction } from '../database/transaction';
import type { Context } from '../graphql/context';
import { badInput, conflict } from '../graphql/errors';
import type { Logger } from '../observability/logger';
import { IdempotencyKey } from './idempotency-key.entity';
import { currentIdempotencyScope, withIdempotencyScope } from './idempotency-scope';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const ANSWER_WAIT_MS = 3000;
/** Characters of an answer kept for replays: MySQL's TEXT holds 65 535 bytes. */
const MAX_KEPT_ANSWER = 16_000;
const ANSWER_POLL_MS = 200;
const KEY_PATTERN = /^[A-Za-z0-9_-]{8,100}$/;

/** The creating mutations a client may retry with the same key (one per request). */
export const IDEMPOTENT_MUTATIONS = new Set([
  'submitRealization',
  'giveFeedback',
  'fileObjection',
  'addWorkTarget',
  'addDevelopmentActivity',
  'importEmployees',
  'importRoster',
  'createEmployee',
  'createOrgUnit',
  'createPosition',
  'createCycle',
  'createPerformancePlan',
  'replyToFeedback',
  'createTrainingProgram',
  'createActingAssignment',
  'moveEmployee',
]);

/** JSON with sorted keys, so the same variables always hash alike. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map(
        (key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`,
      )
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

export function requestHash(operation: OperationDefinitionNode, variables: unknown): string {
  return createHash('sha256')
    .update(print(operation))
    .update('\n')
    .update(canonicalJson(variables ?? {}))
    .digest('hex');
}

/** Secrets (one-time passwords, tokens) are answered once and never kept for a replay. */
export function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [
        key,
        /password|token|secret/i.test(key) ? null : withoutSecrets(inner),
      ]),
    );
  return value;
}

// Refused before the operation runs: a plugin error is a 500 unless it names its status.
const HTTP_400 = { http: { status: 400 } };
const HTTP_409 = { http: { status: 409 } };

const notApplicable = () =>
  badInput(
    [
      {
        field: 'Idempotency-Key',
        reason: 'IDEMPOTENCY_KEY_NOT_APPLICABLE',
        message: `applies to exactly one creating mutation per request (${[...IDEMPOTENT_MUTATIONS].join(', ')})`,
      },
    ],
    HTTP_400,
  );

/**
 * `Idempotency-Key` on a creating mutation: the first request writes and its answer is kept; a
 * retry with the same key and input gets that answer again without writing; the same key with
 * other input is CONFLICT IDEMPOTENCY_KEY_REUSED.
 */
export function idempotencyPlugin(
  dataSource: DataSource,
  logger: Logger,
): ApolloServerPlugin<Context> {
  const keys = dataSource.getRepository(IdempotencyKey);
  const answerOf = async (claim: { accountId: number; key: string }) => {
    for (let wait = 0; wait < ANSWER_WAIT_MS; wait += ANSWER_POLL_MS) {
      await sleep(ANSWER_POLL_MS);
      const row = await keys.findOneBy(claim);
      if (row && row.response !== null) return row.response;
    }
    return null;
  };
  return {
    async requestDidStart({ request }) {
      const key = request.http?.headers.get(IDEMPOTENCY_HEADER);
      const scope = currentIdempotencyScope();
      if (!key || !scope) return;
      return {
        async didResolveOperation({ operation, contextValue, request: { variables } }) {
          const viewer = contextValue.viewer;
          if (!operation || !viewer) return;
          if (!KEY_PATTERN.test(key))
            throw badInput(
              [
                {
                  field: 'Idempotency-Key',
                  reason: 'INVALID_IDEMPOTENCY_KEY',
                  message: 'must be 8 to 100 letters, digits, "-" or "_"',
                },
              ],
              HTTP_400,
            );
          const fields = operation.selectionSet.selections.filter(
            (selection) => selection.kind !== Kind.FIELD || selection.name.value !== '__typename',
          );
          const field = fields[0];
          if (
            operation.operation !== OperationTypeNode.MUTATION ||
            fields.length !== 1 ||
            field.kind !== Kind.FIELD ||
            !IDEMPOTENT_MUTATIONS.has(field.name.value)
          )
            throw notApplicable();
          const claim = {
            accountId: viewer.accountId,
            key,
            operation: field.name.value,
            requestHash: requestHash(operation, variables),
          };
          const earlier = await keys.findOneBy({ accountId: claim.accountId, key });
          if (!earlier) {
            scope.claim = claim;
            return;
          }
          if (earlier.operation !== claim.operation || earlier.requestHash !== claim.requestHash)
            throw conflict(
              'IDEMPOTENCY_KEY_REUSED',
              'This Idempotency-Key was used for another request; send a new key for new input',
              HTTP_409,
            );
          // A visible key committed with its write; its answer follows within moments, unless the
          // process that wrote it died in between: then the write stands and its answer is lost.
          const response = earlier.response ?? (await answerOf(claim));
          if (!response)
            throw conflict(
              'IDEMPOTENCY_RESULT_LOST',
              'This request was carried out, but its answer was lost; reload to see the result',
              HTTP_409,
            );
          scope.replay = JSON.parse(response) as Record<string, unknown>;
        },
        async responseForOperation() {
          if (!scope.replay) return null;
          return {
            http: { status: undefined, headers: new HeaderMap([['idempotent-replay', 'true']]) },
            body: { kind: 'single', singleResult: scope.replay },
          };
        },
        async willSendResponse({ response }) {
          const claim = scope.claim;
          if (!claim || !scope.committed || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          const json = JSON.stringify(withoutSecrets({ data, errors }));
          // An answer too large to keep (a big import's rows) replays as "done, reload" instead.
          const kept = json.length <= MAX_KEPT_ANSWER ? json : '';
          try {
            // Its own retried transaction: a rival's claim may hold the row for a moment.
            await runTransaction(dataSource, (manager) =>
              manager.update(
                IdempotencyKey,
                { accountId: claim.accountId, key: claim.key },
                { response: kept },
              ),
            );
          } catch (error) {
            // The change is committed, so its answer still goes out; a retry learns it was lost.
            logger.error({ err: error, operation: claim.operation }, 'idempotent answer not kept');
          }
        },
      };
    },
  };
}

/** An HTTP handler whose requests with an `Idempotency-Key` run in a scope of their own. */
export function idempotencyScoped(
  handler: (req: Request, res: Response) => Promise<void>,
): (req: Request, res: Response) => Promise<void> {
  return (req, res) =>
    req.headers[IDEMPOTENCY_HEADER] === undefined
      ? handler(req, res)
      : withIdempotencyScope(() => handler(req, res));
}
