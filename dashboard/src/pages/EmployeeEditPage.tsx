import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router-dom';
import { AccountActions, AccountStatus } from '../modules/accounts/components/AccountActions';
import { OneTimePasswordNotice } from '../modules/accounts/components/OneTimePasswordNotice';
import type { CreateEmployeeMutation } from '../modules/api/generated/graphql';
import {
  errorMessage,
  fieldErrorsOf,
  isStaleVersion,
  type FieldErrors,
} from '../modules/api/utils/error-messages';
import { loadStateOf } from '../modules/api/utils/load-state';
import { useIdempotencyKey } from '../modules/api/hooks/useIdempotencyKey';
import { useAbility } from '../modules/authz';
import { DeactivateEmployeeForm } from '../modules/employees/components/DeactivateEmployeeForm';
import {
  EMPTY_EMPLOYEE_FORM,
  EmployeeForm,
  type EmployeeFormValues,
} from '../modules/employees/components/EmployeeForm';
import { CREATE_EMPLOYEE, UPDATE_EMPLOYEE } from '../modules/employees/graphql/mutations';
import {
  GET_EMPLOYEE_FOR_EDIT,
  GET_EMPLOYEE_FORM_OPTIONS,
} from '../modules/employees/graphql/queries';
import {
  createInputOf,
  formValuesOf,
  missingFields,
  updateInputOf,
} from '../modules/employees/utils/employee-form';
import { formatCalendarDate } from '../modules/employees/utils/format';
import { useI18n } from '../modules/i18n';
import { EmptyState } from '../modules/ui/components/EmptyState';
import { Icon } from '../modules/ui/components/Icon';
import { Notice } from '../modules/ui/components/Notice';
import { PageHeader } from '../modules/ui/components/PageHeader';
import { QueryState } from '../modules/ui/components/QueryState';
import '../modules/accounts/styles/accounts.css';
import '../modules/employees/styles/employees.css';

function Forbidden() {
  const { t } = useI18n();
  return (
    <div className="page__content">
      <EmptyState title={t('reason.ACCOUNTS_FORBIDDEN')} icon="lock" />
    </div>
  );
}

/** HR adds an employee; their account comes with them and its one-time password shows once. */
export function EmployeeCreatePage() {
  const { t } = useI18n();
  const ability = useAbility();
  const options = useQuery(GET_EMPLOYEE_FORM_OPTIONS);
  const [create, { loading }] = useMutation(CREATE_EMPLOYEE, {
    refetchQueries: ['GetEmployees', 'GetEmployeeFormOptions'],
  });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [created, setCreated] = useState<CreateEmployeeMutation['createEmployee'] | null>(null);
  const [formKey, setFormKey] = useState(0);
  // A retried submission creates the employee once (the replay carries no one-time password).
  const submission = useIdempotencyKey();

  if (!ability.can('create', 'Employee')) return <Forbidden />;

  async function submit(values: EmployeeFormValues) {
    setFailure(null);
    const missing = missingFields(t, values);
    setFieldErrors(missing);
    if (Object.keys(missing).length > 0) return;
    try {
      const { data } = await create({
        variables: { input: createInputOf(values) },
        context: submission.context,
      });
      submission.renew();
      setCreated(data?.createEmployee ?? null);
      setFormKey((key) => key + 1);
    } catch (error) {
      const fields = fieldErrorsOf(t, error);
      setFieldErrors(fields);
      if (Object.keys(fields).length === 0) setFailure(errorMessage(t, error));
    }
  }

  return (
    <div className="page__content">
      <nav className="breadcrumb" aria-label={t('employeeForm.createTitle')}>
        <Link to="/pegawai" className="breadcrumb__back">
          <Icon name="chevronLeft" size={18} />
          <span>{t('profile.backToDirectory')}</span>
        </Link>
      </nav>
      <PageHeader
        title={t('employeeForm.createTitle')}
        subtitle={t('employeeForm.createSubtitle')}
      />
      {created && (
        <>
          <Notice tone="success">
            {t('employeeForm.created', { name: created.name ?? '' })}{' '}
            <Link to={`/pegawai/${created.id}`}>{t('employeeForm.openProfile')}</Link>
          </Notice>
          {created.oneTimePassword && (
            <OneTimePasswordNotice
              name={created.name ?? ''}
              username={created.account?.username ?? created.nip ?? ''}
              password={created.oneTimePassword}
              onDismiss={() => setCreated(null)}
            />
          )}
        </>
      )}
      {failure && <Notice tone="error">{failure}</Notice>}
      <QueryState query={loadStateOf(options, options.data)} cards={1}>
        <div className="card admin-card">
          <EmployeeForm
            key={formKey}
            initial={EMPTY_EMPLOYEE_FORM}
            options={options.data}
            fieldErrors={fieldErrors}
            busy={loading}
            submitLabel={t('employeeForm.create')}
            onSubmit={(values) => void submit(values)}
          />
        </div>
      </QueryState>
    </div>
  );
}

/** HR edits an employee (with the version), manages their account and records a separation. */
export function EmployeeEditPage() {
  const { t, locale } = useI18n();
  const ability = useAbility();
  const { id = '' } = useParams();
  const employeeQuery = useQuery(GET_EMPLOYEE_FOR_EDIT, {
    variables: { id },
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  const options = useQuery(GET_EMPLOYEE_FORM_OPTIONS);
  const [update, { loading }] = useMutation(UPDATE_EMPLOYEE);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<{ text: string; stale: boolean } | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const employee = employeeQuery.data?.employee;

  if (!ability.can('update', 'Employee', 'active')) return <Forbidden />;

  const reload = () => {
    setFailure(null);
    setFieldErrors({});
    void employeeQuery.refetch();
  };

  async function submit(values: EmployeeFormValues) {
    if (!employee) return;
    setFailure(null);
    setSaved(null);
    const missing = missingFields(t, values);
    setFieldErrors(missing);
    if (Object.keys(missing).length > 0) return;
    try {
      await update({
        variables: {
          id: employee.id,
          input: updateInputOf(formValuesOf(employee), values, employee.version ?? 0),
        },
      });
      setSaved(t('employeeForm.saved'));
    } catch (error) {
      const fields = fieldErrorsOf(t, error);
      setFieldErrors(fields);
      if (Object.keys(fields).length === 0)
        setFailure({ text: errorMessage(t, error), stale: isStaleVersion(error) });
    }
  }

  return (
    <div className="page__content">
      <nav className="breadcrumb" aria-label={t('employeeForm.editTitle')}>
        <Link to={`/pegawai/${id}`} className="breadcrumb__back">
          <Icon name="chevronLeft" size={18} />
          <span>{t('employeeForm.backToProfile')}</span>
        </Link>
      </nav>
      <QueryState
        loads={[loadStateOf(options, options.data)]}
        query={loadStateOf(employeeQuery, employee)}
        cards={2}
        testId="employee-edit-loading"
      >
        {employee && (
          <>
            <PageHeader title={`${t('employeeForm.editTitle')}: ${employee.name ?? ''}`} />
            {saved && <Notice tone="success">{saved}</Notice>}
            {failure && (
              <Notice tone="error" testId="employee-save-error">
                {failure.text}{' '}
                {failure.stale && (
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    onClick={reload}
                  >
                    {t('employeeForm.reload')}
                  </button>
                )}
              </Notice>
            )}
            <section className="card admin-card" aria-label={t('employeeForm.editTitle')}>
              <EmployeeForm
                // A reload brings a new version: the form starts again from the saved record.
                key={`${employee.id}-${employee.version}`}
                initial={formValuesOf(employee)}
                options={options.data}
                selfId={employee.id}
                fieldErrors={fieldErrors}
                busy={loading}
                submitLabel={t('employeeForm.save')}
                onSubmit={(values) => void submit(values)}
              />
            </section>
            <section className="card admin-card" aria-labelledby="account-section">
              <h2 className="card__title" id="account-section">
                {t('accounts.section')}
              </h2>
              {employee.account ? (
                <>
                  <p>
                    <span className="mono">{employee.account.username}</span>{' '}
                    <AccountStatus account={employee.account} />
                  </p>
                  <AccountActions account={employee.account} />
                </>
              ) : (
                <p>{t('accounts.noAccount')}</p>
              )}
            </section>
            <section className="card admin-card" aria-labelledby="separation-section">
              <h2 className="card__title" id="separation-section">
                {t('separation.title')}
              </h2>
              {employee.active ? (
                <DeactivateEmployeeForm
                  // Per person: a save above keeps what was typed here (the form follows the version).
                  key={employee.id}
                  employee={employee}
                  onDone={() => void employeeQuery.refetch()}
                  onStale={reload}
                />
              ) : employee.separation ? (
                <p data-testid="separation-recorded">
                  {t('separation.recorded', {
                    date: formatCalendarDate(employee.separation.effectiveDate, locale),
                    kind: t(`separation.kind.${employee.separation.kind}`),
                    reason: employee.separation.reason,
                  })}
                </p>
              ) : (
                <p>{t('employee.inactive')}</p>
              )}
            </section>
          </>
        )}
      </QueryState>
    </div>
  );
}
