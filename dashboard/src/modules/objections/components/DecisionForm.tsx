import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { ObjectionDecision, Rating } from '../../api/generated/graphql';
import { ConfirmDialog } from '../../ui/components/ConfirmDialog';
import { PredicatePreview } from '../../evaluation/components/PredicatePreview';
import { RatingSelect } from '../../evaluation/components/RatingSelect';
import { previewPredicate } from '../../evaluation/utils/predicate';
import { useI18n } from '../../i18n';
import { Notice } from '../../ui/components/Notice';
import { errorMessage, fieldErrorsOf } from '../../api/utils/error-messages';
import { jakartaToday } from '../../ui/utils/dates';
import { RECORD_EXTERNAL_DECISION, RESOLVE_OBJECTION } from '../graphql/objections';
import {
  decisionFormProblems,
  type ExternalForm,
  externalFormProblems,
  type FormProblems,
} from '../utils/objections';
import { TextField } from './TextField';

const EMPTY: ExternalForm = {
  decision: '',
  reason: '',
  resultRating: '',
  behaviorRating: '',
  decidedBy: '',
  referenceNumber: '',
  decisionDate: '',
};

/**
 * The decision: REJECTED, or UPHELD with new ratings (the predicate shown as the matrix derives it)
 * and a written reason, behind a confirmation. `external`: HR records the decision of an atasan
 * outside the kecamatan, with who decided, the decree number and its date.
 */
export function DecisionForm({
  objectionId,
  version,
  external,
  onDone,
}: {
  objectionId: string;
  version: number;
  external: boolean;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [form, setForm] = useState<ExternalForm>(EMPTY);
  const [problems, setProblems] = useState<FormProblems>({});
  const [serverFields, setServerFields] = useState<Record<string, string>>({});
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const refetch = {
    refetchQueries: ['GetObjection', 'GetWaitingObjections'],
    awaitRefetchQueries: true,
  };
  const [resolve, resolveState] = useMutation(RESOLVE_OBJECTION, refetch);
  const [record, recordState] = useMutation(RECORD_EXTERNAL_DECISION, refetch);
  const busy = resolveState.loading || recordState.loading;
  const set = <K extends keyof ExternalForm>(key: K, value: ExternalForm[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
    setProblems((current) => ({ ...current, [key]: undefined }));
  };
  const errorOf = (key: keyof ExternalForm) =>
    problems[key] ? t(problems[key]) : serverFields[key];
  const upheld = form.decision === 'UPHELD';
  const predicate = previewPredicate({
    resultRating: form.resultRating || null,
    behaviorRating: form.behaviorRating || null,
  });

  const check = () => {
    const found = external
      ? externalFormProblems(form, jakartaToday())
      : decisionFormProblems(form);
    setProblems(found);
    setFailure(null);
    if (Object.values(found).every((problem) => !problem)) setConfirming(true);
  };
  const submit = async () => {
    const ratings = upheld
      ? { resultRating: form.resultRating as Rating, behaviorRating: form.behaviorRating as Rating }
      : { resultRating: null, behaviorRating: null };
    try {
      if (external)
        await record({
          variables: {
            id: objectionId,
            version,
            input: {
              decision: form.decision as ObjectionDecision,
              reason: form.reason.trim(),
              decidedBy: form.decidedBy.trim(),
              referenceNumber: form.referenceNumber.trim(),
              decisionDate: form.decisionDate,
              ...ratings,
            },
          },
        });
      else
        await resolve({
          variables: {
            id: objectionId,
            version,
            decision: form.decision as ObjectionDecision,
            reason: form.reason.trim(),
            ...ratings,
          },
        });
      setConfirming(false);
      onDone();
    } catch (error) {
      setConfirming(false);
      const fields = fieldErrorsOf(t, error);
      if (Object.keys(fields).length > 0) setServerFields(fields);
      else setFailure(errorMessage(t, error));
    }
  };

  return (
    <section className="card objection-card" data-testid="objection-decision">
      <h2 className="card__title">
        {external ? t('objections.externalTitle') : t('objections.decisionTitle')}
      </h2>
      {external && <p className="small muted">{t('objections.externalHint')}</p>}
      <fieldset className="field segmented-field">
        <legend className="field__label">{t('objections.decision')}</legend>
        <div className="segmented">
          {(['REJECTED', 'UPHELD'] as const).map((decision) => (
            <label key={decision} className="segmented__option">
              <input
                type="radio"
                name="objection-decision"
                value={decision}
                checked={form.decision === decision}
                onChange={() => set('decision', decision)}
              />
              <span>{t(`objections.decision.${decision}`)}</span>
            </label>
          ))}
        </div>
        {problems.decision && <span className="field__error">{t(problems.decision)}</span>}
      </fieldset>
      {upheld && (
        <div className="objection-decision__ratings">
          <RatingSelect
            id="objection-result"
            label={t('objections.newResult')}
            value={form.resultRating}
            onChange={(rating) => set('resultRating', rating)}
            error={errorOf('resultRating')}
          />
          <RatingSelect
            id="objection-behavior"
            label={t('objections.newBehavior')}
            value={form.behaviorRating}
            onChange={(rating) => set('behaviorRating', rating)}
            error={errorOf('behaviorRating')}
          />
          <PredicatePreview resultRating={form.resultRating} behaviorRating={form.behaviorRating} />
        </div>
      )}
      <TextField
        name="decisionReason"
        label={t('objections.decisionReason')}
        value={form.reason}
        onChange={(value) => set('reason', value)}
        error={errorOf('reason')}
      />
      {external && (
        <>
          <TextField
            name="decidedBy"
            multiline={false}
            max={200}
            label={t('objections.decidedBy')}
            value={form.decidedBy}
            onChange={(value) => set('decidedBy', value)}
            error={errorOf('decidedBy')}
          />
          <TextField
            name="referenceNumber"
            multiline={false}
            max={100}
            label={t('objections.referenceNumber')}
            value={form.referenceNumber}
            onChange={(value) => set('referenceNumber', value)}
            error={errorOf('referenceNumber')}
          />
          <TextField
            name="decisionDate"
            multiline={false}
            type="date"
            label={t('objections.decisionDate')}
            value={form.decisionDate}
            onChange={(value) => set('decisionDate', value)}
            error={errorOf('decisionDate')}
          />
        </>
      )}
      {failure && <Notice tone="error">{failure}</Notice>}
      <div className="form-actions">
        <button type="button" className="button button--primary" onClick={check} disabled={busy}>
          {t('objections.submit')}
        </button>
      </div>
      {confirming && (
        <ConfirmDialog
          title={t('objections.confirmTitle')}
          confirmLabel={busy ? t('objections.saving') : t('objections.confirm')}
          busy={busy}
          onConfirm={() => void submit()}
          onCancel={() => setConfirming(false)}
        >
          <p className="small">
            {upheld
              ? t('objections.confirmBody.UPHELD', {
                  predicate: predicate ? t(`predicate.${predicate}`) : '',
                })
              : t('objections.confirmBody.REJECTED')}
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
