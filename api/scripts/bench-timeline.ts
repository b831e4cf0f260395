/**
 * `npm run bench -- --timeline`: where one request's time goes, for both sides of a case. The bench
 * runs requests one after another, so a request's time is its serial stretches (the database idle,
 * waiting for this process) plus the window from its first statement sent to its last result in.
 * The stretches are what the GraphQL side adds on top of its SQL: Apollo's pipeline before and after
 * execution, the resolvers before their first statement, and the services and the compiled
 * operation completing the answer after the last result.
 */
import type { ApolloServerPlugin } from '@apollo/server';

/** One request, in ms from its start. Execution marks only for the GraphQL side. */
export interface RequestTimeline {
  sent: number[];
  arrived: number[];
  executionStarted?: number;
  executionEnded?: number;
  end: number;
}

export type Segment =
  | 'beforeExecution'
  | 'toFirstStatement'
  | 'statements'
  | 'lastResultToExecutionEnd'
  | 'afterExecution'
  | 'lastResultToEnd'
  | 'serial'
  | 'total';

/** p50 per segment, each over the requests that have it (so the p50s need not add up). */
export type TimelineSummary = Partial<Record<Segment, number>>;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(sorted.length / 2) - 1];
};

/** The segments of one request; those it has no marks for are left out. */
function segmentsOf(request: RequestTimeline): TimelineSummary {
  const { sent, arrived, executionStarted, executionEnded, end } = request;
  const segments: TimelineSummary = { total: end };
  if (executionStarted !== undefined) segments.beforeExecution = executionStarted;
  if (executionEnded !== undefined) segments.afterExecution = end - executionEnded;
  if (sent.length === 0 || arrived.length === 0) return { ...segments, serial: end };
  const firstSent = Math.min(...sent);
  const lastArrived = Math.max(...arrived);
  return {
    ...segments,
    toFirstStatement: firstSent - (executionStarted ?? 0),
    statements: lastArrived - firstSent,
    lastResultToEnd: end - lastArrived,
    ...(executionEnded === undefined
      ? {}
      : { lastResultToExecutionEnd: executionEnded - lastArrived }),
    serial: end - (lastArrived - firstSent),
  };
}

export function summarizeTimelines(requests: readonly RequestTimeline[]): TimelineSummary {
  const values = new Map<Segment, number[]>();
  for (const request of requests)
    for (const [segment, value] of Object.entries(segmentsOf(request)) as [Segment, number][]) {
      const list = values.get(segment);
      if (list) list.push(value);
      else values.set(segment, [value]);
    }
  return Object.fromEntries([...values].map(([segment, list]) => [segment, median(list)]));
}

/**
 * Records the request under way: statements as the bench's connection patch reports them, and
 * Apollo's execution start and end through `plugin`. Requests run one at a time, so one is enough.
 */
export class TimelineRecorder {
  private current: RequestTimeline | null = null;
  private started = 0;

  readonly plugin: ApolloServerPlugin = {
    requestDidStart: async () => ({
      executionDidStart: async () => {
        this.mark('executionStarted');
        return {
          executionDidEnd: async () => {
            this.mark('executionEnded');
          },
        };
      },
    }),
  };

  async record(work: () => Promise<unknown>): Promise<RequestTimeline> {
    const request: RequestTimeline = { sent: [], arrived: [], end: 0 };
    this.current = request;
    this.started = performance.now();
    try {
      await work();
    } finally {
      request.end = performance.now() - this.started;
      this.current = null;
    }
    return request;
  }

  /** A statement leaves: null when no request is recorded, else what marks its result's arrival. */
  statementSent(): (() => void) | null {
    const request = this.current;
    if (!request) return null;
    request.sent.push(performance.now() - this.started);
    return () => {
      if (this.current === request) request.arrived.push(performance.now() - this.started);
    };
  }

  private mark(name: 'executionStarted' | 'executionEnded') {
    if (this.current && this.current[name] === undefined)
      this.current[name] = performance.now() - this.started;
  }
}

/** p50 ms of one case's layers (`npm run bench -- --layers`), each run after a baseline request. */
export interface LayerTimes {
  /** The hand-written SQL. */
  sql: number;
  /** The case's service called directly: its statements and its own work, no GraphQL. */
  service: number;
  /** The operation asking the least of the same field: Apollo, the resolver and the service. */
  minimal: number;
  /** The bench's whole operation. */
  full: number;
}

/**
 * What each layer adds to the one below (ms): the service to its SQL, Apollo's pipeline and the
 * resolver to the service, and completing the whole answer; and the whole operation's ratio.
 */
export function layerCosts({ sql, service, minimal, full }: LayerTimes) {
  return {
    service: service - sql,
    pipeline: minimal - service,
    completion: full - minimal,
    ratio: full / sql,
  };
}

/** A span of time on `performance.now()`'s clock, in ms. */
export interface Span {
  start: number;
  duration: number;
}

/**
 * How long garbage collection paused inside the given spans (a side's measured requests): each
 * pause counts for the span it started in. Both lists in time order, as they are recorded, so one
 * pass over each.
 */
export function pausedWithin(spans: readonly Span[], pauses: readonly Span[]): number {
  let paused = 0;
  let next = 0;
  for (const span of spans) {
    const end = span.start + span.duration;
    while (next < pauses.length && pauses[next].start < span.start) next += 1;
    while (next < pauses.length && pauses[next].start < end) {
      paused += pauses[next].duration;
      next += 1;
    }
  }
  return paused;
}
