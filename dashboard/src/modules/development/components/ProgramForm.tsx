import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../i18n';
import { useIdempotencyKey } from '../../api/hooks/useIdempotencyKey';
import { Notice } from '../../ui/components/Notice';
import { FormActions } from '../../ui/components/FormActions';
import { FormField } from '../../ui/components/FormField';
import { CREATE_TRAINING_PROGRAM, UPDATE_TRAINING_PROGRAM } from '../graphql/mutations';
import { ASPECTS, CORE_VALUES, TRAINING_MODES } from '../types';
import {
  errorMessage,
  fieldErrorsOf,
  isStaleVersion,
  problemText,
  type FieldErrors,
} from '../../api/utils/error-messages';
import type {
  CoreValue,
  IndicatorAspect,
  TrainingMode,
  TrainingProgramFieldsFragment,
} from '../../api/generated/graphql';

/** The API's bound on a programme's hours (MAX_PROGRAM_JP). */
const MAX_PROGRAM_JP = 200;

interface ProgramFormProps {
  /** The programme to edit (its version is sent back), or none to create one. */
  program: TrainingProgramFieldsFragment | null;
  onSaved: (program: TrainingProgramFieldsFragment) => void;
  onCancel: () => void;
  onReload: () => void;
}

const toggle = <T,>(list: readonly T[], item: T): T[] =>
  list.includes(item) ? list.filter((entry) => entry !== item) : [...list, item];

/** Create or edit a catalogue programme (HR). */
export function ProgramForm({ program, onSaved, onCancel, onReload }: ProgramFormProps) {
  const t = useT();
  const id = useId();
  const [code, setCode] = useState(program?.code ?? '');
  const [title, setTitle] = useState(program?.title ?? '');
  const [description, setDescription] = useState(program?.description ?? '');
  const [hours, setHours] = useState(program?.hours != null ? String(program.hours) : '');
  const [mode, setMode] = useState<TrainingMode>(program?.mode ?? 'CLASSROOM');
  const [provider, setProvider] = useState(program?.provider ?? '');
  const [coreValues, setCoreValues] = useState<CoreValue[]>(
    program?.competencies?.coreValues ?? [],
  );
  const [aspects, setAspects] = useState<IndicatorAspect[]>(program?.competencies?.aspects ?? []);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<{ message: string; stale: boolean } | null>(null);
  const submission = useIdempotencyKey();
  const [create, createState] = useMutation(CREATE_TRAINING_PROGRAM, {
    refetchQueries: ['TrainingPrograms'],
    awaitRefetchQueries: true,
  });
  const [update, updateState] = useMutation(UPDATE_TRAINING_PROGRAM);
  const loading = createState.loading || updateState.loading;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const hoursNumber = Number(hours);
    if (hours.trim() === '' || !Number.isInteger(hoursNumber)) {
      setErrors({
        hours: problemText(t, {
          reason: 'WHOLE_NUMBER_RANGE',
          params: { min: 1, max: MAX_PROGRAM_JP },
        }),
      });
      return;
    }
    const fields = {
      code: code.trim().toUpperCase(),
      title: title.trim(),
      description: description.trim(),
      hours: hoursNumber,
      mode,
      provider: provider.trim(),
      competencies: {
        coreValues: CORE_VALUES.filter((value) => coreValues.includes(value)),
        aspects: ASPECTS.filter((aspect) => aspects.includes(aspect)),
      },
    };
    try {
      if (program) {
        const result = await update({
          variables: { id: program.id, input: { ...fields, version: program.version! } },
        });
        if (result.data) onSaved(result.data.updateTrainingProgram);
      } else {
        const result = await create({ variables: { input: fields }, context: submission.context });
        submission.renew();
        if (result.data) onSaved(result.data.createTrainingProgram);
      }
      setErrors({});
    } catch (error) {
      const problems = fieldErrorsOf(t, error);
      setErrors(problems);
      setFailure(
        Object.keys(problems).length > 0
          ? null
          : { message: errorMessage(t, error), stale: isStaleVersion(error) },
      );
    }
  };

  const message = (field: string): string | undefined => errors[field];
  const competenciesError = message('competencies');
  const text = (
    field: 'code' | 'title' | 'provider',
    value: string,
    set: (value: string) => void,
    extra: object = {},
  ) => (
    <FormField
      id={`${id}-${field}`}
      label={t(`development.program.${field}`)}
      error={message(field)}
      className={field === 'title' ? 'program-form__wide' : undefined}
    >
      {(control) => (
        <input
          className="input"
          value={value}
          onChange={(event) => set(event.target.value)}
          {...extra}
          {...control}
        />
      )}
    </FormField>
  );

  return (
    <form
      className="card program-form"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-labelledby={`${id}-heading`}
      data-testid="program-form"
    >
      <h2 className="card__title" id={`${id}-heading`}>
        {program
          ? t('development.program.editTitle', { code: program.code ?? '' })
          : t('development.program.createTitle')}
      </h2>
      <div className="program-form__grid">
        {text('code', code, setCode, { placeholder: 'PLT-KOM-01', autoCapitalize: 'characters' })}
        {text('title', title, setTitle)}
        <FormField
          id={`${id}-description`}
          label={t('development.program.description')}
          error={message('description')}
          className="program-form__wide"
        >
          {(control) => (
            <textarea
              className="input textarea"
              rows={3}
              value={description}
              onChange={(event) => setDescription(event.target.value)}
              {...control}
            />
          )}
        </FormField>
        <FormField
          id={`${id}-hours`}
          label={t('development.program.hours')}
          error={message('hours')}
          hint={t('development.program.hoursHint')}
        >
          {(control) => (
            <input
              className="input"
              inputMode="numeric"
              value={hours}
              onChange={(event) => setHours(event.target.value)}
              {...control}
            />
          )}
        </FormField>
        <FormField id={`${id}-mode`} label={t('development.program.mode')}>
          {(control) => (
            <select
              className="select"
              value={mode}
              onChange={(event) => setMode(event.target.value as TrainingMode)}
              {...control}
            >
              {TRAINING_MODES.map((option) => (
                <option key={option} value={option}>
                  {t(`development.mode.${option}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {text('provider', provider, setProvider)}
      </div>
      <fieldset
        className="fieldset program-form__competencies"
        aria-describedby={competenciesError ? `${id}-competencies-error` : undefined}
      >
        <legend className="field__label">{t('development.program.competencies')}</legend>
        <p className="field__hint">{t('development.program.competenciesHint')}</p>
        <div className="checkbox-grid">
          {CORE_VALUES.map((value) => (
            <label key={value} className="checkbox-inline">
              <input
                type="checkbox"
                checked={coreValues.includes(value)}
                onChange={() => setCoreValues((current) => toggle(current, value))}
              />{' '}
              {t(`coreValue.${value}`)}
            </label>
          ))}
        </div>
        <div className="checkbox-grid">
          {ASPECTS.map((aspect) => (
            <label key={aspect} className="checkbox-inline">
              <input
                type="checkbox"
                checked={aspects.includes(aspect)}
                onChange={() => setAspects((current) => toggle(current, aspect))}
              />{' '}
              {t('development.program.aspect', { aspect: t(`aspect.${aspect}`) })}
            </label>
          ))}
        </div>
        {competenciesError && (
          <span className="field__error" id={`${id}-competencies-error`}>
            {competenciesError}
          </span>
        )}
      </fieldset>
      {failure && (
        <Notice tone="error" testId="program-error">
          {failure.message}
          {failure.stale && (
            <>
              {' '}
              <button
                type="button"
                className="button button--small button--secondary"
                onClick={onReload}
              >
                {t('development.reload')}
              </button>
            </>
          )}
        </Notice>
      )}
      <FormActions
        submitLabel={program ? t('development.program.save') : t('development.program.create')}
        busy={loading}
        onCancel={onCancel}
      />
    </form>
  );
}
