import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import type { CoreValue, FeedbackKind, SupervisorRefFragment } from '../../api/generated/graphql';
import {
  errorMessage,
  fieldErrorsOf,
  problemText,
  type FieldErrors,
} from '../../api/utils/error-messages';
import { errorProps } from '../../api/utils/field-errors';
import { useI18n } from '../../i18n';
import { Notice } from '../../ui/components/Notice';
import { CORE_VALUES } from '../../skp/types';
import { FormField } from '../../ui/components/FormField';
import { useDebouncedValue } from '../../ui/hooks/useDebouncedValue';
import { GIVE_FEEDBACK } from '../graphql/mutations';
import { GET_MY_SUPERVISORS, GET_RECIPIENT_TARGETS, SEARCH_RECIPIENTS } from '../graphql/queries';
import { supervisorChain } from '../utils/thread';
import { FEEDBACK_KINDS, FEEDBACK_MAX_LENGTH } from '../types';
import { MAX_SEARCH_LENGTH } from '../../ui/utils/search-limits';
import { useIdempotencyKey } from '../../api/hooks/useIdempotencyKey';

type About = 'none' | 'target' | 'value';

/** Write feedback: recipient (search), kind, optionally an RHK of theirs or a BerAKHLAK value. */
export function FeedbackComposer({
  cycleId,
  myEmployeeId,
  onSent,
  to = null,
}: {
  cycleId: string | null;
  myEmployeeId: string;
  onSent: () => void;
  /** A recipient chosen beforehand (a member's page). */
  to?: SupervisorRefFragment | null;
}) {
  const { t } = useI18n();
  const id = useId();
  const [search, setSearch] = useState('');
  const [recipient, setRecipient] = useState<SupervisorRefFragment | null>(to);
  const [kind, setKind] = useState<FeedbackKind>('PRAISE');
  const [about, setAbout] = useState<About>('none');
  const [workTargetId, setWorkTargetId] = useState('');
  const [coreValue, setCoreValue] = useState<CoreValue | ''>('');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const debounced = useDebouncedValue(search.trim(), 250);
  const results = useQuery(SEARCH_RECIPIENTS, {
    variables: { search: debounced },
    skip: debounced.length < 2 || recipient !== null,
  });
  const targets = useQuery(GET_RECIPIENT_TARGETS, {
    variables: { cycleId: cycleId ?? '', employeeId: recipient?.id ?? '' },
    skip: !recipient || !cycleId,
    errorPolicy: 'all',
  });
  const workTargets = targets.data?.performancePlans.edges[0]?.node.workTargets ?? [];
  const [give, giveState] = useMutation(GIVE_FEEDBACK, {
    refetchQueries: ['GetSentFeedback'],
  });
  const submission = useIdempotencyKey();
  // Upward feedback: the viewer's supervisors, one click each.
  const chain = useQuery(GET_MY_SUPERVISORS, { errorPolicy: 'all' });
  const supervisors = supervisorChain(chain.data?.me.employee?.supervisor);
  const candidates = (results.data?.employees.edges ?? [])
    .map(({ node }) => node)
    .filter((person) => person.id !== myEmployeeId);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const local: FieldErrors = {};
    if (!recipient) local.recipientId = t('feedback.error.recipient');
    if (!text.trim())
      local.text = problemText(t, {
        reason: 'LENGTH',
        params: { min: 1, max: FEEDBACK_MAX_LENGTH },
      });
    if (about === 'target' && !workTargetId) local.workTargetId = t('feedback.error.target');
    if (about === 'value' && !coreValue) local.coreValue = t('feedback.error.value');
    setErrors(local);
    if (Object.keys(local).length > 0 || !recipient) return;
    try {
      await give({
        variables: {
          input: {
            recipientId: recipient.id,
            kind,
            text: text.trim(),
            workTargetId: about === 'target' ? workTargetId : null,
            coreValue: about === 'value' ? coreValue || null : null,
          },
        },
        context: submission.context,
      });
      submission.renew();
      setText('');
      setAbout('none');
      setWorkTargetId('');
      setCoreValue('');
      onSent();
    } catch (error) {
      const fields = fieldErrorsOf(t, error);
      setErrors(fields);
      setProblem(
        Object.keys(fields).length > 0 ? t('skp.error.checkFields') : errorMessage(t, error),
      );
    }
  };

  return (
    <form className="card feedback-composer" onSubmit={(event) => void onSubmit(event)} noValidate>
      <h2 className="card__title">{t('feedback.compose')}</h2>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-recipient`}>
          {t('feedback.recipient')}
        </label>
        {recipient ? (
          <div className="chosen-recipient" data-testid="chosen-recipient">
            <span>
              <strong>{recipient.name}</strong>
              {recipient.position && (
                <span className="muted small"> · {recipient.position.title}</span>
              )}
            </span>
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() => {
                setRecipient(null);
                setWorkTargetId('');
                if (about === 'target') setAbout('none');
              }}
            >
              {t('feedback.changeRecipient')}
            </button>
          </div>
        ) : (
          <>
            <input
              id={`${id}-recipient`}
              className="input"
              type="search"
              maxLength={MAX_SEARCH_LENGTH}
              autoComplete="off"
              placeholder={t('feedback.recipientPlaceholder')}
              value={search}
              onChange={(event) => setSearch(event.target.value)}
              {...errorProps(`${id}-recipient`, errors.recipientId)}
            />
            {supervisors.length > 0 && (
              <div className="chip-row" data-testid="supervisor-recipients">
                <span className="muted small">{t('feedback.mySupervisors')}</span>
                {supervisors.map((person) => (
                  <button
                    key={person.id}
                    type="button"
                    className="button button--ghost button--small"
                    onClick={() => {
                      setRecipient(person);
                      setErrors((current) => ({ ...current, recipientId: '' }));
                    }}
                  >
                    {person.name}
                    {person.position && (
                      <span className="muted small"> · {person.position.title}</span>
                    )}
                  </button>
                ))}
              </div>
            )}
            {debounced.length >= 2 && (
              <ul className="recipient-results" aria-label={t('feedback.recipientResults')}>
                {results.loading && <li className="muted small">{t('common.loading')}</li>}
                {!results.loading && candidates.length === 0 && (
                  <li className="muted small">{t('feedback.noRecipients')}</li>
                )}
                {candidates.map((person) => (
                  <li key={person.id}>
                    <button
                      type="button"
                      className="recipient-results__option"
                      onClick={() => {
                        setRecipient(person);
                        setErrors((current) => ({ ...current, recipientId: '' }));
                      }}
                    >
                      <span>{person.name}</span>
                      <span className="muted small">
                        {[person.position?.title, person.unit?.name].filter(Boolean).join(' · ')}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
        {errors.recipientId && (
          <span className="field__error" id={`${id}-recipient-error`}>
            {errors.recipientId}
          </span>
        )}
      </div>

      <fieldset className="field fieldset">
        <legend className="field__label">{t('feedback.kind')}</legend>
        <div className="segmented">
          {FEEDBACK_KINDS.map((option) => (
            <label key={option} className="segmented__option">
              <input
                type="radio"
                name={`${id}-kind`}
                value={option}
                checked={kind === option}
                onChange={() => setKind(option)}
              />
              <span>{t(`feedbackKind.${option}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <div className="feedback-composer__about">
        <FormField
          id={`${id}-about`}
          label={t('feedback.about')}
          hint={
            recipient && !targets.loading && workTargets.length === 0
              ? t('feedback.noTargets')
              : undefined
          }
        >
          {(control) => (
            <select
              className="select"
              value={about}
              onChange={(event) => setAbout(event.target.value as About)}
              {...control}
            >
              <option value="none">{t('feedback.aboutNone')}</option>
              <option value="target" disabled={!recipient || workTargets.length === 0}>
                {t('feedback.aboutTargetOption')}
              </option>
              <option value="value">{t('feedback.aboutValueOption')}</option>
            </select>
          )}
        </FormField>
        {about === 'target' && (
          <FormField id={`${id}-target`} label={t('feedback.target')} error={errors.workTargetId}>
            {(control) => (
              <select
                className="select"
                value={workTargetId}
                onChange={(event) => setWorkTargetId(event.target.value)}
                {...control}
              >
                <option value="">{t('feedback.chooseTarget')}</option>
                {workTargets.map((target) => (
                  <option key={target.id} value={target.id}>
                    {target.description}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
        {about === 'value' && (
          <FormField id={`${id}-value`} label={t('feedback.value')} error={errors.coreValue}>
            {(control) => (
              <select
                className="select"
                value={coreValue}
                onChange={(event) => setCoreValue(event.target.value as CoreValue | '')}
                {...control}
              >
                <option value="">{t('feedback.chooseValue')}</option>
                {CORE_VALUES.map((value) => (
                  <option key={value} value={value}>
                    {t(`coreValue.${value}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
      </div>

      <div className="field">
        <label className="field__label" htmlFor={`${id}-text`}>
          {t('feedback.text')}
        </label>
        <textarea
          id={`${id}-text`}
          className="input textarea"
          rows={4}
          maxLength={FEEDBACK_MAX_LENGTH}
          value={text}
          onChange={(event) => setText(event.target.value)}
          {...errorProps(`${id}-text`, errors.text)}
        />
        <span
          className={`field__hint counter${text.length >= FEEDBACK_MAX_LENGTH ? ' counter--full' : ''}`}
          aria-live="polite"
        >
          {t('common.counter', { count: text.length, max: FEEDBACK_MAX_LENGTH })}
        </span>
        {errors.text && (
          <span className="field__error" id={`${id}-text-error`}>
            {errors.text}
          </span>
        )}
      </div>
      {problem && <Notice tone="error">{problem}</Notice>}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={giveState.loading}>
          {giveState.loading ? t('feedback.sending') : t('feedback.send')}
        </button>
      </div>
    </form>
  );
}
