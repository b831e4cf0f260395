import { useI18n } from '../../i18n';
import type { CycleAdminFieldsFragment } from '../../api/generated/graphql';
import { TableHead } from '../../ui/components/TableHead';
import { TableScroll } from '../../ui/components/TableScroll';
import { numberFormat } from '../../ui/utils/format';

const BANDS = [
  'cycleAdmin.thresholdsBelow',
  'cycleAdmin.thresholdsMeets',
  'cycleAdmin.thresholdsAbove',
] as const;

/** The cycles with their status and thresholds; one is picked to manage below. */
export function CycleList({
  cycles,
  selectedId,
  onSelect,
}: {
  cycles: readonly CycleAdminFieldsFragment[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const { t, locale } = useI18n();
  const number = numberFormat(locale, 2);
  return (
    <section className="card cycle-admin__card" aria-labelledby="cycle-list-title">
      <h2 className="card__title" id="cycle-list-title">
        {t('cycleAdmin.list')}
      </h2>
      {cycles.length === 0 ? (
        <p className="muted">{t('cycleAdmin.empty')}</p>
      ) : (
        <TableScroll label={t('cycleAdmin.list')}>
          <table className="table table--compact" data-testid="cycle-list">
            <TableHead
              columns={[t('cycleAdmin.year'), t('cycleAdmin.status'), t('cycleAdmin.thresholds')]}
              actionLabel={t('cycleAdmin.manage')}
            />
            <tbody>
              {cycles.map((cycle) => {
                const selected = cycle.id === selectedId;
                return (
                  <tr
                    key={cycle.id}
                    className={selected ? 'cycle-admin__row--selected' : undefined}
                    aria-current={selected ? 'true' : undefined}
                  >
                    <th scope="row">{cycle.year}</th>
                    <td>{t(`cycleStatus.${cycle.status}`)}</td>
                    <td className="small">
                      {/* One band a line, each kept whole: the column stays narrow on a phone. */}
                      <ul className="cycle-admin__bands">
                        {BANDS.map((key) => (
                          <li key={key}>
                            {t(key, {
                              meets: number.format(cycle.meetsThreshold),
                              exceeds: number.format(cycle.exceedsThreshold),
                            })}
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td>
                      {selected ? (
                        <span className="muted small">{t('cycleAdmin.selected')}</span>
                      ) : (
                        <button
                          type="button"
                          className="button button--ghost button--small"
                          onClick={() => onSelect(cycle.id)}
                          aria-label={`${t('cycleAdmin.manage')} ${cycle.year}`}
                        >
                          {t('cycleAdmin.manage')}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
