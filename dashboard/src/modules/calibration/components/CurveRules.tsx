import { type ReactNode, useState } from 'react';
import { useI18n } from '../../i18n';
import { formatPercent } from '../../skp/utils/achievement';
import type { CurveRule } from '../types';
import { curveRuleText } from '../utils/curve-rule-text';
import { RuleEmployees } from './RuleEmployees';

/** Each rule of the curve with pass/fail, worded from the API's data, and its employees (on demand). */
export function CurveRules({
  rules,
  total,
  unitId,
  cycleId,
}: {
  rules: readonly CurveRule[];
  total: number;
  unitId: string;
  cycleId: string;
}) {
  const { t, locale } = useI18n();
  return (
    <ul className="curve-rules" data-testid="curve-rules">
      {rules.map((rule) => {
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
              <h3 className="curve-rule__title">{curveRuleText(t, rule)}</h3>
            </div>
            <p className="small">
              {t('calibration.actual', {
                count: rule.count,
                total,
                percent: formatPercent(rule.actualPercent, locale),
              })}
            </p>
            {rule.count > 0 && (
              <RulePeople rule={rule} unitId={unitId} cycleId={cycleId}>
                {t('calibration.people', { count: rule.count })}
              </RulePeople>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** Opening the list loads its first page; closing keeps what was loaded. */
function RulePeople({
  rule,
  unitId,
  cycleId,
  children,
}: {
  rule: CurveRule;
  unitId: string;
  cycleId: string;
  children: ReactNode;
}) {
  const [opened, setOpened] = useState(false);
  return (
    <details
      className="curve-rule__people"
      data-testid="curve-rule-people"
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      <summary>{children}</summary>
      {opened && <RuleEmployees unitId={unitId} cycleId={cycleId} predicates={rule.predicates} />}
    </details>
  );
}
