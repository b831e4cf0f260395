import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useT } from '../../i18n';
import { SET_BEHAVIOR_EXPECTATION } from '../graphql/mutations';
import type { BehaviorExpectationDetail } from '../types';
import { errorMessage, fieldErrorsOf } from '../../api/utils/error-messages';

/** The evaluator's specific expectation for one BerAKHLAK value, saved on its own. */
export function ExpectationEditor({
  planId,
  expectation,
}: {
  planId: string;
  expectation: BehaviorExpectationDetail;
}) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState(expectation.specificExpectation ?? '');
  const [status, setStatus] = useState<{ saved: boolean; error: string | null }>({
    saved: false,
    error: null,
  });
  const [save, { loading }] = useMutation(SET_BEHAVIOR_EXPECTATION);
  const dirty = text.trim() !== (expectation.specificExpectation ?? '');

  const onSave = async () => {
    try {
      await save({
        variables: {
          planId,
          coreValue: expectation.coreValue!,
          specificExpectation: text.trim() || null,
        },
      });
      setStatus({ saved: true, error: null });
    } catch (error) {
      setStatus({
        saved: false,
        error: fieldErrorsOf(t, error).specificExpectation ?? errorMessage(t, error),
      });
    }
  };

  return (
    <div className="expectation__editor">
      <label className="field__label small" htmlFor={id}>
        {t('skp.specificExpectation')}
      </label>
      <textarea
        id={id}
        className="input textarea"
        rows={2}
        value={text}
        placeholder={t('approval.expectationPlaceholder')}
        onChange={(event) => {
          setText(event.target.value);
          setStatus({ saved: false, error: null });
        }}
        aria-invalid={status.error ? true : undefined}
      />
      <div className="expectation__editor-actions">
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => void onSave()}
          disabled={loading || !dirty}
        >
          {loading ? t('target.saving') : t('approval.saveExpectation')}
        </button>
        <span role="status" className="small">
          {status.saved && !dirty && (
            <span className="text-success">{t('approval.expectationSaved')}</span>
          )}
        </span>
        {status.error && (
          <span className="field__error" role="alert">
            {status.error}
          </span>
        )}
      </div>
    </div>
  );
}
