let markShown: () => void = () => undefined;
const firstScreenShown = new Promise<void>((resolve) => (markShown = resolve));
let painted: Promise<void> | undefined;

/**
 * Called by the first screen (the signed-in loader: Beranda's frame or the spinner) once it is on
 * the page. The first render is a background one that yields to the browser, so frames come and
 * go before it commits: a frame alone says nothing was painted yet.
 */
export function firstScreenCommitted(): void {
  markShown();
}

/**
 * Resolves once the browser has painted the first screen (the frame after it was committed):
 * a download started earlier would hold back that first paint on a slow connection, and its
 * evaluation would compete with the first render. A visible page always waits for that frame,
 * however late a busy phone draws it; a hidden tab paints nothing, so it goes on at once (or as
 * soon as it is hidden).
 */
export function afterFirstPaint(): Promise<void> {
  painted ??= firstScreenShown.then(
    () =>
      new Promise<void>((resolve) => {
        const goOn = () => {
          document.removeEventListener('visibilitychange', goOnWhenHidden);
          resolve();
        };
        const goOnWhenHidden = () => {
          if (document.visibilityState === 'hidden') goOn();
        };
        requestAnimationFrame(() => setTimeout(goOn, 0));
        document.addEventListener('visibilitychange', goOnWhenHidden);
        goOnWhenHidden();
      }),
  );
  return painted;
}
