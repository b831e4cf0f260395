import type {
  ActivityStatus,
  DevelopmentActivityFieldsFragment,
} from '../../api/generated/graphql';

const STATUS_ORDER: Record<ActivityStatus, number> = {
  IN_PROGRESS: 0,
  PLANNED: 1,
  DONE: 2,
  CANCELLED: 3,
};

/** Open items first (required pembinaan on top, then by due date), then done, then cancelled. */
export function sortActivities(
  activities: readonly DevelopmentActivityFieldsFragment[],
): DevelopmentActivityFieldsFragment[] {
  const open = (activity: DevelopmentActivityFieldsFragment) =>
    activity.status === 'PLANNED' || activity.status === 'IN_PROGRESS';
  return [...activities].sort((a, b) => {
    const byOpen = Number(open(b)) - Number(open(a));
    if (byOpen) return byOpen;
    if (open(a)) {
      const byRequired = Number(Boolean(b.required)) - Number(Boolean(a.required));
      if (byRequired) return byRequired;
    }
    const byStatus = STATUS_ORDER[a.status ?? 'PLANNED'] - STATUS_ORDER[b.status ?? 'PLANNED'];
    if (byStatus) return byStatus;
    return (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.id.localeCompare(b.id);
  });
}
