import { useT } from '../../i18n';

export function StatusBadge({ active }: { active: boolean }) {
  const t = useT();
  return (
    <span className={`badge ${active ? 'badge--success' : 'badge--muted'}`}>
      {active ? t('employee.active') : t('employee.inactive')}
    </span>
  );
}
