import { useQuery } from '@apollo/client/react';
import type { TrainingProgramFieldsFragment } from '../../api/generated/graphql';
import { significantError } from '../../api/utils/graphql-errors';
import { ConfirmDialog } from '../../ui/components/ConfirmDialog';
import { useT } from '../../i18n';
import { ErrorState } from '../../ui/components/ErrorState';
import { Spinner } from '../../ui/components/Spinner';
import { GET_PROGRAM_RETIREMENT } from '../graphql/queries';

/**
 * Retiring a programme cannot be undone: the confirmation says what happens and to how many people
 * (asked fresh each time), and waits for those counts before it can be confirmed.
 */
export function RetireProgramDialog({
  program,
  busy,
  onConfirm,
  onCancel,
}: {
  program: TrainingProgramFieldsFragment;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const query = useQuery(GET_PROGRAM_RETIREMENT, {
    variables: { id: program.id },
    fetchPolicy: 'network-only',
    errorPolicy: 'all',
  });
  const preview = query.data?.trainingProgramRetirement;
  const error = preview ? undefined : significantError(query.error);
  return (
    <ConfirmDialog
      title={t('development.catalogue.retireTitle', { title: program.title ?? '' })}
      confirmLabel={t('development.catalogue.retire')}
      tone="danger"
      busy={busy}
      confirmDisabled={!preview}
      onConfirm={onConfirm}
      onCancel={onCancel}
      testId="retire-dialog"
    >
      <p>{t('development.catalogue.retireBody')}</p>
      {preview ? (
        <ul className="retire-impact" data-testid="retire-impact">
          <li>
            {preview.openEmployees > 0
              ? t('development.catalogue.retireOpen', {
                  count: preview.openEmployees,
                  activities: preview.openActivities,
                })
              : t('development.catalogue.retireNoOpen')}
          </li>
          <li>
            {t('development.catalogue.retireCompleted', { count: preview.completedEmployees })}
          </li>
        </ul>
      ) : error ? (
        <ErrorState error={error} onRetry={() => void query.refetch()} />
      ) : (
        <p className="muted small">
          <Spinner label={t('development.catalogue.retireCounting')} />{' '}
          {t('development.catalogue.retireCounting')}
        </p>
      )}
    </ConfirmDialog>
  );
}
