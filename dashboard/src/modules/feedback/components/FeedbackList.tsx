import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { evaluationErrorMessage } from '../../evaluation/utils/mutation-error';
import { useI18n } from '../../i18n';
import { Notice } from '../../skp/components/Notice';
import { formatDateTime } from '../../skp/utils/format';
import { ACKNOWLEDGE_FEEDBACK } from '../graphql/mutations';
import type { FeedbackItem } from '../types';

/** Received (with acknowledge; unacknowledged highlighted) or sent feedback, newest first. */
export function FeedbackList({
  items,
  direction,
}: {
  items: readonly FeedbackItem[];
  direction: 'received' | 'sent';
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
  item: FeedbackItem;
  direction: 'received' | 'sent';
}) {
  const { t, locale } = useI18n();
  const [acknowledge, state] = useMutation(ACKNOWLEDGE_FEEDBACK, {
    refetchQueries: ['GetReceivedFeedback'],
  });
  const [problem, setProblem] = useState<string | null>(null);
  const pending = direction === 'received' && !item.acknowledgedAt;
  const person = direction === 'received' ? item.author : item.recipient;
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
          {direction === 'received' ? t('feedback.from') : t('feedback.to')}{' '}
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
        ) : direction === 'sent' ? (
          <span className="muted small">{t('feedback.notAcknowledged')}</span>
        ) : (
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={state.loading}
            onClick={() =>
              void acknowledge({ variables: { id: item.id } }).catch((error: unknown) =>
                setProblem(evaluationErrorMessage(t, error)),
              )
            }
          >
            {t('feedback.acknowledge')}
          </button>
        )}
      </div>
      {problem && <Notice tone="error">{problem}</Notice>}
    </li>
  );
}
