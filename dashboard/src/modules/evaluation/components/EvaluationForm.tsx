import { useMutation } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import type {
  CoreValue,
  EvaluationFieldsFragment,
  Period,
  Rating,
  SaveEvaluationInput,
} from '../../api/generated/graphql';
import { finalizableFrom, formatDay, jakartaToday } from '../../deadlines/utils/deadlines';
import { useI18n } from '../../i18n';
import { AchievementBar } from '../../skp/components/AchievementBar';
import { Notice } from '../../ui/components/Notice';
import { formatNumber } from '../../ui/utils/format';
import { hasErrorCode } from '../../api/utils/graphql-errors';
import { errorMessage, fieldErrorsOf, type FieldErrors } from '../../api/utils/error-messages';
import { errorProps } from '../../api/utils/field-errors';
import { isQualitative } from '../../skp/utils/qualitative';
import { realizationText, shownRealization } from '../../skp/utils/realization';
import { Icon } from '../../ui/components/Icon';
import { FormField } from '../../ui/components/FormField';
import { FINALIZE_EVALUATION, SAVE_EVALUATION } from '../graphql/mutations';
import { useAnnualContext } from '../hooks/useAnnualContext';
import type { FormIndicator, FormPlan, FormWorkTarget } from '../types';
import { initialFormState, toSaveInput, type EvaluationFormState } from '../utils/form-state';
import { suggestAnnual } from '../utils/annual-suggestion';
import { suggestPeriodRating } from '../utils/period-suggestion';
import { unusualFinalization } from '../utils/unusual-finalization';
import { behaviorRatingMismatch } from '../utils/predicate';
import { ConfirmDialog } from '../../ui/components/ConfirmDialog';
import { PredicateBadge } from './PredicateBadge';
import { PredicatePreview } from './PredicatePreview';
import { RatingSelect } from './RatingSelect';
import { QuarterPanel } from './QuarterPanel';
import { SuggestedRating } from './SuggestedRating';

export const FEEDBACK_MAX = 2000;
export const SUMMARY_MAX = 4000;

interface EvaluationFormProps {
  plan: FormPlan;
  period: Period;
  /** The saved draft, or null before the first save. */
  evaluation: EvaluationFieldsFragment | null;
  /** Refetch the saved evaluation and start the form again from it. */
  onReload: () => void;
  reloading?: boolean;
}

type Notice = { tone: 'success' | 'error'; text: string; conflict?: boolean };

export function EvaluationForm({
  plan,
  period,
  evaluation,
  onReload,
  reloading = false,
}: EvaluationFormProps) {
  const { t, locale } = useI18n();
  const formId = useId();
  const [state, setState] = useState<EvaluationFormState>(() => initialFormState(evaluation));
  // The version of the last response: a save after someone else's is a CONFLICT, never an overwrite.
  const [saved, setSaved] = useState<{ id: string; version: number } | null>(
    evaluation && evaluation.version !== null
      ? { id: evaluation.id, version: evaluation.version }
      : null,
  );
  const [notice, setNotice] = useState<Notice | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [confirming, setConfirming] = useState(false);
  // Why the evaluator finalises an unusual evaluation (unreported indicators, achievement far off).
  const [finalizationReason, setFinalizationReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const sent = useRef<SaveEvaluationInput | null>(null);
  const [save, saveState] = useMutation(SAVE_EVALUATION);
  const [finalize, finalizeState] = useMutation(FINALIZE_EVALUATION, {
    refetchQueries: ['GetPlanEvaluation', 'GetTeamEvaluations'],
  });
  const busy = saveState.loading || finalizeState.loading;
  // What the API saved last: the suggestion is made on save, from the judgements sent with it.
  const [savedSuggestion, setSavedSuggestion] = useState<Rating | null>(
    evaluation?.suggestedResultRating ?? null,
  );

  const cycle = plan.cycle;
  // The API refuses to finalise before the period ends (PERIOD_NOT_ENDED); say so up front.
  const finalFrom = cycle ? finalizableFrom(cycle.year, period) : null;
  const periodRunning = finalFrom !== null && jakartaToday() < finalFrom;
  const indicators = (plan.workTargets ?? []).flatMap((target) => target.indicators ?? []);
  const numericIndicators = indicators.filter((indicator) => !isQualitative(indicator));
  const qualitativeIndicators = indicators.filter(isQualitative);
  const judged = qualitativeIndicators.flatMap((indicator) => {
    const rating = state.judgements[indicator.id];
    return rating ? [rating] : [];
  });
  const reportedNumeric = numericIndicators.filter(
    (indicator) => indicator.achievement !== null,
  ).length;
  // The period's own suggestion as the API makes it on save: numeric achievement and judgements.
  const suggested = cycle
    ? suggestPeriodRating({
        achievement: plan.achievement,
        reportedNumeric,
        judgements: judged,
        meetsThreshold: cycle.meetsThreshold,
        exceedsThreshold: cycle.exceedsThreshold,
      })
    : null;
  // Numeric indicators belum dilaporkan; unjudged qualitative ones are counted in their own line.
  const unreported = numericIndicators.length - reportedNumeric;
  const unjudged = qualitativeIndicators.length - judged.length;
  const unusual = cycle
    ? unusualFinalization({
        achievement: plan.achievement,
        unreportedIndicators: unreported + unjudged,
        resultRating: state.resultRating || null,
        exceedsThreshold: cycle.exceedsThreshold,
        meetsThreshold: cycle.meetsThreshold,
      })
    : [];
  // The API may find what the form did not (a report arriving meanwhile): it names the field.
  const [reasonDemanded, setReasonDemanded] = useState(false);
  const reasonNeeded = unusual.length > 0 || reasonDemanded;
  const belowValues = behaviorRatingMismatch({
    behaviorRating: state.behaviorRating,
    valueRatings: Object.values(state.valueFeedback).map((value) => value.rating),
  });
  const behaviorWarning =
    belowValues === null ? null : t('evaluation.behaviorMismatch', { count: belowValues });
  const headsUnit = Boolean(plan.employee?.unit?.head?.id === plan.employee?.id && plan.employee);
  // ANNUAL: the final quarters and a head's organisation predicate, as the API suggests from them.
  const annual = useAnnualContext(plan.id, period);
  const organizationPredicate =
    annual.context?.organizationPredicate ?? evaluation?.organizationPredicate ?? null;
  const finalQuarterRatings = (annual.context?.quarterEvaluations ?? []).flatMap((quarter) =>
    quarter.resultRating ? [quarter.resultRating] : [],
  );
  const annualSuggestion =
    period === 'ANNUAL' && annual.context
      ? suggestAnnual({
          own: suggested,
          quarterRatings: finalQuarterRatings,
          organizationPredicate: annual.context.organizationPredicate?.predicate ?? null,
        })
      : null;

  const update = (change: Partial<EvaluationFormState>) => {
    setState((current) => ({ ...current, ...change }));
    setNotice((current) => (current?.conflict ? current : null));
  };
  const setValue = (coreValue: CoreValue, change: Partial<{ rating: Rating | ''; text: string }>) =>
    update({
      valueFeedback: {
        ...state.valueFeedback,
        [coreValue]: { rating: '', text: '', ...state.valueFeedback[coreValue], ...change },
      },
    });

  /** Client-side checks the API would also make, so the user sees them at once. */
  const localErrors = (): FieldErrors => {
    const errors: FieldErrors = {};
    if (!state.resultRating) errors.resultRating = t('evaluation.error.ratingRequired');
    if (!state.behaviorRating) errors.behaviorRating = t('evaluation.error.ratingRequired');
    for (const [coreValue, value] of Object.entries(state.valueFeedback)) {
      if (value.rating && !value.text.trim())
        errors[`value.${coreValue}`] = t('evaluation.error.valueTextRequired');
    }
    return errors;
  };

  /** Field errors of the API, keyed the way the inputs know them (`target.<id>`, `value.<core>`). */
  const apiFieldErrors = (error: unknown): FieldErrors => {
    const errors: FieldErrors = {};
    for (const [field, text] of Object.entries(fieldErrorsOf(t, error))) {
      const target = /^targetFeedback\[(\d+)\]/.exec(field);
      const value = /^valueFeedback\[(\d+)\]/.exec(field);
      const judgement = /^judgements\[(\d+)\]/.exec(field);
      if (judgement) {
        const id = sent.current?.judgements?.[Number(judgement[1])]?.indicatorId;
        if (id) errors[`judgement.${id}`] = text;
      } else if (target) {
        const id = sent.current?.targetFeedback?.[Number(target[1])]?.workTargetId;
        if (id) errors[`target.${id}`] = text;
      } else if (value) {
        const coreValue = sent.current?.valueFeedback?.[Number(value[1])]?.coreValue;
        if (coreValue) errors[`value.${coreValue}`] = text;
      } else errors[field] = text;
    }
    return errors;
  };

  const fail = (error: unknown) => {
    setFieldErrors(apiFieldErrors(error));
    // Any CONFLICT (saved or finalised meanwhile, period not ended) is cured by a reload.
    setNotice({
      tone: 'error',
      text: errorMessage(t, error),
      conflict: hasErrorCode(error, 'CONFLICT'),
    });
  };

  /** Saves the draft; returns the saved id and version, or null when it failed. */
  const saveDraft = async (): Promise<{ id: string; version: number } | null> => {
    const errors = localErrors();
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) {
      setNotice({ tone: 'error', text: t('skp.error.checkFields') });
      return null;
    }
    const input = toSaveInput({ state, planId: plan.id, period, version: saved?.version ?? null });
    sent.current = input;
    try {
      const result = await save({ variables: { input } });
      const evaluationSaved = result.data?.saveEvaluation;
      if (!evaluationSaved || evaluationSaved.version === null) return null;
      setSavedSuggestion(evaluationSaved.suggestedResultRating);
      const next = { id: evaluationSaved.id, version: evaluationSaved.version };
      setSaved(next);
      return next;
    } catch (error) {
      fail(error);
      return null;
    }
  };

  const onSave = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    if (await saveDraft()) setNotice({ tone: 'success', text: t('evaluation.saved') });
  };

  const onFinalize = async () => {
    setNotice(null);
    const current = await saveDraft();
    if (!current) {
      setConfirming(false);
      return;
    }
    const reason = finalizationReason.trim();
    try {
      await finalize({ variables: { ...current, reason: reason || null } });
      setConfirming(false);
    } catch (error) {
      const reasonProblem = fieldErrorsOf(t, error).reason;
      if (reasonProblem) {
        // Keep the dialog open: the evaluator writes the reason and confirms again.
        setReasonDemanded(true);
        setReasonError(reasonProblem);
        return;
      }
      setConfirming(false);
      fail(error);
    }
  };

  const onConfirmFinalize = () => {
    if (reasonNeeded && !finalizationReason.trim()) {
      setReasonError(t('evaluation.finalizationReasonRequired'));
      return;
    }
    setReasonError(null);
    void onFinalize();
  };

  const conflict = notice?.conflict === true;

  return (
    <form className="evaluation-form" onSubmit={(event) => void onSave(event)} noValidate>
      <section className="card plan-achievement" data-testid="evaluation-achievement">
        <div className="plan-achievement__text">
          <h2 className="card__title">
            {t('report.planAchievement', { period: t(`periodLong.${period}`) })}
          </h2>
          <p className="muted small">{t('report.planAchievementHint')}</p>
        </div>
        <AchievementBar
          value={plan.achievement}
          label={t('report.planAchievementShort')}
          size="large"
        />
      </section>

      {period === 'ANNUAL' && (
        <QuarterPanel
          context={annual.context}
          loading={annual.loading}
          error={annual.error}
          onRetry={annual.retry}
        />
      )}

      <section className="plan-section" aria-labelledby={`${formId}-targets`}>
        <div className="section-head">
          <h2 className="section-head__title" id={`${formId}-targets`}>
            {t('skp.targets')}
          </h2>
        </div>
        {(plan.workTargets ?? []).length === 0 && (
          <p className="muted">{t('skp.noTargetsOther')}</p>
        )}
        {(plan.workTargets ?? []).map((target, index) => (
          <TargetReview
            key={target.id}
            target={target}
            number={index + 1}
            inputId={`${formId}-target-${target.id}`}
            text={state.targetFeedback[target.id] ?? ''}
            error={fieldErrors[`target.${target.id}`]}
            onChange={(text) =>
              update({ targetFeedback: { ...state.targetFeedback, [target.id]: text } })
            }
            judgements={state.judgements}
            judgementErrors={fieldErrors}
            onJudge={(indicatorId, rating) =>
              update({ judgements: { ...state.judgements, [indicatorId]: rating } })
            }
          />
        ))}
      </section>

      <section className="plan-section" aria-labelledby={`${formId}-values`}>
        <div className="section-head">
          <h2 className="section-head__title" id={`${formId}-values`}>
            {t('skp.expectations')}
          </h2>
        </div>
        <ul className="value-reviews">
          {(plan.behaviorExpectations ?? []).map((expectation) => {
            const coreValue = expectation.coreValue;
            if (!coreValue) return null;
            const value = state.valueFeedback[coreValue] ?? { rating: '', text: '' };
            const id = `${formId}-value-${coreValue}`;
            const error = fieldErrors[`value.${coreValue}`];
            return (
              <li key={expectation.id} className="card value-review" data-testid="value-review">
                <div className="value-review__info">
                  <h3 className="value-review__name">{expectation.name}</h3>
                  <ul className="expectation__guides small">
                    {(expectation.guides ?? []).map((guide) => (
                      <li key={guide}>{guide}</li>
                    ))}
                  </ul>
                  <p className="small">
                    <strong>{t('skp.specificExpectation')}:</strong>{' '}
                    {expectation.specificExpectation ?? (
                      <span className="muted">{t('skp.noSpecificExpectation')}</span>
                    )}
                  </p>
                </div>
                <div className="value-review__inputs">
                  <RatingSelect
                    id={`${id}-rating`}
                    label={t('evaluation.valueRating', { value: expectation.name ?? '' })}
                    value={value.rating}
                    optional
                    onChange={(rating) => setValue(coreValue, { rating })}
                  />
                  <FeedbackTextarea
                    id={`${id}-text`}
                    label={t('evaluation.valueFeedback', { value: expectation.name ?? '' })}
                    value={value.text}
                    error={error}
                    onChange={(text) => setValue(coreValue, { text })}
                  />
                </div>
              </li>
            );
          })}
        </ul>
      </section>

      <section className="card rating-panel" aria-labelledby={`${formId}-ratings`}>
        <h2 className="card__title" id={`${formId}-ratings`}>
          {t('evaluation.ratings')}
        </h2>
        {headsUnit && (
          <div className="org-basis" data-testid="organization-basis">
            <p className="small">
              {t('evaluation.orgBasis', { unit: plan.employee?.unit?.name ?? '' })}
            </p>
            {organizationPredicate ? (
              <PredicateBadge predicate={organizationPredicate.predicate} organization />
            ) : (
              <span className="muted small">
                {evaluation || annual.context
                  ? t('evaluation.orgBasisNone')
                  : t('evaluation.orgBasisAfterSave')}
              </span>
            )}
          </div>
        )}
        <div className="rating-panel__grid">
          <div>
            <RatingSelect
              id={`${formId}-result`}
              label={t('evaluation.resultRating')}
              value={state.resultRating}
              error={fieldErrors.resultRating}
              onChange={(resultRating) => update({ resultRating })}
            />
            <SuggestedRating
              suggested={annualSuggestion ? annualSuggestion.rating : suggested}
              annual={
                annualSuggestion
                  ? {
                      basis: annualSuggestion.basis,
                      finalQuarters: finalQuarterRatings.length,
                      organizationPredicate: organizationPredicate?.predicate ?? null,
                      unit: organizationPredicate?.unit?.name ?? null,
                    }
                  : undefined
              }
              chosen={state.resultRating}
              achievement={plan.achievement}
              unreported={unreported}
            />
            {qualitativeIndicators.length > 0 && (
              <p className="muted small" data-testid="suggestion-counts-judgements">
                {t('qualitative.suggestionCounts', {
                  numeric: reportedNumeric,
                  judged: judged.length,
                  unjudged,
                })}
                {savedSuggestion &&
                  ` ${t('qualitative.savedSuggestion', { rating: t(`rating.${savedSuggestion}`) })}`}
              </p>
            )}
          </div>
          <RatingSelect
            id={`${formId}-behavior`}
            label={t('evaluation.behaviorRating')}
            value={state.behaviorRating}
            error={fieldErrors.behaviorRating}
            onChange={(behaviorRating) => update({ behaviorRating })}
          />
        </div>
        {behaviorWarning && (
          <p className="alert alert--warning" role="status" data-testid="behavior-mismatch">
            {behaviorWarning}
          </p>
        )}
        <PredicatePreview resultRating={state.resultRating} behaviorRating={state.behaviorRating} />
        <FeedbackTextarea
          id={`${formId}-summary`}
          label={t('evaluation.summary')}
          value={state.summary}
          max={SUMMARY_MAX}
          rows={4}
          error={fieldErrors.summary}
          onChange={(summary) => update({ summary })}
        />
        {fieldErrors.period && (
          <Notice tone="error">{`${t('evaluation.period')}: ${fieldErrors.period}`}</Notice>
        )}
      </section>

      {notice && (
        <Notice tone={notice.tone} testId="evaluation-notice">
          <p>{notice.text}</p>
          {notice.conflict && (
            <>
              <p className="small">{t('evaluation.conflictKept')}</p>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={onReload}
                disabled={reloading}
              >
                <Icon name="chevronDown" size={16} />
                {reloading ? t('common.loading') : t('evaluation.reload')}
              </button>
            </>
          )}
        </Notice>
      )}

      <div className="card decision-bar" data-testid="evaluation-actions">
        <p className="muted small">{saved ? t('evaluation.draftHint') : t('evaluation.newHint')}</p>
        {periodRunning && finalFrom && (
          <p className="muted small" data-testid="finalize-from">
            {t('evaluation.finalizableFrom', { date: formatDay(finalFrom, locale) })}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button button--secondary" disabled={busy || conflict}>
            {saveState.loading && !confirming ? t('evaluation.saving') : t('evaluation.saveDraft')}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={busy || conflict || periodRunning}
            onClick={() => {
              const errors = localErrors();
              setFieldErrors(errors);
              if (Object.keys(errors).length > 0) {
                setNotice({ tone: 'error', text: t('skp.error.checkFields') });
                return;
              }
              setConfirming(true);
            }}
          >
            <Icon name="check" size={18} />
            {t('evaluation.finalize')}
          </button>
        </div>
      </div>

      {confirming && (
        <ConfirmDialog
          title={t('evaluation.finalizeTitle', { name: plan.employee?.name ?? '' })}
          confirmLabel={busy ? t('evaluation.finalizing') : t('evaluation.finalizeConfirm')}
          busy={busy}
          onConfirm={onConfirmFinalize}
          onCancel={() => setConfirming(false)}
        >
          <p>{t('evaluation.finalizeBody')}</p>
          {reasonNeeded && (
            <div data-testid="finalization-reason-field">
              <ul className="alert alert--warning">
                {unusual.includes('UNREPORTED_INDICATORS') && (
                  <li>{t('evaluation.unusual.unreported', { count: unreported + unjudged })}</li>
                )}
                {unusual.includes('ACHIEVEMENT_FAR_FROM_RATING') && state.resultRating && (
                  <li>
                    {t('evaluation.unusual.far', {
                      achievement: formatNumber(plan.achievement, locale),
                      rating: t(`rating.${state.resultRating}`),
                    })}
                  </li>
                )}
              </ul>
              <FormField
                id={`${formId}-finalization-reason`}
                label={t('evaluation.finalizationReason')}
                hint={t('evaluation.finalizationReasonHint')}
                error={reasonError ?? undefined}
              >
                {(props) => (
                  <textarea
                    {...props}
                    className="input textarea"
                    rows={3}
                    maxLength={SUMMARY_MAX}
                    value={finalizationReason}
                    onChange={(event) => setFinalizationReason(event.target.value)}
                  />
                )}
              </FormField>
            </div>
          )}
          {behaviorWarning && <p className="alert alert--warning">{behaviorWarning}</p>}
          <PredicatePreview
            resultRating={state.resultRating}
            behaviorRating={state.behaviorRating}
          />
        </ConfirmDialog>
      )}
    </form>
  );
}

function FeedbackTextarea({
  id,
  label,
  value,
  onChange,
  error,
  max = FEEDBACK_MAX,
  rows = 3,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  max?: number;
  rows?: number;
}) {
  const { t } = useI18n();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        className="input textarea"
        rows={rows}
        value={value}
        maxLength={max}
        onChange={(event) => onChange(event.target.value)}
        {...errorProps(id, error)}
      />
      <span className="field__hint counter">
        {t('common.counter', { count: value.length, max })}
      </span>
      {error && (
        <span className="field__error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </div>
  );
}

function TargetReview({
  target,
  number,
  inputId,
  text,
  error,
  onChange,
  judgements,
  judgementErrors,
  onJudge,
}: {
  target: FormWorkTarget;
  number: number;
  inputId: string;
  text: string;
  error?: string;
  onChange: (text: string) => void;
  judgements: Record<string, Rating | ''>;
  judgementErrors: FieldErrors;
  onJudge: (indicatorId: string, rating: Rating | '') => void;
}) {
  const { t, locale } = useI18n();
  return (
    <section className="card target-review" data-testid="target-review">
      <div className="target-review__info">
        <header className="report-target__head">
          <span className="target-card__number" aria-hidden="true">
            {number}
          </span>
          <div>
            {target.kind && (
              <span className={`tag tag--${target.kind.toLowerCase()}`}>
                {t(`kind.${target.kind}`)}
              </span>
            )}
            <h3 className="report-target__title">{target.description}</h3>
          </div>
        </header>
        <ul className="review-indicators">
          {(target.indicators ?? []).map((indicator) =>
            isQualitative(indicator) ? (
              <QualitativeReview
                key={indicator.id}
                indicator={indicator}
                inputId={`${inputId}-judgement-${indicator.id}`}
                rating={judgements[indicator.id] ?? ''}
                error={judgementErrors[`judgement.${indicator.id}`]}
                onChange={(rating) => onJudge(indicator.id, rating)}
              />
            ) : (
              <li key={indicator.id} className="review-indicator">
                <p className="small">{indicator.description}</p>
                <p className="small muted">
                  {t('report.target')}:{' '}
                  {formatNumber(indicator.periodTarget ?? indicator.target, locale)}{' '}
                  {indicator.unit}
                  {' · '}
                  {t('report.realization')}:{' '}
                  {realizationText(shownRealization(indicator), indicator.unit, locale, t) ??
                    t('report.notReported')}
                  {indicator.realization?.evidenceUrl && (
                    <>
                      {' · '}
                      <a
                        href={indicator.realization.evidenceUrl}
                        target="_blank"
                        rel="noopener noreferrer"
                        className="evidence-link"
                      >
                        <Icon name="external" size={12} />
                        {t('report.evidence')}
                        <span className="visually-hidden"> {t('report.newTab')}</span>
                      </a>
                    </>
                  )}
                </p>
                {indicator.realization?.note && (
                  <p className="small muted">
                    {t('report.note')}: {indicator.realization.note}
                  </p>
                )}
                <AchievementBar value={indicator.achievement} label={indicator.description ?? ''} />
              </li>
            ),
          )}
        </ul>
      </div>
      <div className="target-review__feedback">
        <FeedbackTextarea
          id={inputId}
          label={t('evaluation.targetFeedback')}
          value={text}
          error={error}
          onChange={onChange}
        />
      </div>
    </section>
  );
}

/** A KUALITATIF indicator: its narrative target and the period's narrative, judged here. */
function QualitativeReview({
  indicator,
  inputId,
  rating,
  error,
  onChange,
}: {
  indicator: FormIndicator;
  inputId: string;
  rating: Rating | '';
  error?: string;
  onChange: (rating: Rating | '') => void;
}) {
  const { t } = useI18n();
  const realization = indicator.realization;
  return (
    <li className="review-indicator" data-testid="qualitative-review">
      <p className="small">
        <span className="tag">{t('qualitative.tag')}</span> {indicator.description}
      </p>
      <p className="small muted">
        <strong>{t('qualitative.narrativeTarget')}:</strong>{' '}
        <span className="narrative-text">{indicator.narrativeTarget}</span>
      </p>
      <p className="small">
        <strong>{t('report.realization')}:</strong>{' '}
        {realization?.narrative ? (
          <span className="narrative-text">{realization.narrative}</span>
        ) : (
          <span className="muted">{t('report.notReported')}</span>
        )}
        {realization?.evidenceUrl && (
          <>
            {' · '}
            <a
              href={realization.evidenceUrl}
              target="_blank"
              rel="noopener noreferrer"
              className="evidence-link"
            >
              <Icon name="external" size={12} />
              {t('report.evidence')}
              <span className="visually-hidden"> {t('report.newTab')}</span>
            </a>
          </>
        )}
      </p>
      {realization?.note && (
        <p className="small muted">
          {t('report.note')}: {realization.note}
        </p>
      )}
      <RatingSelect
        id={inputId}
        label={t('qualitative.judge', { name: indicator.description ?? '' })}
        value={rating}
        optional
        error={error}
        onChange={onChange}
      />
    </li>
  );
}
