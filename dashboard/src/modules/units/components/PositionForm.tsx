import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import type { PositionLevel } from '../../api/generated/graphql';
import { useIdempotencyKey } from '../../api/hooks/useIdempotencyKey';
import { errorMessage, type FieldErrors } from '../../api/utils/error-messages';
import { useT } from '../../i18n';
import { FormActions } from '../../ui/components/FormActions';
import { FormField } from '../../ui/components/FormField';
import { Notice } from '../../ui/components/Notice';
import { CREATE_POSITION, UPDATE_POSITION } from '../graphql/mutations';
import { POSITION_LEVELS, type PositionRow } from '../types';
import { isStale, structureFieldErrors } from '../utils/structure-errors';
import type { UnitRow } from '../utils/unit-tree';

interface PositionFormProps {
  /** The unit the position belongs to; null for a staff title shared by every unit. */
  unit: UnitRow | null;
  /** The position to edit (its version is sent back), or none to create one in `unit`. */
  position: PositionRow | null;
  onSaved: (position: PositionRow) => void;
  onCancel: () => void;
  onReload: () => void;
}

/** Create or edit a jabatan of a unit: title, level and whether it heads the unit. */
export function PositionForm({ unit, position, onSaved, onCancel, onReload }: PositionFormProps) {
  const t = useT();
  const id = useId();
  const [title, setTitle] = useState(position?.title ?? '');
  const [level, setLevel] = useState<PositionLevel>(position?.level ?? 'PELAKSANA');
  const [isHead, setIsHead] = useState(position?.isHead ?? false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<{ message: string; stale: boolean } | null>(null);
  // One key per intended position: a double click or a retry creates it once.
  const submission = useIdempotencyKey();
  const refetch = { refetchQueries: ['UnitPositions'], awaitRefetchQueries: true };
  const [create, createState] = useMutation(CREATE_POSITION, refetch);
  const [update, updateState] = useMutation(UPDATE_POSITION, refetch);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    try {
      if (position) {
        const result = await update({
          variables: {
            id: position.id,
            input: { version: position.version, title: title.trim(), level, isHead },
          },
        });
        if (result.data) onSaved(result.data.updatePosition);
      } else {
        const result = await create({
          variables: {
            input: unit
              ? { title: title.trim(), level, unitId: unit.id, isHead }
              : { title: title.trim(), level },
          },
          context: submission.context,
        });
        submission.renew();
        if (result.data) onSaved(result.data.createPosition);
      }
      setErrors({});
    } catch (error) {
      const problems = structureFieldErrors(t, error);
      setErrors(problems);
      setFailure(
        Object.keys(problems).length > 0
          ? null
          : { message: errorMessage(t, error), stale: isStale(error) },
      );
    }
  };

  return (
    <form
      className="position-form"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-labelledby={`${id}-heading`}
      data-testid="position-form"
    >
      <h3 className="position-form__title" id={`${id}-heading`}>
        {position
          ? t('units.position.editTitle', { title: position.title })
          : unit
            ? t('units.position.createTitle', { unit: unit.name })
            : t('units.position.createGeneralTitle')}
      </h3>
      <div className="position-form__grid">
        <FormField
          id={`${id}-title`}
          label={t('units.position.title')}
          error={errors.title}
          className="position-form__wide"
        >
          {(control) => (
            <input
              className="input"
              value={title}
              maxLength={160}
              onChange={(event) => setTitle(event.target.value)}
              {...control}
            />
          )}
        </FormField>
        <FormField id={`${id}-level`} label={t('units.position.level')} error={errors.level}>
          {(control) => (
            <select
              className="select"
              value={level}
              onChange={(event) => setLevel(event.target.value as PositionLevel)}
              {...control}
            >
              {POSITION_LEVELS.map((option) => (
                <option key={option} value={option}>
                  {t(`units.level.${option}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      {unit && (
        <div className="field">
          <label className="checkbox-inline">
            <input
              type="checkbox"
              checked={isHead}
              onChange={(event) => setIsHead(event.target.checked)}
              aria-invalid={errors.isHead ? true : undefined}
              aria-describedby={errors.isHead ? `${id}-head-error` : `${id}-head-hint`}
            />{' '}
            {t('units.position.isHead')}
          </label>
          {errors.isHead ? (
            <span className="field__error" id={`${id}-head-error`}>
              {errors.isHead}
            </span>
          ) : (
            <span className="field__hint" id={`${id}-head-hint`}>
              {t('units.position.isHeadHint')}
            </span>
          )}
        </div>
      )}
      {failure && (
        <Notice tone="error" testId="position-form-error">
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
      <FormActions
        submitLabel={position ? t('units.position.save') : t('units.position.create')}
        busy={createState.loading || updateState.loading}
        onCancel={onCancel}
      />
    </form>
  );
}
