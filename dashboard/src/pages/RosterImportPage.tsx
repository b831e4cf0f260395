import { Link } from 'react-router-dom';
import { useAbility } from '../modules/authz';
import { DownloadButton } from '../modules/documents/components/DownloadButton';
import { useT } from '../modules/i18n';
import { RosterImport } from '../modules/roster/components/RosterImport';
import { EmptyState } from '../modules/ui/components/EmptyState';
import { Icon } from '../modules/ui/components/Icon';
import { PageHeader } from '../modules/ui/components/PageHeader';
import '../modules/roster/styles/roster.css';

/** HR's roster import: template, upload with a dry run per row, then one confirmed save. */
export function RosterImportPage() {
  const t = useT();
  const ability = useAbility();
  if (!ability.can('create', 'Employee')) {
    return (
      <div className="page__content">
        <EmptyState title={t('roster.forbidden')} icon="lock" />
      </div>
    );
  }
  return (
    <div className="page__content">
      <nav className="breadcrumb" aria-label={t('roster.title')}>
        <Link to="/pegawai" className="breadcrumb__back">
          <Icon name="chevronLeft" size={18} />
          <span>{t('profile.backToDirectory')}</span>
        </Link>
      </nav>
      <PageHeader title={t('roster.title')} subtitle={t('roster.subtitle')} />
      <div className="roster-steps">
        <section className="card roster-card" aria-labelledby="roster-template-title">
          <h2 className="card__title" id="roster-template-title">
            {t('roster.step.template')}
          </h2>
          <p className="muted small">{t('roster.step.templateHint')}</p>
          <DownloadButton
            href="/exports/roster-template.xlsx"
            label="documents.rosterTemplate"
            fallbackName="Template_Impor_Pegawai.xlsx"
          />
        </section>
        <RosterImport />
      </div>
    </div>
  );
}
