import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { errorMessage, fieldErrorsOf } from '../../api/utils/error-messages';
import type { CycleStatus } from '../../api/generated/graphql';
import { curveRuleText } from '../../calibration/utils/curve-rule-text';
import { ConfirmDialog } from '../../ui/components/ConfirmDialog';
import { TableScroll } from '../../ui/components/TableScroll';
import { isMessageKey, useI18n } from '../../i18n';
import { formatPercent } from '../../skp/utils/achievement';
import { ErrorState } from '../../ui/components/ErrorState';
import { FormField } from '../../ui/components/FormField';
import { Notice } from '../../ui/components/Notice';
import { Spinner } from '../../ui/components/Spinner';
import { MOVE_CYCLE_STATUS } from '../graphql/mutations';
import { GET_CYCLE_TRANSITION_PREVIEW } from '../graphql/queries';
import { canConfirm, type TransitionPreview, warningLines } from '../utils/cycle-admin';

/**
 * The one confirmation of a cycle status change (HR's cycle page, the Camat's calibration page):
 * what the step opens or freezes and how many SKP and evaluations it catches, counted by the API
 * now; closing with failing curve rules takes the Camat's written reason.
 */
export function CycleTransitionDialog({
  cycle,
  to,
  onClose,
  onMoved,
}: {
  cycle: { id: string; year: number };
  to: CycleStatus;
  onClose: () => void;
  onMoved: (text: string) => void;
}) {
  const { t, locale } = useI18n();
  const reasonId = useId();
  const preview = useQuery(GET_CYCLE_TRANSITION_PREVIEW, {
    variables: { id: cycle.id, status: to },
    fetchPolicy: 'network-only',
  });
  const data: TransitionPreview | null = preview.data?.cycleTransitionPreview ?? null;
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [move, moving] = useMutation(MOVE_CYCLE_STATUS, {
    refetchQueries: ['GetCycles', 'GetCyclesAdmin', 'GetDistributionCheck'],
  });
  const statusLabel = t(`cycleStatus.${to}`);

  const confirm = async () => {
    if (!data) return;
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
    <ConfirmDialog
      title={t('cycleAdmin.transition.confirmTitle', { year: cycle.year, status: statusLabel })}
      confirmLabel={t('cycleAdmin.transition.confirm', { status: statusLabel })}
      tone={to === 'CLOSED' ? 'danger' : 'primary'}
      busy={moving.loading}
      // Hidden while counting and when the step is refused; waiting for a required reason.
      confirmDisabled={data?.allowed ? !canConfirm(data, reason) : null}
      onConfirm={() => void confirm()}
      onCancel={onClose}
      testId="transition-dialog"
    >
      {preview.loading && !data ? (
        <p>
          <Spinner label={t('cycleAdmin.transition.checking')} />
        </p>
      ) : preview.error && !data ? (
        <ErrorState error={preview.error} onRetry={() => void preview.refetch()} />
      ) : data ? (
        <>
          {!data.allowed && (
            <Notice tone="error" testId="transition-refused">
              {refusal(data.refusalReason)}
              {data.requiredRoles.length > 0 &&
                ` ${t('cycleAdmin.transition.requiredRoles', {
                  roles: data.requiredRoles
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
              {data.effects.map((effect) => (
                <li key={effect}>{t(`cycleAdmin.effect.${effect}`)}</li>
              ))}
            </ul>
          </div>
          <div>
            <h3 className="small">{t('cycleAdmin.transition.outstanding')}</h3>
            {data.warnings.length === 0 ? (
              <p className="muted small">{t('cycleAdmin.transition.nothingOutstanding')}</p>
            ) : (
              <ul className="cycle-admin__list" data-testid="transition-warnings">
                {warningLines(data).map((line) => (
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
          {data.failingCurveChecks.length > 0 && (
            <div>
              <h3 className="small">{t('cycleAdmin.transition.failingRules')}</h3>
              <ul className="cycle-admin__list small" data-testid="transition-failing-rules">
                {data.failingCurveChecks.map((check) => (
                  <li key={`${check.unitId}-${check.rule}`}>
                    {t('cycleAdmin.transition.failingRule', {
                      unit: check.unitName,
                      rule: curveRuleText(t, check),
                      count: check.count,
                      total: check.total,
                      percent: formatPercent(check.actualPercent, locale),
                      predicate: t(`organizationPredicate.${check.organizationPredicate}`),
                    })}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <details>
            <summary>{t('cycleAdmin.transition.counts')}</summary>
            <CountsTables preview={data} />
          </details>
          {data.allowed && to === 'CLOSED' && (
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
                  required={data.reasonRequired}
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
    </ConfirmDialog>
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
