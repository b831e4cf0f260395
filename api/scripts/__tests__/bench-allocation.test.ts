import { AllocationMeter, allocatedBetween } from '../bench-allocation';

describe('allocatedBetween', () => {
  it.each([
    ['no collection: the growth', 100, [], 350, 250],
    ['one collection: growth before it, then after it', 100, [{ before: 400, after: 50 }], 80, 330],
    [
      'two collections',
      100,
      [
        { before: 200, after: 120 },
        { before: 500, after: 110 },
      ],
      150,
      100 + 380 + 40,
    ],
  ])('%s', (_case, start, collections, end, expected) => {
    expect(allocatedBetween(start, collections, end)).toBe(expected);
  });
});

describe('AllocationMeter', () => {
  it('counts what a piece of work allocates, what collections freed in between included', () => {
    const meter = new AllocationMeter();
    meter.start();
    // About 40 MB of short-lived arrays: young-generation collections free most of it on the way,
    // so the heap's growth alone would say far less.
    let sum = 0;
    for (let index = 0; index < 5_000; index += 1) sum += new Array<number>(1_000).fill(index)[7];
    const allocated = meter.stop();
    expect(sum).toBe((4_999 * 5_000) / 2);
    expect(allocated).toBeGreaterThan(38 * 1024 * 1024);
    expect(allocated).toBeLessThan(60 * 1024 * 1024);

    meter.start();
    expect(meter.stop()).toBeLessThan(64 * 1024);
  });
});
