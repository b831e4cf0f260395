import {
  layerCosts,
  type LayerTimes,
  pausedWithin,
  type RequestTimeline,
  summarizeTimelines,
  TimelineRecorder,
} from '../bench-timeline';

const graphqlRequest = (shift = 0): RequestTimeline => ({
  sent: [0.3 + shift, 0.4 + shift],
  arrived: [2.5 + shift, 2 + shift],
  executionStarted: 0.2 + shift,
  executionEnded: 2.8 + shift,
  end: 3 + shift,
});

describe('summarizeTimelines', () => {
  it.each<[string, RequestTimeline[], Record<string, number>]>([
    [
      'a GraphQL request: Apollo before and after, the resolvers before the first statement',
      [graphqlRequest()],
      {
        beforeExecution: 0.2,
        toFirstStatement: 0.1,
        statements: 2.2,
        lastResultToExecutionEnd: 0.3,
        afterExecution: 0.2,
        lastResultToEnd: 0.5,
        serial: 0.8,
        total: 3,
      },
    ],
    [
      'a baseline request: no execution, the first statement counted from the start',
      [{ sent: [0.05, 0.01], arrived: [1, 2], end: 2.01 }],
      {
        toFirstStatement: 0.01,
        statements: 1.99,
        lastResultToEnd: 0.01,
        serial: 0.02,
        total: 2.01,
      },
    ],
    [
      'a request that sent nothing: all of it serial',
      [{ sent: [], arrived: [], executionStarted: 0.1, executionEnded: 0.3, end: 0.4 }],
      { beforeExecution: 0.1, afterExecution: 0.1, serial: 0.4, total: 0.4 },
    ],
    [
      'three requests: the middle one of each stretch, taken apart',
      [graphqlRequest(1), graphqlRequest(), graphqlRequest(2)],
      {
        beforeExecution: 1.2,
        toFirstStatement: 0.1,
        statements: 2.2,
        lastResultToExecutionEnd: 0.3,
        afterExecution: 0.2,
        lastResultToEnd: 0.5,
        serial: 1.8,
        total: 4,
      },
    ],
    [
      'two requests: the lower middle, a value that was measured',
      [
        { sent: [0], arrived: [1], end: 1.5 },
        { sent: [0], arrived: [3], end: 3.1 },
      ],
      { toFirstStatement: 0, statements: 1, lastResultToEnd: 0.1, serial: 0.1, total: 1.5 },
    ],
  ])('%s', (_case, requests, expected) => {
    const summary = summarizeTimelines(requests);
    expect(Object.keys(summary).sort()).toEqual(Object.keys(expected).sort());
    for (const [segment, value] of Object.entries(expected))
      expect(summary[segment as keyof typeof summary]).toBeCloseTo(value, 9);
  });
});

describe('TimelineRecorder', () => {
  const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

  it('marks what a recorded request sends and receives, in order, and nothing outside it', async () => {
    const recorder = new TimelineRecorder();
    expect(recorder.statementSent()).toBeNull();
    let late: (() => void) | null = null;
    const request = await recorder.record(async () => {
      const first = recorder.statementSent()!;
      await tick();
      const second = recorder.statementSent()!;
      late = recorder.statementSent();
      await tick();
      second();
      first();
    });
    late!();
    expect(request.sent).toHaveLength(3);
    expect(request.arrived).toHaveLength(2);
    expect(request.sent[1]).toBeGreaterThan(request.sent[0]);
    expect(Math.min(...request.arrived)).toBeGreaterThan(request.sent[2]);
    expect(request.end).toBeGreaterThanOrEqual(Math.max(...request.arrived));
    expect(recorder.statementSent()).toBeNull();
  });

  it('ends the request even when its work fails', async () => {
    const recorder = new TimelineRecorder();
    await expect(
      recorder.record(async () => {
        recorder.statementSent();
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(recorder.statementSent()).toBeNull();
  });
});

describe('layerCosts', () => {
  it.each<[string, LayerTimes, ReturnType<typeof layerCosts>]>([
    [
      'each layer over the one below it, and the whole operation over the SQL',
      { sql: 2, service: 2.5, minimal: 2.75, full: 3 },
      { service: 0.5, pipeline: 0.25, completion: 0.25, ratio: 1.5 },
    ],
    [
      'a service faster than the hand-written SQL',
      { sql: 4, service: 3.5, minimal: 4, full: 5 },
      { service: -0.5, pipeline: 0.5, completion: 1, ratio: 1.25 },
    ],
  ])('%s', (_case, times, costs) => {
    expect(layerCosts(times)).toEqual(costs);
  });
});

describe('pausedWithin', () => {
  const spans = [
    { start: 10, duration: 5 },
    { start: 20, duration: 5 },
  ];
  it.each<[string, { start: number; duration: number }[], number]>([
    ['no pauses', [], 0],
    ['a pause inside a span', [{ start: 11, duration: 2 }], 2],
    [
      'pauses in both spans add up',
      [
        { start: 10, duration: 1 },
        { start: 24, duration: 3 },
      ],
      4,
    ],
    ['a pause between the spans counts for neither', [{ start: 17, duration: 2 }], 0],
    [
      'before the first and after the last count for neither',
      [
        { start: 5, duration: 1 },
        { start: 25, duration: 1 },
      ],
      0,
    ],
    [
      'a pause counts for the span it started in, however long',
      [
        { start: 14, duration: 8 },
        { start: 22, duration: 1 },
      ],
      9,
    ],
  ])('%s', (_name, pauses, paused) => {
    expect(pausedWithin(spans, pauses)).toBe(paused);
  });
});
