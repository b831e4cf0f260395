import { useT } from '../../i18n';
import type { Period } from '../../api/generated/graphql';
import { PERIODS } from '../utils/cycles';

interface PeriodTabsProps {
  value: Period;
  reportable: readonly Period[];
  onChange: (period: Period) => void;
}

/** TW1–TW4 and ANNUAL; periods that cannot be reported yet are disabled. */
export function PeriodTabs({ value, reportable, onChange }: PeriodTabsProps) {
  const t = useT();
  return (
    <div className="period-tabs" role="tablist" aria-label={t('report.periods')}>
      {PERIODS.map((period) => {
        const open = reportable.includes(period);
        return (
          <button
            key={period}
            type="button"
            role="tab"
            className="period-tabs__tab"
            aria-selected={period === value}
            disabled={!open}
            title={
              open
                ? t(`periodLong.${period}`)
                : t('report.periodNotOpen', { period: t(`periodLong.${period}`) })
            }
            onClick={() => onChange(period)}
          >
            {t(`period.${period}`)}
          </button>
        );
      })}
    </div>
  );
}
