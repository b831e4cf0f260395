import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useIdempotencyKey } from '../../api/hooks/useIdempotencyKey';
import { errorMessage, type FieldErrors } from '../../api/utils/error-messages';
import { useT } from '../../i18n';
import { FormActions } from '../../ui/components/FormActions';
import { FormField } from '../../ui/components/FormField';
import { Notice } from '../../ui/components/Notice';
import { CREATE_ORG_UNIT, UPDATE_ORG_UNIT } from '../graphql/mutations';
import { GET_UNIT_MEMBERS } from '../graphql/queries';
import { isStale, structureFieldErrors } from '../utils/structure-errors';
import type { UnitRow } from '../utils/unit-tree';

type UnitFormProps = {
  onSaved: (unit: UnitRow) => void;
  onCancel: () => void;
  onReload: () => void;
} & ({ mode: 'create'; parent: UnitRow } | { mode: 'edit'; unit: UnitRow });

/** A new sub-unit (its name), or a unit's new name and head. */
export function UnitForm(props: UnitFormProps) {
  const t = useT();
  const id = useId();
  const editing = props.mode === 'edit' ? props.unit : null;
  const [name, setName] = useState(editing?.name ?? '');
  const [headId, setHeadId] = useState(editing?.head?.id ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<{ message: string; stale: boolean } | null>(null);
  // One key per intended unit: a double click or a retry creates it once.
  const submission = useIdempotencyKey();
  const members = useQuery(GET_UNIT_MEMBERS, {
    variables: { unitId: editing?.id ?? '' },
    skip: !editing,
    errorPolicy: 'all',
  });
  const [create, createState] = useMutation(CREATE_ORG_UNIT, {
    refetchQueries: ['OrgStructure'],
    awaitRefetchQueries: true,
  });
  const [update, updateState] = useMutation(UPDATE_ORG_UNIT, {
    refetchQueries: ['OrgStructure'],
    awaitRefetchQueries: true,
  });
  // The head works directly in the unit (the filter also returns its sub-units' people).
  const candidates = (members.data?.employees.edges ?? [])
    .map((edge) => edge.node)
    .filter((employee) => employee.unit?.id === editing?.id);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    try {
      if (props.mode === 'create') {
        const result = await create({
          variables: { input: { name: name.trim(), parentId: props.parent.id } },
          context: submission.context,
        });
        submission.renew();
        if (result.data) props.onSaved(result.data.createOrgUnit);
      } else {
        const unit = props.unit;
        const result = await update({
          variables: {
            id: unit.id,
            input: {
              version: unit.version,
              ...(name.trim() !== unit.name ? { name: name.trim() } : {}),
              ...(headId !== (unit.head?.id ?? '') ? { headId: headId || null } : {}),
            },
          },
        });
        if (result.data) props.onSaved(result.data.updateOrgUnit);
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
      className="card unit-form"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-labelledby={`${id}-heading`}
      data-testid="unit-form"
    >
      <h2 className="card__title" id={`${id}-heading`}>
        {props.mode === 'create'
          ? t('units.form.createTitle', { parent: props.parent.name })
          : t('units.form.editTitle', { name: props.unit.name })}
      </h2>
      <FormField id={`${id}-name`} label={t('units.form.name')} error={errors.name}>
        {(control) => (
          <input
            className="input"
            value={name}
            maxLength={160}
            onChange={(event) => setName(event.target.value)}
            {...control}
          />
        )}
      </FormField>
      {editing && (
        <FormField
          id={`${id}-head`}
          label={t('units.form.head')}
          error={errors.headId}
          hint={t('units.form.headHint')}
        >
          {(control) => (
            <select
              className="select"
              value={headId}
              onChange={(event) => setHeadId(event.target.value)}
              {...control}
            >
              <option value="">{t('units.form.noHead')}</option>
              {editing.head && !candidates.some((person) => person.id === editing.head?.id) && (
                <option value={editing.head.id}>{editing.head.name}</option>
              )}
              {candidates.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      {errors.input && <p className="field__error">{errors.input}</p>}
      {failure && (
        <Notice tone="error" testId="unit-form-error">
          {failure.message}
          {failure.stale && (
            <>
              {' '}
              <button
                type="button"
                className="button button--small button--secondary"
                onClick={props.onReload}
              >
                {t('units.reload')}
              </button>
            </>
          )}
        </Notice>
      )}
      <FormActions
        submitLabel={props.mode === 'create' ? t('units.form.create') : t('units.form.save')}
        busy={createState.loading || updateState.loading}
        onCancel={props.onCancel}
      />
    </form>
  );
}
