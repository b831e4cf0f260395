/**
 * Indicator achievement in SQL, the same rule as computePeriodResult (utils/achievement.util.ts):
 * against the period's own target; the year derived from the quarters by the indicator's
 * aggregation unless an annual report corrects it; capped at 120; NULL when not reported
 * (belum dilaporkan: left out of averages, never 0) and always for a KUALITATIF indicator (judged,
 * never a percentage). Portable to SQLite and MySQL/MariaDB.
 * `indicator` and `report` are table aliases (the report in force for the period, left-joined);
 * `period` is an SQL expression for the period.
 */
export function periodAchievementSql({
  indicator,
  report,
  period,
}: {
  indicator: string;
  report: string;
  period: string;
}): string {
  const target = `(CASE ${period} WHEN 'TW1' THEN ${indicator}.targetTw1 WHEN 'TW2' THEN ${indicator}.targetTw2 WHEN 'TW3' THEN ${indicator}.targetTw3 WHEN 'TW4' THEN ${indicator}.targetTw4 ELSE ${indicator}.target END)`;
  const derivedYear = `(SELECT CASE ${indicator}.aggregation WHEN 'SUM' THEN SUM(quarter.value) WHEN 'AVERAGE' THEN AVG(quarter.value) ELSE MAX(CASE WHEN quarter.period = 'TW4' THEN quarter.value END) END
      FROM realization quarter
     WHERE quarter.indicatorId = ${indicator}.id AND quarter.replacedAt IS NULL AND quarter.period IN ('TW1', 'TW2', 'TW3', 'TW4')
    HAVING COUNT(*) = 4 OR ${indicator}.aggregation = 'LAST')`;
  const value = `COALESCE(${report}.value, CASE WHEN ${period} = 'ANNUAL' THEN ${derivedYear} END)`;
  return `(CASE
  WHEN ${indicator}.kind = 'KUALITATIF' OR ${value} IS NULL THEN NULL
  WHEN ${indicator}.direction = 'LOWER_IS_BETTER' THEN
    CASE WHEN ${value} = 0 OR ${target} * 100.0 / ${value} > 120 THEN 120 ELSE ${target} * 100.0 / ${value} END
  WHEN ${target} = 0 THEN CASE WHEN ${value} = 0 THEN 100 ELSE 120 END
  ELSE CASE WHEN ${value} * 100.0 / ${target} > 120 THEN 120 ELSE ${value} * 100.0 / ${target} END
END)`;
}
