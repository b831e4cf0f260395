import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../api/utils/error-messages';
import { useIdempotencyKey } from '../../api/hooks/useIdempotencyKey';
import { useI18n } from '../../i18n';
import { Notice } from '../../ui/components/Notice';
import { formatDateTime } from '../../ui/utils/format';
import { ACKNOWLEDGE_FEEDBACK, REPLY_TO_FEEDBACK } from '../graphql/mutations';
import { FEEDBACK_MAX_LENGTH } from '../types';
import { replyProblem } from '../utils/thread';
import type { FeedbackFieldsFragment } from '../../api/generated/graphql';

/**
 * Received (with acknowledge; unacknowledged highlighted) or sent feedback, newest first; each a
 * thread with its replies and a reply box for its two parties. `observed`: what a member received,
 * as their head reads it (no acknowledging, no replying).
 */
type FeedbackDirection = 'received' | 'sent' | 'observed';

export function FeedbackList({
  items,
  direction,
}: {
  items: readonly FeedbackFieldsFragment[];
  direction: FeedbackDirection;
}) {
  return (
    <ul className="feedback-list" data-testid={`feedback-${direction}`}>
      {items.map((item) => (
        <FeedbackEntry key={item.id} item={item} direction={direction} />
      ))}
    </ul>
  );
}

function FeedbackEntry({
  item,
  direction,
}: {
  item: FeedbackFieldsFragment;
  direction: FeedbackDirection;
}) {
  const { t, locale } = useI18n();
  const [acknowledge, state] = useMutation(ACKNOWLEDGE_FEEDBACK, {
    refetchQueries: ['GetReceivedFeedback'],
  });
  const [problem, setProblem] = useState<string | null>(null);
  const pending = direction === 'received' && !item.acknowledgedAt;
  const person = direction === 'sent' ? item.recipient : item.author;
  return (
    <li
      className={`card feedback-entry${pending ? ' feedback-entry--pending' : ''}`}
      data-testid="feedback-entry"
    >
      <div className="feedback-entry__head">
        {item.kind && (
          <span className={`tag feedback-kind feedback-kind--${item.kind.toLowerCase()}`}>
            {t(`feedbackKind.${item.kind}`)}
          </span>
        )}
        <span className="small">
          {direction === 'sent' ? t('feedback.to') : t('feedback.from')}{' '}
          {person ? (
            <Link to={`/pegawai/${person.id}`}>{person.name ?? t('directory.nameHidden')}</Link>
          ) : (
            '–'
          )}
        </span>
        <span className="muted small">{formatDateTime(item.createdAt, locale)}</span>
      </div>
      {(item.workTarget || item.coreValue) && (
        <p className="small feedback-entry__about">
          {item.workTarget
            ? t('feedback.aboutTarget', { target: item.workTarget.description ?? '' })
            : t('feedback.aboutValue', { value: t(`coreValue.${item.coreValue!}`) })}
        </p>
      )}
      <p className="feedback-entry__text">{item.text}</p>
      <div className="feedback-entry__foot">
        {item.acknowledgedAt ? (
          <span className="muted small">
            {t('feedback.acknowledgedAt', { date: formatDateTime(item.acknowledgedAt, locale) })}
          </span>
        ) : direction !== 'received' ? (
          <span className="muted small">{t('feedback.notAcknowledged')}</span>
        ) : (
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={state.loading}
            onClick={() =>
              void acknowledge({ variables: { id: item.id } }).catch((error: unknown) =>
                setProblem(errorMessage(t, error)),
              )
            }
          >
            {t('feedback.acknowledge')}
          </button>
        )}
      </div>
      {problem && <Notice tone="error">{problem}</Notice>}
      {(item.replies?.length ?? 0) > 0 && (
        <ol
          className="feedback-thread"
          aria-label={t('feedback.replies')}
          data-testid="feedback-replies"
        >
          {item.replies!.map((reply) => (
            <li key={reply.id} className="feedback-thread__reply">
              <p className="small">
                <strong>{reply.author?.name ?? t('directory.nameHidden')}</strong>{' '}
                <span className="muted">{formatDateTime(reply.createdAt, locale)}</span>
              </p>
              <p className="feedback-entry__text">{reply.text}</p>
            </li>
          ))}
        </ol>
      )}
      {direction !== 'observed' && <ReplyBox feedbackId={item.id} />}
    </li>
  );
}

/** A reply in the thread, to the other party; opened on request to keep the list short. */
function ReplyBox({ feedbackId }: { feedbackId: string }) {
  const { t } = useI18n();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submission = useIdempotencyKey();
  const [reply, state] = useMutation(REPLY_TO_FEEDBACK, {
    refetchQueries: ['GetReceivedFeedback', 'GetSentFeedback'],
  });
  if (!open)
    return (
      <button
        type="button"
        className="button button--ghost button--small"
        onClick={() => setOpen(true)}
      >
        {t('feedback.reply.open')}
      </button>
    );
  const send = () => {
    const local = replyProblem(text);
    if (local) {
      setProblem(t(local, { max: FEEDBACK_MAX_LENGTH }));
      return;
    }
    setProblem(null);
    void reply({ variables: { feedbackId, text: text.trim() }, context: submission.context })
      .then(() => {
        submission.renew();
        setText('');
        setOpen(false);
      })
      .catch((error: unknown) => setProblem(errorMessage(t, error)));
  };
  return (
    <div className="feedback-reply">
      <label className="field__label" htmlFor={`${id}-reply`}>
        {t('feedback.reply.label')}
      </label>
      <textarea
        id={`${id}-reply`}
        className="input"
        rows={3}
        maxLength={FEEDBACK_MAX_LENGTH}
        value={text}
        onChange={(event) => setText(event.target.value)}
        aria-invalid={problem ? true : undefined}
      />
      {problem && <Notice tone="error">{problem}</Notice>}
      <div className="form-actions">
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={() => {
            setOpen(false);
            setProblem(null);
          }}
        >
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="button button--primary button--small"
          disabled={state.loading}
          onClick={send}
        >
          {state.loading ? t('feedback.reply.sending') : t('feedback.reply.send')}
        </button>
      </div>
    </div>
  );
}
