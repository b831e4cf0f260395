/** The fields of a job-history row that say which post it holds and from when. */
export interface PostStretch {
  id: number;
  employeeId: number;
  unitId: number;
  positionId: number;
  startsOn: string;
  endsOn: string | null;
  decreeNumber: string | null;
}

/** When and by which decree an employee took the post they hold now (TMT and Nomor SK Jabatan). */
export interface CurrentPost {
  startsOn: string;
  decreeNumber: string | null;
}

const newestFirst = (a: PostStretch, b: PostStretch) =>
  b.startsOn.localeCompare(a.startsOn) || b.id - a.id;

/**
 * Each employee's current post from their job history: the open stretch, traced back through the
 * stretches right before it in the same unit and jabatan (a kenaikan pangkat or a new atasan does
 * not change the post), to the one that opened it. Employees without an open stretch have none.
 */
export function currentPosts({ rows }: { rows: readonly PostStretch[] }): Map<number, CurrentPost> {
  const byEmployee = new Map<number, PostStretch[]>();
  for (const row of rows)
    byEmployee.set(row.employeeId, [...(byEmployee.get(row.employeeId) ?? []), row]);
  const posts = new Map<number, CurrentPost>();
  for (const [employeeId, stretches] of byEmployee) {
    const history = [...stretches].sort(newestFirst);
    const start = history.findIndex((row) => row.endsOn === null);
    if (start < 0) continue;
    let opening = history[start];
    for (const older of history.slice(start + 1)) {
      if (older.unitId !== opening.unitId || older.positionId !== opening.positionId) break;
      opening = older;
    }
    posts.set(employeeId, { startsOn: opening.startsOn, decreeNumber: opening.decreeNumber });
  }
  return posts;
}
