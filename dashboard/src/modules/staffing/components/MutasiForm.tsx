import { useMutation, useQuery } from '@apollo/client/react';
import { useIdempotencyKey } from '../../api/hooks/useIdempotencyKey';
import { useId, useState, type FormEvent } from 'react';
import { errorMessage, fieldErrorsOf } from '../../api/utils/error-messages';
import { useI18n } from '../../i18n';
import { ranksFor } from '../../accounts/utils/ranks';
import { FormField } from '../../ui/components/FormField';
import { Notice } from '../../ui/components/Notice';
import { formatDay, jakartaToday } from '../../ui/utils/dates';
import { MOVE_EMPLOYEE } from '../graphql/mutations';
import { GET_MUTASI_CHOICES } from '../graphql/queries';
import { DecreeFields } from './DecreeFields';
import '../styles/staffing.css';

interface MutasiFormProps {
  employeeId: string;
  version: number;
  onSaved: () => void;
}

/** HR's mutasi form: a dry run shows what will happen, then HR confirms. */
export function MutasiForm({ employeeId, version, onSaved }: MutasiFormProps) {
  const { t, locale } = useI18n();
  const id = useId();
  const { data: choices } = useQuery(GET_MUTASI_CHOICES, { variables: { employeeId } });
  const [unitId, setUnitId] = useState('');
  const [positionId, setPositionId] = useState('');
  const [rank, setRank] = useState('');
  const [tmt, setTmt] = useState('');
  // A mutasi is recorded on or after its TMT (the SK usually arrives earlier): the form says so.
  const today = jakartaToday();
  const [decreeNumber, setDecreeNumber] = useState('');
  const submission = useIdempotencyKey();
  const [move, { data, error, loading, reset }] = useMutation(MOVE_EMPLOYEE);
  const [saved, setSaved] = useState(false);
  const fieldErrors = fieldErrorsOf(t, error);
  const preview = data?.moveEmployee.dryRun ? data.moveEmployee : null;

  const input = {
    employeeId,
    version,
    tmt,
    decreeNumber,
    unitId: unitId || null,
    positionId: positionId || null,
    rank: rank || null,
  };
  // The jabatan of the unit the employee will be in, and the titles every unit shares.
  const targetUnitId = unitId || choices?.employee?.unit?.id;
  const positions = (choices?.positions ?? []).filter(
    (position) =>
      (!position.unit || position.unit.id === targetUnitId) &&
      position.id !== choices?.employee?.position?.id,
  );
  const ranks = ranksFor(choices?.ranks, choices?.employee?.employmentType ?? '');
  const run = async (dryRun: boolean) => {
    setSaved(false);
    try {
      // The preview writes nothing; the recording carries the submission's key.
      const result = await move({
        variables: { input, dryRun },
        ...(dryRun ? {} : { context: submission.context }),
      });
      if (!dryRun && result.data) {
        submission.renew();
        reset();
        // Saved: the next mutasi starts from an empty form (the employee's new state is "tetap").
        setUnitId('');
        setPositionId('');
        setRank('');
        setTmt('');
        setDecreeNumber('');
        setSaved(true);
        onSaved();
      }
    } catch {
      // Shown below from `error`.
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run(true);
  };

  return (
    <section className="staffing-subsection" aria-labelledby={`${id}-title`}>
      <h3 className="card__title" id={`${id}-title`}>
        {t('staffing.mutasi.title')}
      </h3>
      {saved && <Notice tone="success">{t('staffing.mutasi.saved')}</Notice>}
      <form className="staffing-form" onSubmit={onSubmit} noValidate>
        <FormField id={`${id}-unit`} label={t('staffing.mutasi.unit')} error={fieldErrors.unitId}>
          {(control) => (
            <select
              {...control}
              className="select"
              value={unitId}
              onChange={(e) => setUnitId(e.target.value)}
            >
              <option value="">{t('staffing.mutasi.sameUnit')}</option>
              {(choices?.orgUnits ?? []).map((unit) => (
                <option key={unit.id} value={unit.id}>
                  {unit.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          id={`${id}-position`}
          label={t('staffing.mutasi.position')}
          error={fieldErrors.positionId}
        >
          {(control) => (
            <select
              {...control}
              className="select"
              value={positionId}
              onChange={(e) => setPositionId(e.target.value)}
            >
              <option value="">{t('staffing.mutasi.sameUnit')}</option>
              {positions.map((position) => (
                <option key={position.id} value={position.id}>
                  {position.title}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id={`${id}-rank`} label={t('staffing.mutasi.rank')} error={fieldErrors.rank}>
          {(control) => (
            <select
              {...control}
              className="select"
              value={rank}
              onChange={(e) => setRank(e.target.value)}
            >
              <option value="">{t('staffing.mutasi.sameUnit')}</option>
              {ranks.map((value) => (
                <option key={value} value={value}>
                  {value}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <DecreeFields
          date={{
            id: `${id}-tmt`,
            label: t('staffing.mutasi.tmt'),
            value: tmt,
            onChange: setTmt,
            error: fieldErrors.tmt,
            hint: t('staffing.mutasi.tmtHint', { today: formatDay(today, locale) }),
            max: today,
            className: 'staffing-form__wide',
          }}
          decree={{
            id: `${id}-decree`,
            label: t('staffing.mutasi.decree'),
            value: decreeNumber,
            onChange: setDecreeNumber,
            error: fieldErrors.decreeNumber,
          }}
        />
        {error && Object.keys(fieldErrors).length === 0 && (
          <Notice tone="error">{errorMessage(t, error)}</Notice>
        )}
        <div className="form-actions">
          <button type="submit" className="button button--secondary" disabled={loading}>
            {t('staffing.mutasi.preview')}
          </button>
        </div>
      </form>
      {preview && (
        <div className="staffing-preview">
          <Notice tone="info">
            <strong>{t('staffing.mutasi.confirmTitle')}</strong>
            <ul>
              {preview.supervisor && (
                <li>
                  {t(
                    preview.supervisor.id === choices?.employee?.supervisor?.id
                      ? 'staffing.mutasi.supervisorKept'
                      : 'staffing.mutasi.supervisor',
                    { name: preview.supervisor.name ?? '—' },
                  )}
                </li>
              )}
              {preview.closedPlans.map((plan) => (
                <li key={plan.id}>
                  {t('staffing.mutasi.closes', { date: formatDay(plan.endsOn, locale) || '—' })}
                </li>
              ))}
              {preview.startedPlans.map((plan) => (
                <li key={plan.id}>
                  {t('staffing.mutasi.starts', {
                    date: formatDay(plan.startsOn, locale) || '—',
                    name: plan.evaluator?.name ?? '—',
                  })}
                </li>
              ))}
              {preview.reassignedStaff.length > 0 && (
                <li>
                  {t('staffing.mutasi.reassigned', {
                    names: preview.reassignedStaff.map((person) => person.name ?? '—').join(', '),
                  })}
                </li>
              )}
            </ul>
            <button
              type="button"
              className="button button--primary"
              disabled={loading}
              onClick={() => void run(false)}
            >
              {t('staffing.mutasi.confirm')}
            </button>
          </Notice>
        </div>
      )}
    </section>
  );
}
