describe('afterFirstPaint', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  // A fresh module each time: the promise is made once per page load.
  const load = async () => {
    jest.resetModules();
    ({ afterFirstPaint } = await import('../utils/first-paint'));
  };
  let afterFirstPaint: () => Promise<void>;

  test('resolves after the next frame, once for every caller', async () => {
    const frames: FrameRequestCallback[] = [];
    jest.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
      frames.push(callback);
      return frames.length;
    });
    await load();
    let done = false;
    const first = afterFirstPaint().then(() => (done = true));
    expect(afterFirstPaint()).toBe(afterFirstPaint());
    await Promise.resolve();
    expect(done).toBe(false);
    frames.forEach((callback) => callback(0));
    jest.advanceTimersByTime(0);
    await first;
    expect(done).toBe(true);
  });

  test('a tab that paints nothing (hidden) goes on after 100 ms', async () => {
    jest.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 1);
    await load();
    let done = false;
    void afterFirstPaint().then(() => (done = true));
    jest.advanceTimersByTime(99);
    await Promise.resolve();
    expect(done).toBe(false);
    jest.advanceTimersByTime(1);
    await Promise.resolve();
    expect(done).toBe(true);
  });
});
