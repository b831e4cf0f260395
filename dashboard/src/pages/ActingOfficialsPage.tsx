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
import { GET_EMPLOYEE_FORM_OPTIONS } from '../modules/employees/graphql/queries';
import { ConfirmDialog } from '../modules/evaluation/components/ConfirmDialog';
import { PageHeader } from '../modules/ui/components/PageHeader';
import { TableScroll } from '../modules/ui/components/TableScroll';

type ActingKind = 'PLT' | 'PLH';

/** HR's list of acting officials (Plt/Plh): record one, end a term. */
export function ActingOfficialsPage() {
  const t = useT();
  const id = useId();
  const { data, loading, error, refetch } = useQuery(GET_ACTING_ASSIGNMENTS);
  const { data: options } = useQuery(GET_EMPLOYEE_FORM_OPTIONS);
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
  const [ending, setEnding] = useState<{ id: string; version: number; name: string } | null>(null);
  const onEnd = async () => {
    if (!ending) return;
    try {
      await end({ variables: { id: ending.id, version: ending.version } });
      await refetch();
    } catch {
      // Shown below.
    }
    setEnding(null);
  };
  const people = (options?.employees.edges ?? []).map((edge) => edge.node);

  const terms = data?.actingAssignments.edges.map((edge) => edge.node) ?? [];
  return (
    <div className="page__content">
      <PageHeader title={t('staffing.acting.title')} subtitle={t('staffing.acting.subtitle')} />
      {loading && !data && <Skeleton />}
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {ended.error && <Notice tone="error">{errorMessage(t, ended.error)}</Notice>}
      {data && terms.length === 0 && <p>{t('staffing.acting.empty')}</p>}
      {terms.length > 0 && (
        <TableScroll label={t('staffing.acting.title')}>
          <table className="table" data-testid="acting-table">
            <thead>
              <tr>
                <th scope="col">{t('staffing.acting.kind')}</th>
                <th scope="col">{t('staffing.acting.employee')}</th>
                <th scope="col">{t('staffing.acting.unit')}</th>
                <th scope="col">{t('staffing.acting.term')}</th>
                <th scope="col">{t('staffing.acting.decree')}</th>
                <th scope="col">{t('staffing.acting.state')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('staffing.acting.end')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {terms.map((term) => (
                <tr key={term.id}>
                  <td>{term.kind === 'PLT' ? 'Plt' : 'Plh'}</td>
                  <td>{term.employee?.name ?? '—'}</td>
                  <td>{term.unit?.name ?? '—'}</td>
                  <td>
                    {term.startsOn} – {term.endsOn}
                  </td>
                  <td>{term.decreeNumber}</td>
                  <td>{term.status ? t(`staffing.acting.status.${term.status}`) : '—'}</td>
                  <td>
                    {term.status === 'IN_TERM' && typeof term.version === 'number' && (
                      <button
                        type="button"
                        className="button button--secondary"
                        onClick={() =>
                          setEnding({
                            id: term.id,
                            version: term.version as number,
                            name: term.employee?.name ?? '—',
                          })
                        }
                      >
                        {t('staffing.acting.end')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {ending && (
        <ConfirmDialog
          title={t('staffing.acting.end')}
          confirmLabel={t('staffing.acting.end')}
          busy={ended.loading}
          tone="danger"
          onConfirm={() => void onEnd()}
          onCancel={() => setEnding(null)}
        >
          <p>{t('staffing.acting.endConfirm', { name: ending.name })}</p>
        </ConfirmDialog>
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
            label={t('staffing.acting.employee')}
            error={fieldErrors.employeeId}
          >
            {(control) => (
              <select
                {...control}
                value={employeeId}
                onChange={(e) => setEmployeeId(e.target.value)}
              >
                <option value="" />
                {people.map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.name} · {person.nip}
                  </option>
                ))}
              </select>
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
