import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { readTeamTable, type TeamTableState, writeTeamTable } from '../utils/team-table';

/** The team table's search, filters, order and page, kept in the URL (shareable, survives back). */
export function useTeamTable() {
  const [searchParams, setSearchParams] = useSearchParams();
  const state = readTeamTable(searchParams);
  const update = useCallback(
    (change: Partial<TeamTableState>) =>
      setSearchParams((current) => writeTeamTable(current, change), { replace: true }),
    [setSearchParams],
  );
  return { state, update };
}
