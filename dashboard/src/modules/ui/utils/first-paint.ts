let painted: Promise<void> | undefined;

/**
 * Resolves once the browser has painted the first frame (the frame after the first call, as a
 * rule): a big download started earlier would hold back that first paint on a slow connection.
 * A hidden tab paints nothing, so it resolves after 100 ms anyway.
 */
export function afterFirstPaint(): Promise<void> {
  painted ??= new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });
  return painted;
}
