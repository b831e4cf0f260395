import { Link } from 'react-router-dom';
import { useAbility } from '../../authz';
import { DownloadButton } from '../../documents/components/DownloadButton';
import { useT } from '../../i18n';

/** HR's roster actions on the employee list: export as .xlsx and the import page. */
export function RosterActions() {
  const t = useT();
  const ability = useAbility();
  if (!ability.can('create', 'Employee')) return null;
  return (
    <div className="form-actions" data-testid="roster-actions">
      <DownloadButton
        href="/exports/roster.xlsx"
        label="documents.roster"
        fallbackName="Daftar_Pegawai.xlsx"
      />
      <Link className="button button--secondary" to="/pegawai/impor">
        {t('roster.importLink')}
      </Link>
    </div>
  );
}
