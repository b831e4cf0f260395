import { type FormEvent, useId, useState } from 'react';
import type { FieldErrors } from '../../api/utils/error-messages';
import { useI18n } from '../../i18n';
import { FormField } from '../../ui/components/FormField';
import {
  type AuditFilterForm,
  EMPTY_AUDIT_FILTER,
  actionName,
  entityName,
  knownActions,
  KNOWN_ENTITIES,
} from '../utils/audit-filter';

/** Who, what kind of record, which record, which action, and a date range; applied together. */
export function AuditFilters({
  applied,
  errors,
  onApply,
}: {
  applied: AuditFilterForm;
  /** The API's field problems, keyed `filter.<field>`. */
  errors: FieldErrors;
  onApply: (form: AuditFilterForm) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [form, setForm] = useState<AuditFilterForm>(applied);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(form);
  };

  const field = (
    name: keyof AuditFilterForm,
    type: 'text' | 'date',
    extra: { hint?: string; list?: string } = {},
  ) => (
    <FormField
      id={`${id}-${name}`}
      label={t(`audit.${name}`)}
      hint={extra.hint}
      describeHint={Boolean(extra.hint)}
      error={errors[`filter.${name}`] || undefined}
    >
      {(control) => (
        <input
          {...control}
          className="input"
          type={type}
          name={name}
          list={extra.list}
          value={form[name]}
          onChange={(event) => setForm({ ...form, [name]: event.target.value })}
        />
      )}
    </FormField>
  );

  return (
    <form
      className="card audit-filters"
      onSubmit={submit}
      noValidate
      aria-label={t('audit.filters')}
      data-testid="audit-filters"
    >
      <div className="audit-filters__grid">
        {field('actor', 'text')}
        {field('entity', 'text', { list: `${id}-entities` })}
        {field('entityId', 'text')}
        {field('action', 'text', { hint: t('audit.actionHint'), list: `${id}-actions` })}
        {field('from', 'date')}
        {field('to', 'date')}
      </div>
      <datalist id={`${id}-entities`}>
        {KNOWN_ENTITIES.map((entity) => (
          <option key={entity} value={entity} label={entityName(t, entity)} />
        ))}
      </datalist>
      <datalist id={`${id}-actions`}>
        {knownActions().map((action) => (
          <option key={action} value={action} label={actionName(t, action)} />
        ))}
      </datalist>
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {t('audit.apply')}
        </button>
        <button
          type="button"
          className="button button--ghost"
          onClick={() => {
            setForm(EMPTY_AUDIT_FILTER);
            onApply(EMPTY_AUDIT_FILTER);
          }}
        >
          {t('audit.reset')}
        </button>
      </div>
    </form>
  );
}
