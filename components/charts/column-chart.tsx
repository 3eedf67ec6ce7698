export interface Column {
  label: string;
  value: number;
}

const HEIGHT = 180;
const AXIS = 24;
const GUTTER = 40;
/** Room a date label needs on the axis, in chart units. */
const LABEL_SPACE = 90;

/**
 * A column chart drawn on the server as SVG, for a series over time (one
 * column per period). One image named by `label`; a ChartTable gives the numbers.
 * Only every n-th period is labelled, at least a date's width apart, so labels
 * never overlap. `formatValue` writes the axis figures in the reader's digits;
 * the chart is drawn left to right in every language (`direction="ltr"` keeps
 * the text anchors where the coordinates put them on right-to-left pages).
 */
export function ColumnChart({ label, columns, formatValue = String }: { label: string; columns: Column[]; formatValue?: (value: number) => string }) {
  const max = Math.max(1, ...columns.map((c) => c.value));
  const width = Math.max(320, columns.length * 14) + GUTTER;
  const step = (width - GUTTER) / Math.max(1, columns.length);
  const every = Math.max(1, Math.ceil(LABEL_SPACE / step));
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${HEIGHT + AXIS}`} direction="ltr" className="w-full max-w-3xl" style={{ blockSize: 'auto' }}>
      <text x={GUTTER - 6} y={10} textAnchor="end" dominantBaseline="middle" fontSize="12" fill="#334155">
        {formatValue(max)}
      </text>
      <text x={GUTTER - 6} y={HEIGHT} textAnchor="end" fontSize="12" fill="#334155">
        {formatValue(0)}
      </text>
      <line x1={GUTTER} x2={width} y1={HEIGHT} y2={HEIGHT} stroke="#64748b" />
      {columns.map((column, i) => {
        const h = (column.value / max) * (HEIGHT - 10);
        const x = GUTTER + i * step;
        return (
          <g key={i}>
            <rect x={x + step * 0.15} y={HEIGHT - h} width={step * 0.7} height={h} fill="#1d4ed8" />
            {i % every === 0 && (
              <text x={x + step / 2} y={HEIGHT + 16} textAnchor="middle" fontSize="11" fill="#334155">
                {column.label}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
