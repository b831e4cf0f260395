import type { ReactNode } from 'react';
import { useT } from '../../i18n';
import { EmptyState } from './EmptyState';
import { ErrorState } from './ErrorState';
import { PageSkeleton } from './PageSkeleton';

/** Something a view waits for: a query (`loadStateOf`), the cycle selection, the viewer's place. */
export interface LoadState {
  loading: boolean;
  error: unknown;
  retry: () => void;
}

interface QueryStateProps {
  /** What the view loads first to know what to ask for (the cycle selection, the viewer's place). */
  loads?: readonly LoadState[];
  /** Once those have loaded: why the viewer has nothing here (no employee record, no team). */
  blocker?: ReactNode;
  /** Once those have loaded: the view needs a cycle and none has been opened yet. */
  noCycle?: boolean;
  /** The view's own query, asked once the cycle and the rest are known. */
  query?: LoadState;
  /** The answer holds nothing to show. */
  empty?: ReactNode;
  /** The loading placeholder's cards and test id. */
  cards?: number;
  testId?: string;
  /** The view; null while its data is missing, which counts as the query failing. */
  children: ReactNode;
}

/**
 * The states a data page goes through, in order: loading, failed (with a retry), blocked, no cycle,
 * loading its own query, failed, empty; then the page itself.
 */
export function QueryState({
  loads = [],
  blocker,
  noCycle = false,
  query,
  empty,
  cards,
  testId,
  children,
}: QueryStateProps) {
  const t = useT();
  const skeleton = <PageSkeleton cards={cards} testId={testId} />;
  if (loads.some((load) => load.loading)) return skeleton;
  const failed = loads.find((load) => load.error);
  if (failed) {
    return (
      <ErrorState error={failed.error} onRetry={() => loads.forEach((load) => load.retry())} />
    );
  }
  if (blocker) return blocker;
  if (noCycle) return <EmptyState title={t('cycle.none')} body={t('cycle.noneHint')} />;
  if (query?.loading) return skeleton;
  if (query?.error || children === null || children === undefined || children === false) {
    return <ErrorState error={query?.error} onRetry={query?.retry} />;
  }
  return empty || children;
}
