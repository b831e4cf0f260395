import { sortActivities } from '../utils/activities';
import { ActivityCard, type ActivityViewer } from './ActivityCard';
import type { DevelopmentActivityFieldsFragment } from '../../api/generated/graphql';

export function ActivityList({
  activities,
  viewer,
  refetchQueries,
  onReload,
}: {
  activities: readonly DevelopmentActivityFieldsFragment[];
  viewer: ActivityViewer;
  refetchQueries: string[];
  onReload: () => void;
}) {
  return (
    <ul className="activity-list" data-testid="activity-list">
      {sortActivities(activities).map((activity) => (
        <ActivityCard
          key={activity.id}
          activity={activity}
          viewer={viewer}
          refetchQueries={refetchQueries}
          onReload={onReload}
        />
      ))}
    </ul>
  );
}
