describe('afterFirstPaint', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  // A fresh module each time: the promise is made once per page load.
  const load = async () => {
    jest.resetModules();
    ({ afterFirstPaint, firstScreenCommitted } = await import('../utils/first-paint'));
  };
  let afterFirstPaint: () => Promise<void>;
  let firstScreenCommitted: () => void;
  // The frames asked for, run by the test when it chooses.
  const captureFrames = () => {
    const frames: FrameRequestCallback[] = [];
    jest.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
      frames.push(callback);
      return frames.length;
    });
    return frames;
  };
  // Lets the promise chain settle (a few microtask hops; no timer runs).
  const settle = async () => {
    for (let hop = 0; hop < 5; hop += 1) await Promise.resolve();
  };

  test('waits for the first screen: frames before it is committed paint nothing of it', async () => {
    const frames = captureFrames();
    await load();
    let done = false;
    void afterFirstPaint().then(() => (done = true));
    jest.advanceTimersByTime(1_000);
    await settle();
    expect(frames).toHaveLength(0);
    expect(done).toBe(false);
    firstScreenCommitted();
    await settle();
    expect(frames).toHaveLength(1);
    frames[0](0);
    jest.advanceTimersByTime(0);
    await settle();
    expect(done).toBe(true);
  });

  test('resolves after the next frame, once for every caller', async () => {
    const frames = captureFrames();
    await load();
    let done = false;
    const first = afterFirstPaint().then(() => (done = true));
    expect(afterFirstPaint()).toBe(afterFirstPaint());
    firstScreenCommitted();
    await settle();
    expect(done).toBe(false);
    frames.forEach((callback) => callback(0));
    jest.advanceTimersByTime(0);
    await first;
    expect(done).toBe(true);
  });

  const setVisibility = (state: DocumentVisibilityState) =>
    jest.spyOn(document, 'visibilityState', 'get').mockReturnValue(state);

  test('a visible page waits for its frame however late it comes', async () => {
    const frames = captureFrames();
    setVisibility('visible');
    await load();
    let done = false;
    void afterFirstPaint().then(() => (done = true));
    firstScreenCommitted();
    await settle();
    jest.advanceTimersByTime(10_000);
    await settle();
    expect(done).toBe(false);
    frames[0](0);
    jest.advanceTimersByTime(0);
    await settle();
    expect(done).toBe(true);
  });

  test('a hidden tab paints nothing: it goes on at once', async () => {
    captureFrames();
    setVisibility('hidden');
    await load();
    let done = false;
    void afterFirstPaint().then(() => (done = true));
    firstScreenCommitted();
    await settle();
    expect(done).toBe(true);
  });

  test('a tab hidden while it waits for its frame goes on when it is hidden', async () => {
    captureFrames();
    const visibility = setVisibility('visible');
    await load();
    let done = false;
    void afterFirstPaint().then(() => (done = true));
    firstScreenCommitted();
    await settle();
    expect(done).toBe(false);
    visibility.mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(done).toBe(true);
  });
});
