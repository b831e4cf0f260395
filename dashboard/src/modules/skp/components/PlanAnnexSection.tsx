import { useApolloClient, useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../i18n';
import { UPDATE_PLAN_ANNEX } from '../graphql/mutations';
import {
  ANNEX_FIELDS,
  ANNEX_MAX_LENGTH,
  annexChanged,
  annexDraftOf,
  annexInputOf,
  annexTooLong,
  type AnnexDraft,
  type AnnexField,
} from '../utils/annex';
import { Notice } from '../../ui/components/Notice';
import { errorMessage, fieldErrorsOf, isStaleVersion } from '../../api/utils/error-messages';
import { errorProps } from '../../api/utils/field-errors';
import type {
  PlanDetailFieldsFragment,
  UpdatePlanAnnexMutation,
} from '../../api/generated/graphql';

interface PlanAnnexSectionProps {
  plan: PlanDetailFieldsFragment;
  /** The owner while the plan is DRAFT or RETURNED; read-only otherwise. */
  editable: boolean;
  /** The plan's owner reads when they may edit it again; others (the supervisor) do not. */
  owner?: boolean;
  /** Queries that show the plan, refetched when the user reloads after a stale save. */
  reloadQueries?: string[];
}

type Outcome =
  | { kind: 'saved' }
  | { kind: 'stale' }
  | { kind: 'error'; text: string }
  | { kind: 'fields'; errors: Partial<Record<AnnexField, string>> };

/** The lampiran SKP: dukungan sumber daya, skema pertanggungjawaban and konsekuensi. */
export function PlanAnnexSection({
  plan,
  editable,
  owner = true,
  reloadQueries = [],
}: PlanAnnexSectionProps) {
  const t = useT();
  const id = useId();
  return (
    <section className="card plan-section annex" aria-labelledby={`${id}-title`}>
      <h2 className="card__title" id={`${id}-title`}>
        {t('annex.title')}
      </h2>
      <p className="muted small">
        {t('annex.hint')} {owner && !editable && t('annex.readOnlyHint')}
      </p>
      {editable ? (
        <AnnexForm plan={plan} idBase={id} reloadQueries={reloadQueries} />
      ) : (
        <dl className="annex__list" data-testid="annex-read-only">
          {ANNEX_FIELDS.map((field) => (
            <div key={field} className="annex__item">
              <dt className="field__label">{t(`annex.${field}`)}</dt>
              <dd className="annex__text">
                {plan[field] ?? <span className="muted">{t('annex.empty')}</span>}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

function AnnexForm({
  plan,
  idBase,
  reloadQueries,
}: {
  plan: PlanDetailFieldsFragment;
  idBase: string;
  reloadQueries: string[];
}) {
  const t = useT();
  const client = useApolloClient();
  const [draft, setDraft] = useState<AnnexDraft>(() => annexDraftOf(plan));
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [reloading, setReloading] = useState(false);
  const [save, { loading }] = useMutation(UPDATE_PLAN_ANNEX);
  // The plan as last saved here, until a newer version of it arrives (a reload, another edit).
  const [savedPlan, setSavedPlan] = useState<UpdatePlanAnnexMutation['updatePlanAnnex'] | null>(
    null,
  );
  const current = savedPlan && (savedPlan.version ?? 0) >= (plan.version ?? 0) ? savedPlan : plan;
  const dirty = annexChanged(draft, current);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const tooLong = annexTooLong(draft);
    if (tooLong.length > 0) {
      setOutcome({
        kind: 'fields',
        errors: Object.fromEntries(
          tooLong.map((field) => [field, t('annex.tooLong', { max: ANNEX_MAX_LENGTH })]),
        ),
      });
      return;
    }
    setOutcome(null);
    try {
      const result = await save({
        variables: { planId: plan.id, input: annexInputOf(draft), version: current.version ?? 0 },
      });
      // Show the texts as stored (trimmed); what the user typed stays on any refusal below.
      if (result.data) {
        setSavedPlan(result.data.updatePlanAnnex);
        setDraft(annexDraftOf(result.data.updatePlanAnnex));
      }
      setOutcome({ kind: 'saved' });
    } catch (error) {
      if (isStaleVersion(error)) {
        setOutcome({ kind: 'stale' });
        return;
      }
      const fields = fieldErrorsOf(t, error);
      const errors = Object.fromEntries(
        ANNEX_FIELDS.filter((field) => fields[`input.${field}`] ?? fields[field]).map((field) => [
          field,
          fields[`input.${field}`] ?? fields[field],
        ]),
      );
      setOutcome(
        Object.keys(errors).length > 0
          ? { kind: 'fields', errors }
          : { kind: 'error', text: errorMessage(t, error) },
      );
    }
  };

  const onReload = async () => {
    setReloading(true);
    try {
      await client.refetchQueries({ include: reloadQueries });
      setOutcome(null);
    } catch (error) {
      setOutcome({ kind: 'error', text: errorMessage(t, error) });
    } finally {
      setReloading(false);
    }
  };

  const fieldErrors = outcome?.kind === 'fields' ? outcome.errors : {};

  return (
    <form className="annex__form" onSubmit={(event) => void onSubmit(event)} noValidate>
      {ANNEX_FIELDS.map((field) => {
        const controlId = `${idBase}-${field}`;
        const text = draft[field];
        const error = fieldErrors[field];
        return (
          <div key={field} className="field">
            <label className="field__label" htmlFor={controlId}>
              {t(`annex.${field}`)}
            </label>
            <span className="field__hint" id={`${controlId}-hint`}>
              {t(`annex.${field}.hint`)}
            </span>
            <textarea
              id={controlId}
              name={field}
              className="input textarea"
              rows={3}
              maxLength={ANNEX_MAX_LENGTH}
              value={text}
              onChange={(event) => {
                const value = event.target.value;
                setDraft((current) => ({ ...current, [field]: value }));
                if (outcome?.kind === 'saved' || outcome?.kind === 'fields') setOutcome(null);
              }}
              {...(error
                ? errorProps(controlId, error)
                : { 'aria-describedby': `${controlId}-hint ${controlId}-counter` })}
            />
            <span
              id={`${controlId}-counter`}
              className={`field__hint counter${text.length >= ANNEX_MAX_LENGTH ? ' counter--full' : ''}`}
              aria-live="polite"
            >
              {t('common.counter', { count: text.length, max: ANNEX_MAX_LENGTH })}
            </span>
            {error && (
              <span className="field__error" id={`${controlId}-error`}>
                {error}
              </span>
            )}
          </div>
        );
      })}
      {outcome?.kind === 'stale' && (
        <Notice tone="warning" testId="annex-stale">
          <p>{t('annex.stale')}</p>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => void onReload()}
            disabled={reloading}
            aria-busy={reloading}
          >
            {reloading ? t('annex.reloading') : t('annex.reload')}
          </button>
        </Notice>
      )}
      {outcome?.kind === 'error' && <Notice tone="error">{outcome.text}</Notice>}
      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={loading || !dirty}
          aria-busy={loading}
        >
          {loading ? t('annex.saving') : t('annex.save')}
        </button>
        <span role="status" className="small">
          {outcome?.kind === 'saved' && !dirty ? (
            <span className="text-success">{t('annex.saved')}</span>
          ) : dirty ? (
            <span className="muted">{t('annex.unsaved')}</span>
          ) : null}
        </span>
      </div>
    </form>
  );
}
