import { useI18n } from '../../i18n';
import {
  ACHIEVEMENT_MAX,
  achievementTone,
  achievementWidth,
  EXCEEDS_ABOVE,
  formatPercent,
  MEETS_FROM,
} from '../utils/achievement';

interface AchievementBarProps {
  value: number | null | undefined;
  /** What is measured, for the accessible name (e.g. the indicator). */
  label: string;
  size?: 'normal' | 'large';
  testId?: string;
}

/** A 0–120 % bar: red-ish below 90 %, green 90–110 %, blue above 110 %, with the value as text. */
export function AchievementBar({ value, label, size = 'normal', testId }: AchievementBarProps) {
  const { t, locale } = useI18n();
  const tone = achievementTone(value);
  const reported = tone !== 'none';
  const text = reported ? formatPercent(value!, locale) : t('report.notReported');
  const valueText = reported ? `${text}, ${t(`achievement.tone.${tone}`)}` : text;
  return (
    <div className={`achievement achievement--${size} achievement--${tone}`} data-testid={testId}>
      <div
        className="achievement__track"
        role="meter"
        aria-label={t('report.achievementOf', { name: label })}
        aria-valuemin={0}
        aria-valuemax={ACHIEVEMENT_MAX}
        aria-valuenow={reported ? Math.min(Math.max(value!, 0), ACHIEVEMENT_MAX) : 0}
        aria-valuetext={valueText}
      >
        <span className="achievement__fill" style={{ width: `${achievementWidth(value)}%` }} />
        {/* Where "meets" starts and "exceeds" begins. */}
        <span
          className="achievement__mark"
          style={{ left: `${(MEETS_FROM / ACHIEVEMENT_MAX) * 100}%` }}
          aria-hidden="true"
        />
        <span
          className="achievement__mark"
          style={{ left: `${(EXCEEDS_ABOVE / ACHIEVEMENT_MAX) * 100}%` }}
          aria-hidden="true"
        />
      </div>
      <span
        className="achievement__value"
        aria-hidden="true"
        data-testid={testId && `${testId}-value`}
      >
        {text}
      </span>
    </div>
  );
}
