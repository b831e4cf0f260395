export const OBJECTION_WINDOW_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface ObjectionWindow {
  /** finalizedAt + 14 days; null when the evaluation is not final. */
  deadline: Date | null;
  open: boolean;
  /** Whole days left, rounded up (0 once closed). */
  daysLeft: number;
}

/** The 14-day window for a keberatan, counted from when the evaluation became FINAL. */
export function objectionWindow({
  finalizedAt,
  now,
}: {
  finalizedAt: string | null | undefined;
  now: Date;
}): ObjectionWindow {
  const finalized = finalizedAt ? new Date(finalizedAt) : null;
  if (!finalized || Number.isNaN(finalized.getTime()))
    return { deadline: null, open: false, daysLeft: 0 };
  const deadline = new Date(finalized.getTime() + OBJECTION_WINDOW_DAYS * DAY_MS);
  const remaining = deadline.getTime() - now.getTime();
  return {
    deadline,
    open: remaining >= 0,
    daysLeft: remaining >= 0 ? Math.ceil(remaining / DAY_MS) : 0,
  };
}
