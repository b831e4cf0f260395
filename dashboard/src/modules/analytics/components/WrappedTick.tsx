import { wrapLabel } from '../utils/wrap-label';

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

/**
 * A category-axis tick (Recharts `tick={<WrappedTick />}`) that wraps its label onto lines and
 * keeps the whole text as a tooltip; the chart's table shows it in full as well.
 */
export function WrappedTick({
  x = 0,
  y = 0,
  payload,
  maxChars = 22,
  maxLines = 3,
  fontSize = 10,
}: TickProps & { maxChars?: number; maxLines?: number; fontSize?: number }) {
  const value = payload?.value;
  const text = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  const lines = wrapLabel(text, maxChars, maxLines);
  const lineHeight = fontSize + 2;
  const top = Number(y) - ((lines.length - 1) * lineHeight) / 2;
  return (
    <text x={Number(x)} y={top} textAnchor="end" fontSize={fontSize} fill="#334155">
      <title>{text}</title>
      {lines.map((line, index) => (
        <tspan key={index} x={Number(x) - 4} dy={index === 0 ? 4 : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
