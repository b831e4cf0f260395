import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n';
import { formatPercent } from '../../skp/utils/achievement';
import type { CurveRule } from '../types';

const BOUND_KEYS: Record<string, MessageKey> = {
  AT_MOST_PERCENT: 'calibration.bound.AT_MOST_PERCENT',
  AT_LEAST_PERCENT: 'calibration.bound.AT_LEAST_PERCENT',
  AT_LEAST_ONE: 'calibration.bound.AT_LEAST_ONE',
  NONE: 'calibration.bound.NONE',
};

/** Each rule of the curve with pass/fail, the API's detail and the employees it counts. */
export function CurveRules({ rules, total }: { rules: readonly CurveRule[]; total: number }) {
  const { t, locale } = useI18n();
  return (
    <ul className="curve-rules" data-testid="curve-rules">
      {rules.map((rule) => {
        const predicates = rule.predicates.map((p) => t(`predicateShort.${p}`)).join(' + ');
        const boundKey = BOUND_KEYS[rule.bound];
        return (
          <li
            key={rule.rule}
            className={`card curve-rule curve-rule--${rule.passed ? 'passed' : 'failed'}`}
            data-testid="curve-rule"
            data-passed={rule.passed}
          >
            <div className="curve-rule__head">
              <span
                className={`badge ${rule.passed ? 'badge--plan-approved' : 'badge--plan-returned'}`}
              >
                {rule.passed ? t('calibration.passed') : t('calibration.failed')}
              </span>
              <h3 className="curve-rule__title">
                {boundKey
                  ? t(boundKey, { predicates, percent: rule.percent ?? '' })
                  : `${predicates} ${rule.bound}`}
              </h3>
            </div>
            <p className="small">
              {t('calibration.actual', {
                count: rule.count,
                total,
                percent: formatPercent(rule.actualPercent, locale),
              })}
            </p>
            <p className="muted small" data-testid="curve-rule-detail">
              {rule.detail}
            </p>
            {rule.employees.length > 0 && (
              <details className="curve-rule__people">
                <summary>{t('calibration.people', { count: rule.employees.length })}</summary>
                <ul>
                  {rule.employees.map((employee) => (
                    <li key={employee.id}>
                      <Link to={`/pegawai/${employee.id}`}>
                        {employee.name ?? t('directory.nameHidden')}
                      </Link>
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </li>
        );
      })}
    </ul>
  );
}
