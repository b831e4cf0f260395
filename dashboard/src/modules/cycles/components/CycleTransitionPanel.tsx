import { useLazyQuery, useMutation } from '@apollo/client/react';
import { useId, useRef, useState } from 'react';
import { errorMessage, fieldErrorsOf } from '../../api/utils/error-messages';
import type { CycleAdminFieldsFragment, CycleStatus } from '../../api/generated/graphql';
import { isMessageKey, useI18n } from '../../i18n';
import { ErrorState } from '../../ui/components/ErrorState';
import { FormField } from '../../ui/components/FormField';
import { Notice } from '../../ui/components/Notice';
import { Spinner } from '../../ui/components/Spinner';
import { MOVE_CYCLE_STATUS } from '../graphql/mutations';
import { GET_CYCLE_TRANSITION_PREVIEW } from '../graphql/queries';
import {
  canConfirm,
  nextStatusOf,
  type TransitionPreview,
  warningLines,
} from '../utils/cycle-admin';
import { TableScroll } from '../../ui/components/TableScroll';
import { useModalFocus } from '../../ui/hooks/useModalFocus';

const STAGES: readonly CycleStatus[] = ['PLANNING', 'ACTIVE', 'CALIBRATION', 'CLOSED'];

/** The cycle's stages and its next step, confirmed over the API's count of what it will do. */
export function CycleTransitionPanel({ cycle }: { cycle: CycleAdminFieldsFragment }) {
  const { t } = useI18n();
  const id = useId();
  const next = nextStatusOf(cycle.status);
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [loadPreview, preview] = useLazyQuery(GET_CYCLE_TRANSITION_PREVIEW, {
    fetchPolicy: 'network-only',
  });

  const start = () => {
    if (!next) return;
    setNotice(null);
    setOpen(true);
    void loadPreview({ variables: { id: cycle.id, status: next } }).catch(() => undefined);
  };

  return (
    <section
      className="card cycle-admin__card"
      aria-labelledby={`${id}-title`}
      data-testid="cycle-transition"
    >
      <h2 className="card__title" id={`${id}-title`}>
        {t('cycleAdmin.transition.title', { year: cycle.year })}
      </h2>
      <ol className="cycle-admin__track">
        {STAGES.map((status) => (
          <li
            key={status}
            className={`cycle-admin__stage${cycle.status === status ? ' cycle-admin__stage--current' : ''}`}
            aria-current={cycle.status === status ? 'step' : undefined}
          >
            {t(`cycleStatus.${status}`)}
          </li>
        ))}
      </ol>
      {notice && <Notice tone={notice.tone}>{notice.text}</Notice>}
      {next ? (
        <div className="form-actions">
          <button
            type="button"
            className={`button ${next === 'CLOSED' ? 'button--danger' : 'button--primary'}`}
            onClick={start}
          >
            {t('cycleAdmin.transition.move', { status: t(`cycleStatus.${next}`) })}
          </button>
        </div>
      ) : (
        <p className="muted small">{t('cycleAdmin.transition.final')}</p>
      )}
      {open && next && (
        <TransitionDialog
          cycle={cycle}
          to={next}
          loading={preview.loading}
          error={preview.error}
          preview={preview.data?.cycleTransitionPreview ?? null}
          onRetry={() => void preview.refetch()}
          onClose={() => setOpen(false)}
          onMoved={(text) => {
            setOpen(false);
            setNotice({ tone: 'success', text });
          }}
        />
      )}
    </section>
  );
}

function TransitionDialog({
  cycle,
  to,
  loading,
  error,
  preview,
  onRetry,
  onClose,
  onMoved,
}: {
  cycle: CycleAdminFieldsFragment;
  to: CycleStatus;
  loading: boolean;
  error: unknown;
  preview: TransitionPreview | null;
  onRetry: () => void;
  onClose: () => void;
  onMoved: (text: string) => void;
}) {
  const { t } = useI18n();
  const titleId = useId();
  const reasonId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [move, moving] = useMutation(MOVE_CYCLE_STATUS, {
    refetchQueries: ['GetCycles', 'GetCyclesAdmin'],
  });
  const statusLabel = t(`cycleStatus.${to}`);

  const dialogRef = useRef<HTMLDivElement>(null);
  useModalFocus(dialogRef, onClose, cancelRef);

  const confirm = async () => {
    if (!preview) return;
    setFailure(null);
    setReasonError(null);
    try {
      await move({ variables: { id: cycle.id, status: to, reason: reason.trim() || null } });
      onMoved(t('cycleAdmin.transition.moved', { year: cycle.year, status: statusLabel }));
    } catch (caught) {
      const fields = fieldErrorsOf(t, caught);
      if (fields.reason) setReasonError(fields.reason);
      else setFailure(errorMessage(t, caught));
    }
  };

  const refusal = (reasonCode: string | null) => {
    const key = `reason.${reasonCode ?? ''}`;
    return isMessageKey(key) ? t(key) : t('cycleAdmin.transition.notAllowed');
  };

  return (
    <div className="cycle-dialog__backdrop">
      <div
        ref={dialogRef}
        className="cycle-dialog card"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid="transition-dialog"
      >
        <h2 className="card__title" id={titleId}>
          {t('cycleAdmin.transition.confirmTitle', { year: cycle.year, status: statusLabel })}
        </h2>
        {loading && !preview ? (
          <p>
            <Spinner label={t('cycleAdmin.transition.checking')} />
          </p>
        ) : error && !preview ? (
          <ErrorState error={error} onRetry={onRetry} />
        ) : preview ? (
          <>
            {!preview.allowed && (
              <Notice tone="error" testId="transition-refused">
                {refusal(preview.refusalReason)}
                {preview.requiredRoles.length > 0 &&
                  ` ${t('cycleAdmin.transition.requiredRoles', {
                    roles: preview.requiredRoles
                      .map((role) => {
                        const key = `cycleAdmin.role.${role}`;
                        return isMessageKey(key) ? t(key) : role;
                      })
                      .join(', '),
                  })}`}
              </Notice>
            )}
            <div>
              <h3 className="small">{t('cycleAdmin.transition.effects')}</h3>
              <ul className="cycle-admin__list" data-testid="transition-effects">
                {preview.effects.map((effect) => (
                  <li key={effect}>{t(`cycleAdmin.effect.${effect}`)}</li>
                ))}
              </ul>
            </div>
            <div>
              <h3 className="small">{t('cycleAdmin.transition.outstanding')}</h3>
              {preview.warnings.length === 0 ? (
                <p className="muted small">{t('cycleAdmin.transition.nothingOutstanding')}</p>
              ) : (
                <ul className="cycle-admin__list" data-testid="transition-warnings">
                  {warningLines(preview).map((line) => (
                    <li key={`${line.key}-${line.params.period ?? ''}`}>
                      {t(line.key, {
                        count: line.params.count,
                        period: line.params.period ? t(`period.${line.params.period}`) : '',
                      })}
                    </li>
                  ))}
                </ul>
              )}
            </div>
            {preview.failingCurveRules.length > 0 && (
              <div>
                <h3 className="small">{t('cycleAdmin.transition.failingRules')}</h3>
                <ul className="cycle-admin__list small">
                  {preview.failingCurveRules.map((rule) => (
                    <li key={rule}>{rule}</li>
                  ))}
                </ul>
              </div>
            )}
            <details>
              <summary>{t('cycleAdmin.transition.counts')}</summary>
              <CountsTables preview={preview} />
            </details>
            {preview.allowed && to === 'CLOSED' && (
              <FormField
                id={reasonId}
                label={t('cycleAdmin.transition.reason')}
                hint={t('cycleAdmin.transition.reasonHint')}
                error={reasonError ?? undefined}
              >
                {(control) => (
                  <textarea
                    {...control}
                    className="input textarea"
                    rows={3}
                    required={preview.reasonRequired}
                    value={reason}
                    onChange={(event) => {
                      setReason(event.target.value);
                      setReasonError(null);
                    }}
                  />
                )}
              </FormField>
            )}
          </>
        ) : null}
        {failure && <Notice tone="error">{failure}</Notice>}
        <div className="form-actions">
          {preview?.allowed && (
            <button
              type="button"
              className={`button ${to === 'CLOSED' ? 'button--danger' : 'button--primary'}`}
              onClick={() => void confirm()}
              disabled={moving.loading || !canConfirm(preview, reason)}
              aria-busy={moving.loading}
            >
              {t('cycleAdmin.transition.confirm', { status: statusLabel })}
            </button>
          )}
          <button
            ref={cancelRef}
            type="button"
            className="button button--ghost"
            onClick={onClose}
            disabled={moving.loading}
          >
            {t('common.cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}

function CountsTables({ preview }: { preview: TransitionPreview }) {
  const { t } = useI18n();
  const planKeys = ['draft', 'submitted', 'returned', 'approved', 'withoutPlan'] as const;
  return (
    <TableScroll label={t('cycleAdmin.transition.counts')}>
      <table className="table table--compact" data-testid="transition-plans">
        <thead>
          <tr>
            {planKeys.map((key) => (
              <th key={key} scope="col" className="table__number">
                {t(`cycleAdmin.plans.${key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {planKeys.map((key) => (
              <td key={key} className="table__number">
                {preview.plans[key]}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      <table className="table table--compact" data-testid="transition-evaluations">
        <thead>
          <tr>
            <th scope="col">{t('cycleAdmin.evaluations.period')}</th>
            <th scope="col" className="table__number">
              {t('cycleAdmin.evaluations.missing')}
            </th>
            <th scope="col" className="table__number">
              {t('cycleAdmin.evaluations.draft')}
            </th>
            <th scope="col" className="table__number">
              {t('cycleAdmin.evaluations.final')}
            </th>
          </tr>
        </thead>
        <tbody>
          {preview.evaluations.map((row) => (
            <tr key={row.period}>
              <th scope="row">{t(`period.${row.period}`)}</th>
              <td className="table__number">{row.missing}</td>
              <td className="table__number">{row.draft}</td>
              <td className="table__number">{row.final}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
