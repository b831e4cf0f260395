import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { errorMessage } from '../../api/utils/error-messages';
import { ConfirmDialog } from '../../ui/components/ConfirmDialog';
import { useT } from '../../i18n';
import { FormField } from '../../ui/components/FormField';
import { Notice } from '../../ui/components/Notice';
import { CLOSE_ORG_UNIT } from '../graphql/mutations';
import { isStale, structureFieldErrors } from '../utils/structure-errors';
import type { UnitRow } from '../utils/unit-tree';

interface CloseUnitDialogProps {
  unit: UnitRow;
  onClosed: (unit: UnitRow) => void;
  onCancel: () => void;
  onReload: () => void;
}

/** Closes an empty unit after the user confirms; the API says why when it is not empty. */
export function CloseUnitDialog({ unit, onClosed, onCancel, onReload }: CloseUnitDialogProps) {
  const t = useT();
  const id = useId();
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [failure, setFailure] = useState<{ message: string; stale: boolean } | null>(null);
  const [close, closeState] = useMutation(CLOSE_ORG_UNIT, {
    refetchQueries: ['OrgStructure'],
    awaitRefetchQueries: true,
  });

  const confirm = async () => {
    setFailure(null);
    try {
      const result = await close({
        variables: { id: unit.id, version: unit.version, reason: reason.trim() || null },
      });
      if (result.data) onClosed(result.data.closeOrgUnit);
    } catch (error) {
      const problems = structureFieldErrors(t, error);
      setFieldError(problems.reason);
      if (!problems.reason) setFailure({ message: errorMessage(t, error), stale: isStale(error) });
    }
  };

  return (
    <ConfirmDialog
      title={t('units.close.title', { name: unit.name })}
      confirmLabel={t('units.close.confirm')}
      tone="danger"
      busy={closeState.loading}
      onConfirm={() => void confirm()}
      onCancel={onCancel}
    >
      <p>{t('units.close.body')}</p>
      <FormField id={`${id}-reason`} label={t('units.close.reason')} error={fieldError}>
        {(control) => (
          <input
            className="input"
            value={reason}
            maxLength={500}
            onChange={(event) => setReason(event.target.value)}
            {...control}
          />
        )}
      </FormField>
      {failure && (
        <Notice tone="error" testId="close-unit-error">
          {failure.message}
          {failure.stale && (
            <>
              {' '}
              <button
                type="button"
                className="button button--small button--secondary"
                onClick={onReload}
              >
                {t('units.reload')}
              </button>
            </>
          )}
        </Notice>
      )}
    </ConfirmDialog>
  );
}
