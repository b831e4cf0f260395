/** Orders `evaluation` rows by period within a year: the triwulan, then the annual evaluation. */
export const PERIOD_ORDER_SQL = `CASE evaluation.period WHEN 'TW1' THEN 1 WHEN 'TW2' THEN 2 WHEN 'TW3' THEN 3 WHEN 'TW4' THEN 4 ELSE 5 END`;
