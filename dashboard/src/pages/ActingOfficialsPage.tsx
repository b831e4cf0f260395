import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { errorMessage, fieldErrorsOf } from '../modules/api/utils/error-messages';
import { useT } from '../modules/i18n';
import { FormField } from '../modules/ui/components/FormField';
import { Notice } from '../modules/ui/components/Notice';
import { ErrorState } from '../modules/ui/components/ErrorState';
import { Skeleton } from '../modules/ui/components/Skeleton';
import {
  CREATE_ACTING_ASSIGNMENT,
  END_ACTING_ASSIGNMENT,
} from '../modules/staffing/graphql/mutations';
import { GET_ACTING_ASSIGNMENTS } from '../modules/staffing/graphql/queries';

type ActingKind = 'PLT' | 'PLH';

/** HR's list of acting officials (Plt/Plh): record one, end a term. */
export function ActingOfficialsPage() {
  const t = useT();
  const id = useId();
  const { data, loading, error, refetch } = useQuery(GET_ACTING_ASSIGNMENTS);
  const [create, created] = useMutation(CREATE_ACTING_ASSIGNMENT);
  const [end, ended] = useMutation(END_ACTING_ASSIGNMENT);
  const [kind, setKind] = useState<ActingKind>('PLT');
  const [employeeId, setEmployeeId] = useState('');
  const [unitId, setUnitId] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [decreeNumber, setDecreeNumber] = useState('');
  const [done, setDone] = useState(false);
  const fieldErrors = fieldErrorsOf(t, created.error);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    try {
      await create({
        variables: { input: { kind, employeeId, unitId, startsOn, endsOn, decreeNumber } },
      });
      setDone(true);
      await refetch();
    } catch {
      // Shown beside the fields.
    }
  };
  const onEnd = async (termId: string, version: number, name: string) => {
    if (!window.confirm(t('staffing.acting.endConfirm', { name }))) return;
    try {
      await end({ variables: { id: termId, version } });
      await refetch();
    } catch {
      // Shown below.
    }
  };

  const terms = data?.actingAssignments.edges.map((edge) => edge.node) ?? [];
  return (
    <div className="page__content">
      <header className="page__header">
        <h1>{t('staffing.acting.title')}</h1>
        <p>{t('staffing.acting.subtitle')}</p>
      </header>
      {loading && !data && <Skeleton />}
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {ended.error && <Notice tone="error">{errorMessage(t, ended.error)}</Notice>}
      {data && terms.length === 0 && <p>{t('staffing.acting.empty')}</p>}
      {terms.length > 0 && (
        <ul className="acting-list">
          {terms.map((term) => (
            <li key={term.id}>
              <strong>{term.kind}</strong> {term.employee?.name ?? '—'} · {term.unit?.name ?? '—'} ·{' '}
              {term.startsOn} – {term.endsOn} · {term.decreeNumber} ·{' '}
              {term.status ? t(`staffing.acting.status.${term.status}`) : '—'}
              {term.status === 'IN_TERM' && typeof term.version === 'number' && (
                <button
                  type="button"
                  className="button"
                  onClick={() =>
                    void onEnd(term.id, term.version as number, term.employee?.name ?? '—')
                  }
                >
                  {t('staffing.acting.end')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <section className="card" aria-labelledby={`${id}-create`}>
        <h2 id={`${id}-create`}>{t('staffing.acting.create')}</h2>
        {done && <Notice tone="success">{t('staffing.acting.created')}</Notice>}
        <form onSubmit={(event) => void onSubmit(event)} noValidate>
          <FormField id={`${id}-kind`} label={t('staffing.acting.kind')}>
            {(control) => (
              <select
                {...control}
                value={kind}
                onChange={(e) => setKind(e.target.value as ActingKind)}
              >
                <option value="PLT">Plt</option>
                <option value="PLH">Plh</option>
              </select>
            )}
          </FormField>
          <FormField
            id={`${id}-employee`}
            label={t('staffing.acting.employeeId')}
            error={fieldErrors.employeeId}
          >
            {(control) => (
              <input
                {...control}
                value={employeeId}
                onChange={(e) => setEmployeeId(e.target.value)}
              />
            )}
          </FormField>
          <FormField id={`${id}-unit`} label={t('staffing.acting.unit')} error={fieldErrors.unitId}>
            {(control) => (
              <select {...control} value={unitId} onChange={(e) => setUnitId(e.target.value)}>
                <option value="" />
                {(data?.orgUnits ?? []).map((unit) => (
                  <option key={unit.id} value={unit.id}>
                    {unit.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField
            id={`${id}-starts`}
            label={t('staffing.acting.startsOn')}
            error={fieldErrors.startsOn}
          >
            {(control) => (
              <input
                {...control}
                type="date"
                value={startsOn}
                onChange={(e) => setStartsOn(e.target.value)}
              />
            )}
          </FormField>
          <FormField
            id={`${id}-ends`}
            label={t('staffing.acting.endsOn')}
            error={fieldErrors.endsOn}
          >
            {(control) => (
              <input
                {...control}
                type="date"
                value={endsOn}
                onChange={(e) => setEndsOn(e.target.value)}
              />
            )}
          </FormField>
          <FormField
            id={`${id}-decree`}
            label={t('staffing.acting.decree')}
            error={fieldErrors.decreeNumber}
          >
            {(control) => (
              <input
                {...control}
                value={decreeNumber}
                onChange={(e) => setDecreeNumber(e.target.value)}
              />
            )}
          </FormField>
          {created.error && Object.keys(fieldErrors).length === 0 && (
            <Notice tone="error">{errorMessage(t, created.error)}</Notice>
          )}
          <button type="submit" className="button button--primary" disabled={created.loading}>
            {t('staffing.acting.create')}
          </button>
        </form>
      </section>
    </div>
  );
}
