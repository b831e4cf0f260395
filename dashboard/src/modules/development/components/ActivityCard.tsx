import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useAbility } from '../../authz';
import { useI18n } from '../../i18n';
import { Notice } from '../../ui/components/Notice';
import { Icon } from '../../ui/components/Icon';
import { UPDATE_DEVELOPMENT_ACTIVITY } from '../graphql/mutations';
import { formatDay, isOverdue } from '../utils/dates';
import { errorMessage, isStaleVersion } from '../../api/utils/error-messages';
import { activityReason, evaluationLabel, activityTitle } from '../utils/reasons';
import { ActivityEffects } from './ActivityEffects';
import { ActivityProgressForm } from './ActivityProgressForm';
import { CancelActivityDialog } from './CancelActivityDialog';
import { EditActivityForm } from './EditActivityForm';
import type {
  ActivityStatus,
  DevelopmentActivityFieldsFragment,
} from '../../api/generated/graphql';

export const STATUS_BADGE: Record<ActivityStatus, string> = {
  PLANNED: 'badge--plan-draft',
  IN_PROGRESS: 'badge--plan-submitted',
  DONE: 'badge--success',
  CANCELLED: 'badge--muted',
};

export type ActivityViewer = 'self' | 'chain' | 'read';

interface ActivityCardProps {
  activity: DevelopmentActivityFieldsFragment;
  /** The employee records progress; the supervisor chain edits and cancels; others read. */
  viewer: ActivityViewer;
  refetchQueries: string[];
  onReload: () => void;
}

/** One plan item: what, why, when, JP, status, outcome and evidence, and its effect once done. */
export function ActivityCard({ activity, viewer, refetchQueries, onReload }: ActivityCardProps) {
  const { t, locale } = useI18n();
  const ability = useAbility();
  const [editing, setEditing] = useState<null | 'outcome' | 'done' | 'plan'>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditingPlan = useRef(false);
  const [cancelling, setCancelling] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ message: string; stale: boolean } | null>(null);
  const [update, { loading }] = useMutation(UPDATE_DEVELOPMENT_ACTIVITY, {
    refetchQueries,
    awaitRefetchQueries: true,
  });
  const status = activity.status ?? 'PLANNED';
  const open = status === 'PLANNED' || status === 'IN_PROGRESS';
  const title = activityTitle(t, activity);
  // The chain's field rules name reason/JP/due date; the employee's own rules stop at progress.
  const canEditPlan =
    viewer === 'chain' && open && ability.can('update', 'DevelopmentActivity', 'reason');

  // Closing the plan edit puts the keyboard back on the button that opened it.
  useEffect(() => {
    if (editing === 'plan') wasEditingPlan.current = true;
    else if (wasEditingPlan.current) {
      wasEditingPlan.current = false;
      editButton.current?.focus();
    }
  }, [editing]);

  const setStatus = async (next: ActivityStatus) => {
    setFailure(null);
    setSaved(null);
    try {
      await update({
        variables: { id: activity.id, input: { version: activity.version!, status: next } },
      });
      setSaved(t(`development.saved.${next}`));
    } catch (error) {
      setFailure({ message: errorMessage(t, error), stale: isStaleVersion(error) });
    }
  };

  const evaluation = activity.reasonEvaluation;
  const reason = activityReason(t, activity);
  return (
    <li
      className={`activity${activity.required ? ' activity--required' : ''}${status === 'CANCELLED' ? ' activity--cancelled' : ''}`}
      data-testid="activity"
      data-status={status}
    >
      <div className="activity__head">
        <div className="activity__heading">
          <h3 className="activity__title">{title}</h3>
          <div className="activity__tags">
            <span className={`badge ${STATUS_BADGE[status]}`}>
              {t(`development.status.${status}`)}
            </span>
            {activity.kind && <span className="tag">{t(`development.kind.${activity.kind}`)}</span>}
            {activity.required && (
              <span className="tag tag--required" data-testid="required-tag">
                <Icon name="alert" size={14} /> {t('development.required')}
              </span>
            )}
          </div>
        </div>
        <p className="activity__jp" aria-label={t('development.jpOf', { jp: activity.jp ?? 0 })}>
          <strong>{activity.jp ?? 0}</strong> JP
        </p>
      </div>
      {activity.required && open && (
        <p className="activity__required-note small">{t('development.requiredNote')}</p>
      )}
      <dl className="activity__facts">
        {reason && (
          <div>
            <dt>{t('development.reasonLabel')}</dt>
            <dd>
              {reason}
              {evaluation?.cycle &&
                evaluation.period &&
                !reason.includes(evaluationLabel(t, evaluation.cycle.year, evaluation.period)) && (
                  <span className="muted">
                    {' '}
                    ({evaluationLabel(t, evaluation.cycle.year, evaluation.period)})
                  </span>
                )}
            </dd>
          </div>
        )}
        {activity.dueDate && (
          <div>
            <dt>{t('development.dueDate')}</dt>
            <dd>
              {formatDay(activity.dueDate, locale)}
              {open && isOverdue(activity.dueDate) && (
                <span className="badge badge--plan-returned activity__overdue">
                  {t('development.overdue')}
                </span>
              )}
            </dd>
          </div>
        )}
        {activity.program && (
          <div>
            <dt>{t('development.programme')}</dt>
            <dd>
              <span className="mono">{activity.program.code}</span>
              {activity.program.provider && ` · ${activity.program.provider}`}
              {activity.program.mode && ` · ${t(`development.mode.${activity.program.mode}`)}`}
            </dd>
          </div>
        )}
        {activity.completedOn && (
          <div>
            <dt>{t('development.completedOn')}</dt>
            <dd>{formatDay(activity.completedOn, locale)}</dd>
          </div>
        )}
        {activity.outcome && (
          <div>
            <dt>{t('development.outcome')}</dt>
            <dd className="activity__outcome">{activity.outcome}</dd>
          </div>
        )}
        {activity.evidenceUrl && (
          <div>
            <dt>{t('development.evidence')}</dt>
            <dd>
              <a
                className="evidence-link"
                href={activity.evidenceUrl}
                target="_blank"
                rel="noreferrer"
              >
                <Icon name="external" size={14} />
                {t('development.openEvidence')}
                <span className="visually-hidden"> {t('report.newTab')}</span>
              </a>
            </dd>
          </div>
        )}
        {activity.cancelReason && (
          <div>
            <dt>{t('development.cancelReason')}</dt>
            <dd>{activity.cancelReason}</dd>
          </div>
        )}
        {activity.createdBy?.name && (
          <div>
            <dt>{t('development.plannedBy')}</dt>
            <dd>{activity.createdBy.name}</dd>
          </div>
        )}
      </dl>
      {status === 'DONE' && activity.effects && <ActivityEffects effects={activity.effects} />}
      {saved && !failure && <Notice tone="success">{saved}</Notice>}
      {failure && (
        <Notice tone="error" testId="activity-error">
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
      {editing === 'plan' ? (
        <EditActivityForm
          activity={activity}
          refetchQueries={refetchQueries}
          onSaved={() => {
            setSaved(t('development.saved.plan'));
            setEditing(null);
          }}
          onCancel={() => setEditing(null)}
          onReload={onReload}
        />
      ) : editing ? (
        <ActivityProgressForm
          activity={activity}
          status={editing === 'done' ? 'DONE' : undefined}
          refetchQueries={refetchQueries}
          onSaved={() => {
            setSaved(
              editing === 'done' ? t('development.saved.DONE') : t('development.saved.outcome'),
            );
            setEditing(null);
          }}
          onCancel={() => setEditing(null)}
          onReload={onReload}
        />
      ) : (
        viewer !== 'read' &&
        status !== 'CANCELLED' && (
          <div className="activity__actions">
            {viewer === 'self' && status === 'PLANNED' && (
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={loading}
                onClick={() => void setStatus('IN_PROGRESS')}
              >
                {t('development.action.start')}
              </button>
            )}
            {viewer === 'self' && open && (
              <button
                type="button"
                className="button button--primary button--small"
                disabled={loading}
                onClick={() => {
                  setSaved(null);
                  setEditing('done');
                }}
              >
                <Icon name="check" size={16} />
                {t('development.action.markDone')}
              </button>
            )}
            {viewer === 'self' && (
              <button
                type="button"
                className="button button--ghost button--small"
                disabled={loading}
                onClick={() => {
                  setSaved(null);
                  setEditing('outcome');
                }}
              >
                <Icon name="edit" size={16} />
                {t('development.action.outcome')}
              </button>
            )}
            {canEditPlan && (
              <button
                ref={editButton}
                type="button"
                className="button button--secondary button--small"
                aria-label={t('development.action.editNamed', { title })}
                onClick={() => {
                  setSaved(null);
                  setFailure(null);
                  setEditing('plan');
                }}
              >
                <Icon name="edit" size={16} />
                {t('development.action.edit')}
              </button>
            )}
            {viewer === 'chain' && open && (
              <button
                type="button"
                className="button button--ghost button--small"
                onClick={() => setCancelling(true)}
              >
                {t('development.action.cancel')}
              </button>
            )}
          </div>
        )
      )}
      {cancelling && (
        <CancelActivityDialog
          activity={activity}
          refetchQueries={refetchQueries}
          onDone={() => {
            setCancelling(false);
            setSaved(t('development.saved.CANCELLED'));
          }}
          onClose={() => setCancelling(false)}
        />
      )}
    </li>
  );
}
