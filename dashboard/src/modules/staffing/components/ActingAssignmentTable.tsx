import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { errorMessage } from '../../api/utils/error-messages';
import { ConfirmDialog } from '../../ui/components/ConfirmDialog';
import { useI18n } from '../../i18n';
import { formatDay, jakartaToday } from '../../ui/utils/dates';
import { Notice } from '../../ui/components/Notice';
import { TableHead } from '../../ui/components/TableHead';
import { TableScroll } from '../../ui/components/TableScroll';
import type { StaffingActingAssignmentsQuery } from '../../api/generated/graphql';
import { END_ACTING_ASSIGNMENT } from '../graphql/mutations';

/** One acting term as the staffing list reads it. */
export type ActingTerm =
  StaffingActingAssignmentsQuery['actingAssignments']['edges'][number]['node'];

export interface ActingAssignmentTableProps {
  terms: readonly ActingTerm[];
  /** After a term is ended (e.g. to reload the list). */
  onEnded: () => void | Promise<unknown>;
}

/** The acting terms; one in force past today can be ended today, behind a confirmation. */
export function ActingAssignmentTable({ terms, onEnded }: ActingAssignmentTableProps) {
  const { t, locale } = useI18n();
  // A term whose last day is today has nothing left to end.
  const today = jakartaToday();
  const [end, ended] = useMutation(END_ACTING_ASSIGNMENT);
  const [ending, setEnding] = useState<{ id: string; version: number; name: string } | null>(null);
  const onEnd = async () => {
    if (!ending) return;
    try {
      await end({ variables: { id: ending.id, version: ending.version } });
      await onEnded();
    } catch {
      // Shown below.
    }
    setEnding(null);
  };

  return (
    <>
      {ended.error && <Notice tone="error">{errorMessage(t, ended.error)}</Notice>}
      {terms.length > 0 && (
        <TableScroll label={t('staffing.acting.title')}>
          <table className="table" data-testid="acting-table">
            <TableHead
              columns={[
                t('staffing.acting.column.employee'),
                t('staffing.acting.kind'),
                t('staffing.acting.column.unit'),
                t('staffing.acting.term'),
                t('staffing.acting.column.decree'),
                t('staffing.acting.state'),
              ]}
              actionLabel={t('staffing.acting.end')}
            />
            <tbody>
              {terms.map((term) => (
                <tr key={term.id}>
                  <td>{term.employee?.name ?? '—'}</td>
                  <td className="acting-kind">{term.kind === 'PLT' ? 'Plt' : 'Plh'}</td>
                  <td>{term.unit?.name ?? '—'}</td>
                  <td>
                    {formatDay(term.startsOn, locale)} – {formatDay(term.endsOn, locale)}
                  </td>
                  <td>{term.decreeNumber}</td>
                  <td>{term.status ? t(`staffing.acting.status.${term.status}`) : '—'}</td>
                  <td>
                    {term.status === 'IN_TERM' &&
                      (term.endsOn ?? '') > today &&
                      typeof term.version === 'number' && (
                        <button
                          type="button"
                          className="button button--secondary"
                          onClick={() =>
                            setEnding({
                              id: term.id,
                              version: term.version as number,
                              name: term.employee?.name ?? '—',
                            })
                          }
                        >
                          {t('staffing.acting.end')}
                        </button>
                      )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {ending && (
        <ConfirmDialog
          title={t('staffing.acting.end')}
          confirmLabel={t('staffing.acting.end')}
          busy={ended.loading}
          tone="danger"
          onConfirm={() => void onEnd()}
          onCancel={() => setEnding(null)}
        >
          <p>{t('staffing.acting.endConfirm', { name: ending.name })}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
