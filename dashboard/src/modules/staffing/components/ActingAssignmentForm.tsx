import { useMutation, useQuery } from '@apollo/client/react';
import { useIdempotencyKey } from '../../api/hooks/useIdempotencyKey';
import { useId, useState, type FormEvent } from 'react';
import { errorMessage, fieldErrorsOf } from '../../api/utils/error-messages';
import { GET_EMPLOYEE_FORM_OPTIONS } from '../../employees/graphql/queries';
import { useT } from '../../i18n';
import { FormField } from '../../ui/components/FormField';
import { Notice } from '../../ui/components/Notice';
import { CREATE_ACTING_ASSIGNMENT } from '../graphql/mutations';
import { DateField, DecreeFields } from './DecreeFields';
import { FormActions } from '../../ui/components/FormActions';
import '../styles/staffing.css';

type ActingKind = 'PLT' | 'PLH';

export interface ActingAssignmentFormProps {
  /** The units a term may act for. */
  units: readonly { id: string; name: string }[];
  /** After a term is recorded (e.g. to reload the list). */
  onCreated: () => void | Promise<unknown>;
}

/** HR records an acting official (Plt/Plh) for a unit head: who, which unit, the term, the SK. */
export function ActingAssignmentForm({ units, onCreated }: ActingAssignmentFormProps) {
  const t = useT();
  const id = useId();
  const { data: options } = useQuery(GET_EMPLOYEE_FORM_OPTIONS);
  const submission = useIdempotencyKey();
  const [create, created] = useMutation(CREATE_ACTING_ASSIGNMENT);
  const [kind, setKind] = useState<ActingKind>('PLT');
  const [employeeId, setEmployeeId] = useState('');
  const [unitId, setUnitId] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [decreeNumber, setDecreeNumber] = useState('');
  const [done, setDone] = useState(false);
  const fieldErrors = fieldErrorsOf(t, created.error);
  const people = (options?.employees.edges ?? []).map((edge) => edge.node);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    try {
      await create({
        variables: { input: { kind, employeeId, unitId, startsOn, endsOn, decreeNumber } },
        context: submission.context,
      });
      submission.renew();
      // Recorded: an empty form, so that a second click cannot record the same term again.
      setEmployeeId('');
      setUnitId('');
      setStartsOn('');
      setEndsOn('');
      setDecreeNumber('');
      setDone(true);
      await onCreated();
    } catch {
      // Shown beside the fields.
    }
  };

  return (
    <section className="card staffing-card" aria-labelledby={`${id}-create`}>
      <h2 className="card__title" id={`${id}-create`}>
        {t('staffing.acting.create')}
      </h2>
      {done && <Notice tone="success">{t('staffing.acting.created')}</Notice>}
      <form className="staffing-form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <FormField id={`${id}-kind`} label={t('staffing.acting.kind')}>
          {(control) => (
            <select
              {...control}
              className="select"
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
              className="select"
              value={employeeId}
              onChange={(e) => setEmployeeId(e.target.value)}
            >
              <option value="">{t('staffing.acting.chooseEmployee')}</option>
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
            <select
              {...control}
              className="select"
              value={unitId}
              onChange={(e) => setUnitId(e.target.value)}
            >
              <option value="">{t('staffing.acting.chooseUnit')}</option>
              {units.map((unit) => (
                <option key={unit.id} value={unit.id}>
                  {unit.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <DateField
          id={`${id}-starts`}
          label={t('staffing.acting.startsOn')}
          value={startsOn}
          onChange={setStartsOn}
          error={fieldErrors.startsOn}
        />
        <DecreeFields
          date={{
            id: `${id}-ends`,
            label: t('staffing.acting.endsOn'),
            value: endsOn,
            onChange: setEndsOn,
            error: fieldErrors.endsOn,
          }}
          decree={{
            id: `${id}-decree`,
            label: t('staffing.acting.decree'),
            value: decreeNumber,
            onChange: setDecreeNumber,
            error: fieldErrors.decreeNumber,
          }}
        />
        {created.error && Object.keys(fieldErrors).length === 0 && (
          <Notice tone="error">{errorMessage(t, created.error)}</Notice>
        )}
        <FormActions submitLabel={t('staffing.acting.create')} busy={created.loading} />
      </form>
    </section>
  );
}
