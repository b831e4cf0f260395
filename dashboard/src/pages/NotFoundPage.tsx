import { Link } from 'react-router-dom';
import { useT } from '../modules/i18n';
import { EmptyState } from '../modules/ui/components/EmptyState';

export function NotFoundPage() {
  const t = useT();
  return (
    <div className="page__content">
      <EmptyState
        title={t('notFound.title')}
        body={t('notFound.body')}
        icon="alert"
        action={
          <Link to="/" className="button button--secondary">
            {t('notFound.home')}
          </Link>
        }
      />
    </div>
  );
}
