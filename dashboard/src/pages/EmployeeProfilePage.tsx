import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router-dom';
import { hasErrorCode, significantError } from '../modules/api/utils/graphql-errors';
import { EmployeeProfile } from '../modules/employees/components/EmployeeProfile';
import { JobHistorySection } from '../modules/staffing/components/JobHistorySection';
import { GET_EMPLOYEE } from '../modules/employees/graphql/queries';
import { useAbility } from '../modules/authz';
import { useT } from '../modules/i18n';
import { EmptyState } from '../modules/ui/components/EmptyState';
import { ErrorState } from '../modules/ui/components/ErrorState';
import { Icon } from '../modules/ui/components/Icon';
import { Skeleton } from '../modules/ui/components/Skeleton';
import '../modules/employees/styles/employees.css';

export function EmployeeProfilePage() {
  const t = useT();
  const ability = useAbility();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(
    GET_EMPLOYEE,
    // Forbidden fields arrive as null with a FORBIDDEN error each: render what is readable.
    { variables: { id }, errorPolicy: 'all' },
  );
  const employee = data?.employee;
  const realError = significantError(error);

  let body;
  if (loading && !data) {
    body = <ProfileSkeleton />;
  } else if (employee) {
    // Errors other than hidden fields (e.g. a nested field failing) don't hide what did load.
    const partial = Boolean(realError);
    body = (
      <>
        {partial && (
          <div className="alert alert--warning" role="alert">
            {t('common.partialData')}
          </div>
        )}
        <EmployeeProfile employee={employee} />
        <JobHistorySection employeeId={employee.id} />
      </>
    );
  } else if (
    !realError ||
    hasErrorCode(realError, 'NOT_FOUND') ||
    hasErrorCode(realError, 'FORBIDDEN')
  ) {
    body = (
      <EmptyState title={t('profile.notFound')} body={t('profile.notFoundHint')} icon="search" />
    );
  } else {
    body = <ErrorState error={realError} onRetry={() => void refetch()} />;
  }

  return (
    <div className="page__content">
      <nav className="breadcrumb" aria-label={t('profile.title')}>
        <Link to="/pegawai" className="breadcrumb__back">
          <Icon name="chevronLeft" size={18} />
          <span>{t('profile.backToDirectory')}</span>
        </Link>
        {employee && ability.can('update', 'Employee', 'active') && (
          <Link
            to={`/pegawai/${employee.id}/ubah`}
            className="button button--secondary button--small"
            data-testid="edit-employee"
          >
            {t('employeeForm.edit')}
          </Link>
        )}
      </nav>
      {body}
    </div>
  );
}

function ProfileSkeleton() {
  const t = useT();
  return (
    <div className="profile" role="status" aria-live="polite" data-testid="profile-loading">
      <span className="visually-hidden">{t('common.loading')}</span>
      <div className="card profile__header" aria-hidden="true">
        <span className="skeleton skeleton--circle skeleton--avatar-large" />
        <div className="profile__heading">
          <Skeleton width="14rem" height="1.6rem" />
          <Skeleton width="20rem" />
        </div>
      </div>
      <div className="profile__sections" aria-hidden="true">
        {[0, 1].map((card) => (
          <div key={card} className="card profile__section">
            <Skeleton width="30%" height="1.1rem" />
            {[0, 1, 2, 3].map((line) => (
              <Skeleton key={line} width={`${60 + line * 8}%`} />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
