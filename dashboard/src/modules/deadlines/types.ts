// Names for parts of the generated deadline results.
import type { CycleDeadlineFieldsFragment, GetOverdueItemsQuery } from '../api/generated/graphql';

export type CycleDeadlines = NonNullable<CycleDeadlineFieldsFragment['deadlines']>;
export type OverdueItem = GetOverdueItemsQuery['overdueItems']['items'][number];
