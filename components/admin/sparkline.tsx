import { useId } from 'react';

/**
 * A small line of percentages (0–100), oldest first, drawn as inline SVG on the server; gaps
 * (null) break the line. `label` is its text alternative, read instead of the drawing.
 */
export function Sparkline({
  values,
  label,
  width = 120,
  height = 28,
}: {
  values: Array<number | null>;
  label: string;
  width?: number;
  height?: number;
}) {
  const titleId = useId();
  const pad = 3;
  const step = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  const point = (value: number, i: number) =>
    [pad + i * step, pad + ((100 - value) / 100) * (height - 2 * pad)].map((n) => n.toFixed(1));
  const runs: string[][] = [];
  values.forEach((value, i) => {
    if (value === null) return void runs.push([]);
    if (runs.length === 0) runs.push([]);
    runs.at(-1)!.push(point(value, i).join(','));
  });
  return (
    <svg
      role="img"
      aria-labelledby={titleId}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      className="overflow-visible text-slate-900 dark:text-slate-100"
    >
      <title id={titleId}>{label}</title>
      <line
        x1={pad}
        x2={width - pad}
        y1={height / 2}
        y2={height / 2}
        stroke="currentColor"
        strokeOpacity="0.25"
        strokeDasharray="2 3"
      />
      {runs
        .filter((run) => run.length > 0)
        .map((run, i) =>
          run.length === 1 ? (
            <circle
              key={i}
              cx={run[0]!.split(',')[0]}
              cy={run[0]!.split(',')[1]}
              r="2.5"
              fill="currentColor"
            />
          ) : (
            <polyline
              key={i}
              points={run.join(' ')}
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinejoin="round"
            />
          ),
        )}
    </svg>
  );
}
