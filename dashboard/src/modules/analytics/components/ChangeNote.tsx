import { useI18n } from '../../i18n';
import { Icon } from '../../ui/components/Icon';
import type { TrendChange } from '../utils/trend';
import { numberFormat } from '../../ui/utils/format';

/** One or two sentences on what changed since the previous cycle. */
export function ChangeNote({ change }: { change: TrendChange }) {
  const { t, locale } = useI18n();
  const number = (value: number, digits = 2) => numberFormat(locale, digits).format(value);
  let text: string;
  let tone = 'same';
  if (change.kind === 'none') text = t('myPerformance.change.none');
  else if (change.kind === 'single') text = t('myPerformance.change.single', { year: change.year });
  else {
    tone = change.direction;
    text = t(`myPerformance.change.${change.direction}`, {
      year: change.year,
      previousYear: change.previousYear,
      previousLevel: number(change.level.previous),
      latestLevel: number(change.level.latest),
    });
    if (change.achievement) {
      const { delta } = change.achievement;
      const way = Math.abs(delta) < 0.05 ? 'same' : delta > 0 ? 'up' : 'down';
      text += ` ${t(`myPerformance.change.achievement.${way}`, {
        previous: `${number(change.achievement.previous, 1)} %`,
        latest: `${number(change.achievement.latest, 1)} %`,
      })}`;
    }
  }
  return (
    <div className={`change-note change-note--${tone}`} data-testid="trend-change" role="note">
      <Icon name={tone === 'up' ? 'check' : 'info'} size={20} />
      <p>{text}</p>
    </div>
  );
}
