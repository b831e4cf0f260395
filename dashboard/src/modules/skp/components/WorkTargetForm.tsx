import { useApolloClient, useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import type {
  IndicatorAggregation,
  IndicatorAspect,
  IndicatorDirection,
  IndicatorKind,
  WorkTargetKind,
} from '../../api/generated/graphql';
import { useT } from '../../i18n';
import { FormActions } from '../../ui/components/FormActions';
import { FormField } from '../../ui/components/FormField';
import { Icon } from '../../ui/components/Icon';
import { ADD_WORK_TARGET, UPDATE_WORK_TARGET } from '../graphql/mutations';
import { ASPECTS, type WorkTargetDetail } from '../types';
import { defaultDirection } from '../utils/default-direction';
import {
  errorMessage,
  fieldErrorsOf,
  isStaleVersion,
  problemText,
  type FieldErrors,
} from '../../api/utils/error-messages';
import { errorProps, nestedFieldErrors } from '../../api/utils/field-errors';
import { parseNumberInput } from '../utils/number-input';
import {
  isQualitative,
  NARRATIVE_MAX,
  narrativeIndicatorInput,
  narrativeProblem,
} from '../utils/qualitative';
import {
  AGGREGATIONS,
  checkQuarterTargets,
  defaultAggregation,
  defaultQuarterTargets,
  QUARTERS,
} from '../utils/quarter-targets';
import { useIdempotencyKey } from '../../api/hooks/useIdempotencyKey';

export interface ParentOption {
  id: string;
  description: string | null;
}

interface IndicatorDraft {
  key: number;
  /** KUALITATIF: a narrative target and the rencana aksi only, no numbers. */
  kind: IndicatorKind;
  narrativeTarget: string;
  aspect: IndicatorAspect;
  description: string;
  target: string;
  unit: string;
  direction: IndicatorDirection;
  /** Once the user picks a direction, changing the aspect no longer resets it. */
  directionChosen: boolean;
  aggregation: IndicatorAggregation;
  /** Once picked, the aspect and unit no longer reset the aggregation. */
  aggregationChosen: boolean;
  /** TW1–TW4 targets as typed; derived from the annual target until the user types one. */
  quarters: string[];
  quartersChosen: boolean;
  /** Rencana aksi per quarter. */
  actionPlans: string[];
}

const numberText = (value: number) => (Number.isFinite(value) ? String(value) : '');
/** The quarters shown for a draft: as typed, or derived from the annual target. */
const quartersOf = (indicator: IndicatorDraft): string[] =>
  indicator.quartersChosen
    ? indicator.quarters
    : defaultQuarterTargets(parseNumberInput(indicator.target), indicator.aggregation).map(
        numberText,
      );

interface WorkTargetFormProps {
  planId: string;
  /** The SKP's version as shown: an edit of an SKP changed since is refused (STALE_VERSION). */
  planVersion: number;
  /** The RHK being edited; a new one when absent. */
  target?: WorkTargetDetail;
  /** The supervisor's RHK to intervene; null when the owner has no supervisor (the Camat). */
  parentOptions: ParentOption[] | null;
  refetchQueries: string[];
  onDone: () => void;
  onCancel: () => void;
}

let nextKey = 1;
const newIndicator = (aspect: IndicatorAspect = 'KUANTITAS'): IndicatorDraft => ({
  key: nextKey++,
  kind: 'KUANTITATIF',
  narrativeTarget: '',
  aspect,
  description: '',
  target: '',
  unit: '',
  direction: defaultDirection(aspect),
  directionChosen: false,
  aggregation: defaultAggregation(aspect, ''),
  aggregationChosen: false,
  quarters: ['', '', '', ''],
  quartersChosen: false,
  actionPlans: ['', '', '', ''],
});

export function WorkTargetForm({
  planId,
  planVersion,
  target,
  parentOptions,
  refetchQueries,
  onDone,
  onCancel,
}: WorkTargetFormProps) {
  const t = useT();
  const id = useId();
  const [kind, setKind] = useState<WorkTargetKind>(target?.kind ?? 'UTAMA');
  const [description, setDescription] = useState(target?.description ?? '');
  const [parentTargetId, setParentTargetId] = useState(target?.parentTarget?.id ?? '');
  const [indicators, setIndicators] = useState<IndicatorDraft[]>(() =>
    target?.indicators?.length
      ? target.indicators.map((indicator) => ({
          key: nextKey++,
          kind: indicator.kind ?? 'KUANTITATIF',
          narrativeTarget: indicator.narrativeTarget ?? '',
          aspect: indicator.aspect ?? 'KUANTITAS',
          description: indicator.description ?? '',
          target: indicator.target === null ? '' : String(indicator.target),
          unit: indicator.unit ?? '',
          direction: indicator.direction ?? defaultDirection(indicator.aspect ?? 'KUANTITAS'),
          directionChosen: true,
          aggregation:
            indicator.aggregation ??
            defaultAggregation(indicator.aspect ?? 'KUANTITAS', indicator.unit ?? ''),
          aggregationChosen: true,
          quarters: QUARTERS.map((quarter) =>
            numberText(
              indicator.periodTargets?.find((entry) => entry.period === quarter)?.target ??
                Number.NaN,
            ),
          ),
          // A qualitative indicator has no quarter numbers: derive them if it becomes numeric.
          quartersChosen: Boolean(indicator.periodTargets?.length) && !isQualitative(indicator),
          actionPlans: QUARTERS.map(
            (quarter) =>
              indicator.periodTargets?.find((entry) => entry.period === quarter)?.actionPlan ?? '',
          ),
        }))
      : [newIndicator()],
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [addTarget, addState] = useMutation(ADD_WORK_TARGET, {
    refetchQueries,
    awaitRefetchQueries: true,
  });
  const [updateTarget, updateState] = useMutation(UPDATE_WORK_TARGET, {
    refetchQueries,
    awaitRefetchQueries: true,
  });
  const submission = useIdempotencyKey();
  const client = useApolloClient();
  const saving = addState.loading || updateState.loading;

  const changeIndicator = (key: number, changes: Partial<IndicatorDraft>) =>
    setIndicators((current) =>
      current.map((indicator) => {
        if (indicator.key !== key) return indicator;
        const next = { ...indicator, ...changes };
        if (changes.aspect && !indicator.directionChosen)
          next.direction = defaultDirection(changes.aspect);
        if ((changes.aspect || changes.unit !== undefined) && !indicator.aggregationChosen)
          next.aggregation = defaultAggregation(next.aspect, next.unit);
        return next;
      }),
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    // Numbers are checked here: a missing Float would not reach the API's field validation.
    const localErrors: FieldErrors = {};
    const targets = indicators.map((indicator) => parseNumberInput(indicator.target));
    const quarterTargets = indicators.map((indicator) =>
      quartersOf(indicator).map(parseNumberInput),
    );
    targets.forEach((value, index) => {
      if (isQualitative(indicators[index])) {
        const problem = narrativeProblem(indicators[index].narrativeTarget);
        if (problem) localErrors[`indicators[${index}].narrativeTarget`] = problemText(t, problem);
      } else if (!Number.isFinite(value) || value <= 0)
        localErrors[`indicators[${index}].target`] = problemText(t, { reason: 'POSITIVE_NUMBER' });
      else if (
        !checkQuarterTargets({
          target: value,
          aggregation: indicators[index].aggregation,
          quarters: quarterTargets[index],
        }).ok
      )
        localErrors[`indicators[${index}].periodTargets`] = t(
          `target.quarterCheck.${indicators[index].aggregation}`,
        );
    });
    if (Object.keys(localErrors).length > 0) {
      setErrors(localErrors);
      setFormError(t('skp.error.checkFields'));
      return;
    }
    const input = {
      kind,
      description,
      parentTargetId: parentOptions === null || !parentTargetId ? null : parentTargetId,
      indicators: indicators.map((indicator, index) =>
        isQualitative(indicator)
          ? narrativeIndicatorInput(indicator, QUARTERS)
          : {
              kind: indicator.kind,
              aspect: indicator.aspect,
              description: indicator.description,
              target: targets[index],
              unit: indicator.unit,
              direction: indicator.direction,
              aggregation: indicator.aggregation,
              periodTargets: QUARTERS.map((period, quarter) => ({
                period,
                target: quarterTargets[index][quarter],
                actionPlan: indicator.actionPlans[quarter].trim() || null,
              })),
            },
      ),
    };
    try {
      if (target) await updateTarget({ variables: { id: target.id, input, version: planVersion } });
      else {
        await addTarget({
          variables: { input: { ...input, planId } },
          context: submission.context,
        });
        submission.renew();
      }
      setErrors({});
      onDone();
    } catch (error) {
      setErrors(fieldErrorsOf(t, error));
      if (!isStaleVersion(error)) {
        setFormError(errorMessage(t, error));
        return;
      }
      // The SKP changed elsewhere (another tab, another device) since it was shown here: reload
      // it, so the user sees what changed; what they typed stays in the form for the next save.
      try {
        await client.refetchQueries({ include: refetchQueries });
        setFormError(t('target.stale'));
      } catch (reloadError) {
        setFormError(errorMessage(t, reloadError));
      }
    }
  };

  const message = (field: string): string | undefined => errors[field];
  const descriptionError = message('description');
  const parentError = message('parentTargetId');
  const indicatorsError = message('indicators');

  return (
    <form
      className="card target-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby={`${id}-title`}
      data-testid="work-target-form"
    >
      <h3 className="target-form__title" id={`${id}-title`}>
        {target ? t('target.editTitle') : t('target.newTitle')}
      </h3>

      <fieldset className="field segmented-field">
        <legend className="field__label">{t('target.kind')}</legend>
        <div className="segmented">
          {(['UTAMA', 'TAMBAHAN'] as const).map((option) => (
            <label key={option} className="segmented__option">
              <input
                type="radio"
                name={`${id}-kind`}
                value={option}
                checked={kind === option}
                onChange={() => setKind(option)}
              />
              <span>{t(`kind.${option}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <FormField id={`${id}-description`} label={t('target.description')} error={descriptionError}>
        {(control) => (
          <textarea
            className="input textarea"
            rows={2}
            value={description}
            placeholder={t('target.descriptionPlaceholder')}
            onChange={(event) => setDescription(event.target.value)}
            {...control}
          />
        )}
      </FormField>

      {parentOptions !== null && (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-parent`}>
            {t('target.parent')}
            {kind === 'UTAMA' && (
              <span className="field__hint"> · {t('target.parentRequiredHint')}</span>
            )}
          </label>
          <select
            id={`${id}-parent`}
            className="select"
            value={parentTargetId}
            onChange={(event) => setParentTargetId(event.target.value)}
            {...errorProps(`${id}-parent`, parentError)}
          >
            <option value="">
              {kind === 'UTAMA' ? t('target.parentPlaceholder') : t('target.parentNone')}
            </option>
            {parentOptions.map((option) => (
              <option key={option.id} value={option.id}>
                {option.description ?? `#${option.id}`}
              </option>
            ))}
          </select>
          {parentOptions.length === 0 && (
            <span className="field__hint">{t('target.parentUnavailable')}</span>
          )}
          {parentError && (
            <span className="field__error" id={`${id}-parent-error`}>
              {parentError}
            </span>
          )}
        </div>
      )}

      <fieldset className="indicator-editor">
        <legend className="field__label">{t('skp.indicators')}</legend>
        {indicatorsError && <span className="field__error">{indicatorsError}</span>}
        {indicators.map((indicator, index) => {
          const base = `${id}-indicator-${indicator.key}`;
          const nested = nestedFieldErrors(errors, `indicators[${index}]`);
          const errorOf = (field: string): string | undefined => nested[field];
          const descriptionProblem = errorOf('description');
          const targetProblem = errorOf('target');
          const unitProblem = errorOf('unit');
          const quartersProblem = errorOf('periodTargets');
          const narrativeTargetProblem = errorOf('narrativeTarget');
          const qualitative = isQualitative(indicator);
          const quarters = quartersOf(indicator);
          const annual = parseNumberInput(indicator.target);
          const check = checkQuarterTargets({
            target: annual,
            aggregation: indicator.aggregation,
            quarters: quarters.map(parseNumberInput),
          });
          const changeQuarter = (quarter: number, text: string) =>
            changeIndicator(indicator.key, {
              quarters: quarters.map((value, position) => (position === quarter ? text : value)),
              quartersChosen: true,
            });
          return (
            <div key={indicator.key} className="indicator-row" data-testid="indicator-row">
              <div className="indicator-row__head">
                <span className="indicator-row__title">
                  {t('target.indicator', { number: index + 1 })}
                </span>
                {indicators.length > 1 && (
                  <button
                    type="button"
                    className="button button--ghost button--small"
                    onClick={() =>
                      setIndicators((current) =>
                        current.filter((candidate) => candidate.key !== indicator.key),
                      )
                    }
                  >
                    <Icon name="close" size={16} />
                    <span>{t('target.removeIndicator', { number: index + 1 })}</span>
                  </button>
                )}
              </div>
              <div className="indicator-row__grid">
                <FormField id={`${base}-kind`} label={t('qualitative.kind')}>
                  {(control) => (
                    <select
                      className="select"
                      value={indicator.kind}
                      onChange={(event) =>
                        changeIndicator(indicator.key, {
                          kind: event.target.value as IndicatorKind,
                        })
                      }
                      {...control}
                    >
                      {(['KUANTITATIF', 'KUALITATIF'] as const).map((option) => (
                        <option key={option} value={option}>
                          {t(`qualitative.kind.${option}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </FormField>
                <FormField id={`${base}-aspect`} label={t('target.aspect')}>
                  {(control) => (
                    <select
                      className="select"
                      value={indicator.aspect}
                      onChange={(event) =>
                        changeIndicator(indicator.key, {
                          aspect: event.target.value as IndicatorAspect,
                        })
                      }
                      {...control}
                    >
                      {ASPECTS.map((aspect) => (
                        <option key={aspect} value={aspect}>
                          {t(`aspect.${aspect}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </FormField>
                <FormField
                  id={`${base}-description`}
                  label={t('target.indicatorDescription')}
                  error={descriptionProblem}
                  className="indicator-row__description"
                >
                  {(control) => (
                    <input
                      className="input"
                      value={indicator.description}
                      onChange={(event) =>
                        changeIndicator(indicator.key, { description: event.target.value })
                      }
                      {...control}
                    />
                  )}
                </FormField>
                {qualitative ? (
                  <FormField
                    id={`${base}-narrative-target`}
                    label={t('qualitative.narrativeTarget')}
                    error={narrativeTargetProblem}
                    hint={t('qualitative.narrativeTargetHint')}
                    describeHint
                    className="indicator-row__description"
                  >
                    {(control) => (
                      <textarea
                        className="input textarea"
                        rows={3}
                        maxLength={NARRATIVE_MAX}
                        value={indicator.narrativeTarget}
                        onChange={(event) =>
                          changeIndicator(indicator.key, { narrativeTarget: event.target.value })
                        }
                        {...control}
                      />
                    )}
                  </FormField>
                ) : (
                  <>
                    <FormField
                      id={`${base}-target`}
                      label={t('target.target')}
                      error={targetProblem}
                    >
                      {(control) => (
                        <input
                          className="input"
                          inputMode="decimal"
                          value={indicator.target}
                          onChange={(event) =>
                            changeIndicator(indicator.key, { target: event.target.value })
                          }
                          {...control}
                        />
                      )}
                    </FormField>
                    <FormField id={`${base}-unit`} label={t('target.unit')} error={unitProblem}>
                      {(control) => (
                        <input
                          className="input"
                          value={indicator.unit}
                          placeholder={t('target.unitPlaceholder')}
                          onChange={(event) =>
                            changeIndicator(indicator.key, { unit: event.target.value })
                          }
                          {...control}
                        />
                      )}
                    </FormField>
                    <FormField id={`${base}-direction`} label={t('target.direction')}>
                      {(control) => (
                        <select
                          className="select"
                          value={indicator.direction}
                          onChange={(event) =>
                            changeIndicator(indicator.key, {
                              direction: event.target.value as IndicatorDirection,
                              directionChosen: true,
                            })
                          }
                          {...control}
                        >
                          {(['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'] as const).map((direction) => (
                            <option key={direction} value={direction}>
                              {t(`direction.${direction}`)}
                            </option>
                          ))}
                        </select>
                      )}
                    </FormField>
                  </>
                )}
              </div>
              <fieldset className="quarter-targets" data-testid="quarter-targets">
                <legend className="field__label">
                  {qualitative ? t('qualitative.actionPlans') : t('target.quarters')}
                </legend>
                {!qualitative && (
                  <FormField id={`${base}-aggregation`} label={t('target.aggregation')}>
                    {(control) => (
                      <select
                        className="select"
                        value={indicator.aggregation}
                        onChange={(event) =>
                          changeIndicator(indicator.key, {
                            aggregation: event.target.value as IndicatorAggregation,
                            aggregationChosen: true,
                          })
                        }
                        {...control}
                      >
                        {AGGREGATIONS.map((aggregation) => (
                          <option key={aggregation} value={aggregation}>
                            {t(`aggregation.${aggregation}`)}
                          </option>
                        ))}
                      </select>
                    )}
                  </FormField>
                )}
                <div className="quarter-targets__grid">
                  {QUARTERS.map((quarter, position) => (
                    <div key={quarter} className="quarter-targets__quarter">
                      {!qualitative && (
                        <FormField
                          id={`${base}-${quarter}`}
                          label={t('target.quarterTarget', { period: quarter })}
                        >
                          {(control) => (
                            <input
                              className="input"
                              inputMode="decimal"
                              value={quarters[position]}
                              onChange={(event) => changeQuarter(position, event.target.value)}
                              {...control}
                            />
                          )}
                        </FormField>
                      )}
                      <FormField
                        id={`${base}-${quarter}-plan`}
                        label={t('target.actionPlan', { period: quarter })}
                      >
                        {(control) => (
                          <textarea
                            className="input textarea"
                            rows={2}
                            maxLength={1000}
                            value={indicator.actionPlans[position]}
                            onChange={(event) =>
                              changeIndicator(indicator.key, {
                                actionPlans: indicator.actionPlans.map((text, index) =>
                                  index === position ? event.target.value : text,
                                ),
                              })
                            }
                            {...control}
                          />
                        )}
                      </FormField>
                    </div>
                  ))}
                </div>
                {!qualitative && Number.isFinite(annual) && annual > 0 && (
                  <p
                    className={check.ok ? 'field__hint' : 'field__error'}
                    role="status"
                    data-testid="quarter-check"
                  >
                    {check.ok
                      ? t(`target.quarterMade.${indicator.aggregation}`, {
                          made: check.made ?? '',
                        })
                      : t(`target.quarterMismatch.${indicator.aggregation}`, {
                          made: check.made ?? '–',
                          target: annual,
                        })}
                  </p>
                )}
                {quartersProblem && !(Number.isFinite(annual) && annual > 0 && !check.ok) && (
                  <span className="field__error">{quartersProblem}</span>
                )}
              </fieldset>
            </div>
          );
        })}
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => setIndicators((current) => [...current, newIndicator()])}
        >
          {t('target.addIndicator')}
        </button>
      </fieldset>

      {formError && (
        <div className="alert alert--error" role="alert">
          <Icon name="alert" size={18} />
          <span>{formError}</span>
        </div>
      )}

      <FormActions
        submitLabel={saving ? t('target.saving') : t('target.save')}
        busy={saving}
        onCancel={onCancel}
      />
    </form>
  );
}
