import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { errorMessage, problemText } from '../../api/utils/error-messages';
import { ConfirmDialog } from '../../ui/components/ConfirmDialog';
import { useT } from '../../i18n';
import { FormField } from '../../ui/components/FormField';
import { Notice } from '../../ui/components/Notice';
import { MOVE_ORG_UNIT } from '../graphql/mutations';
import { isStale, structureFieldErrors } from '../utils/structure-errors';
import { moveTargets, type UnitRow } from '../utils/unit-tree';

interface MoveUnitDialogProps {
  unit: UnitRow;
  units: readonly UnitRow[];
  onMoved: (unit: UnitRow) => void;
  onCancel: () => void;
  onReload: () => void;
}

/** Puts a unit (with its sub-units) under another open unit, after the user confirms. */
export function MoveUnitDialog({ unit, units, onMoved, onCancel, onReload }: MoveUnitDialogProps) {
  const t = useT();
  const id = useId();
  const targets = moveTargets(units, unit);
  const [parentId, setParentId] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [failure, setFailure] = useState<{ message: string; stale: boolean } | null>(null);
  const [move, moveState] = useMutation(MOVE_ORG_UNIT, {
    refetchQueries: ['OrgStructure'],
    awaitRefetchQueries: true,
  });

  const confirm = async () => {
    setFailure(null);
    if (!parentId) {
      setFieldError(problemText(t, { reason: 'REQUIRED' }));
      return;
    }
    try {
      const result = await move({ variables: { id: unit.id, parentId, version: unit.version } });
      if (result.data) onMoved(result.data.moveOrgUnit);
    } catch (error) {
      const problems = structureFieldErrors(t, error);
      setFieldError(problems.parentId);
      if (!problems.parentId)
        setFailure({ message: errorMessage(t, error), stale: isStale(error) });
    }
  };

  return (
    <ConfirmDialog
      title={t('units.move.title', { name: unit.name })}
      confirmLabel={t('units.move.confirm')}
      busy={moveState.loading}
      onConfirm={() => void confirm()}
      onCancel={onCancel}
    >
      <p>{t('units.move.body')}</p>
      {targets.length === 0 ? (
        <p className="muted">{t('units.move.noTargets')}</p>
      ) : (
        <FormField id={`${id}-parent`} label={t('units.move.parent')} error={fieldError}>
          {(control) => (
            <select
              className="select"
              value={parentId}
              onChange={(event) => setParentId(event.target.value)}
              {...control}
            >
              <option value="">{t('units.move.choose')}</option>
              {targets.map((target) => (
                <option key={target.id} value={target.id}>
                  {`${'\u00a0'.repeat(target.depth * 2)}${target.name}`}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      {failure && (
        <Notice tone="error" testId="move-error">
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
