import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { onTransactionRetry } from '../database/transaction';

/** Operations are labelled by their root fields, which the schema bounds (client names are not). */
export function operationLabel(operation: OperationDefinitionNode | undefined | null): string {
  if (!operation) return 'unparsed';
  const fields = operation.selectionSet.selections.flatMap((selection) =>
    selection.kind === Kind.FIELD ? [selection.name.value] : [],
  );
  return fields.length > 0 ? [...new Set(fields)].sort().join(',') : 'none';
}

interface PoolLike {
  _allConnections?: { length: number };
  _freeConnections?: { length: number };
  _connectionQueue?: { length: number };
}

/** Prometheus metrics of one API process, in a registry of its own (tests open several servers). */
export class Metrics {
  readonly registry = new Registry();
  readonly httpRequests = new Counter({
    name: 'kinerja_http_requests_total',
    help: 'HTTP requests by route group, method and status',
    labelNames: ['route', 'method', 'status'] as const,
    registers: [this.registry],
  });
  readonly operations = new Counter({
    name: 'kinerja_graphql_operations_total',
    help: 'GraphQL operations by root fields and type',
    labelNames: ['operation', 'type'] as const,
    registers: [this.registry],
  });
  readonly operationSeconds = new Histogram({
    name: 'kinerja_graphql_operation_duration_seconds',
    help: 'GraphQL operation latency by root fields',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly errors = new Counter({
    name: 'kinerja_graphql_errors_total',
    help: 'GraphQL errors by extensions.code',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  readonly transactionRetries = new Counter({
    name: 'kinerja_transaction_retries_total',
    help: 'Transactions run again after a deadlock, lock-wait timeout or certification conflict',
    registers: [this.registry],
  });
  private readonly stopRetryCount: () => void;

  constructor(dataSource: DataSource) {
    collectDefaultMetrics({ register: this.registry, prefix: 'kinerja_' });
    this.stopRetryCount = onTransactionRetry(() => this.transactionRetries.inc());
    new Gauge({
      name: 'kinerja_db_pool_connections',
      help: 'Database pool connections by state (open, idle, waiting requests)',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const pool = poolOf(dataSource);
        this.set({ state: 'open' }, pool.open);
        this.set({ state: 'idle' }, pool.idle);
        this.set({ state: 'waiting' }, pool.waiting);
      },
    });
  }

  /** Counts and times every GraphQL operation, and its errors by code. */
  plugin(): ApolloServerPlugin {
    const { operations, operationSeconds, errors } = this;
    return {
      async requestDidStart() {
        const started = process.hrtime.bigint();
        return {
          async willSendResponse({ operation, response }) {
            const label = operationLabel(operation);
            operations.inc({ operation: label, type: operation?.operation ?? 'unknown' });
            operationSeconds.observe(
              { operation: label },
              Number(process.hrtime.bigint() - started) / 1e9,
            );
            if (response.body.kind !== 'single') return;
            for (const error of response.body.singleResult.errors ?? [])
              errors.inc({ code: codeOf(error.extensions?.code) });
          },
        };
      },
    };
  }

  close(): void {
    this.stopRetryCount();
    this.registry.clear();
  }
}

const codeOf = (code: unknown) => (typeof code === 'string' ? code : 'UNKNOWN');

/** Open, idle and waiting counts of the MySQL pool (mysql2's own fields); SQLite has one connection. */
function poolOf(dataSource: DataSource): { open: number; idle: number; waiting: number } {
  if (!dataSource.isInitialized) return { open: 0, idle: 0, waiting: 0 };
  if (dataSource.options.type !== 'mysql') return { open: 1, idle: 0, waiting: 0 };
  const pool = (dataSource.driver as unknown as { pool?: PoolLike }).pool;
  return {
    open: pool?._allConnections?.length ?? 0,
    idle: pool?._freeConnections?.length ?? 0,
    waiting: pool?._connectionQueue?.length ?? 0,
  };
}
