export interface Bar {
  label: string;
  /** 0–max */
  value: number;
  /** The value as shown next to the bar, e.g. "42%". */
  display: string;
}

const ROW = 28;
const LABEL_WIDTH = 180;
const BAR_WIDTH = 320;
const VALUE_WIDTH = 60;

/**
 * A horizontal bar chart drawn on the server as SVG. The picture is one image
 * (role="img") named by `label`; its numbers are given by a ChartTable beside it.
 * Drawn left to right in every language: `direction="ltr"` keeps text anchors
 * where the coordinates put them on right-to-left pages (labels still read
 * right to left inside).
 */
export function BarChart({ label, bars, max }: { label: string; bars: Bar[]; max: number }) {
  const width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
  const height = Math.max(1, bars.length) * ROW;
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} direction="ltr" className="w-full max-w-2xl" style={{ blockSize: 'auto' }}>
      {bars.map((bar, i) => {
        const y = i * ROW;
        const length = max > 0 ? Math.max(0, Math.min(1, bar.value / max)) * BAR_WIDTH : 0;
        return (
          <g key={i}>
            <text x={LABEL_WIDTH - 8} y={y + ROW / 2} textAnchor="end" dominantBaseline="middle" fontSize="13" fill="#334155">
              {bar.label.length > 26 ? `${bar.label.slice(0, 25)}…` : bar.label}
            </text>
            <rect x={LABEL_WIDTH} y={y + 5} width={BAR_WIDTH} height={ROW - 10} fill="#e2e8f0" />
            <rect x={LABEL_WIDTH} y={y + 5} width={length} height={ROW - 10} fill="#1d4ed8" />
            <text x={LABEL_WIDTH + BAR_WIDTH + 6} y={y + ROW / 2} dominantBaseline="middle" fontSize="13" fill="#0f172a">
              {bar.display}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
