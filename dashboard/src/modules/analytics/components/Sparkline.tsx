import { useT } from '../../i18n';

/** A tiny line of predicate levels (1–5), oldest first; its text alternative lists them. */
export function Sparkline({
  values,
  width = 80,
  height = 24,
}: {
  values: readonly number[];
  width?: number;
  height?: number;
}) {
  const t = useT();
  if (values.length === 0) return <span className="muted">–</span>;
  const pad = 3;
  const x = (index: number) =>
    values.length === 1 ? width / 2 : pad + (index * (width - 2 * pad)) / (values.length - 1);
  const y = (value: number) => pad + ((5 - value) * (height - 2 * pad)) / 4;
  const points = values.map((value, index) => `${x(index)},${y(value)}`).join(' ');
  const last = values[values.length - 1];
  return (
    <svg
      className="sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={t('team.sparkline', { levels: values.join(', ') })}
    >
      <title>{t('team.sparkline', { levels: values.join(', ') })}</title>
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth={1.5} />
      <circle cx={x(values.length - 1)} cy={y(last)} r={2.5} fill="currentColor" />
    </svg>
  );
}
