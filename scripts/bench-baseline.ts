/**
 * `--save FILE` and `--baseline FILE` for the benchmarks: a run saves its figures as JSON, and a later
 * run on the same machine prints each figure beside the saved one with the ratio, so a change is
 * judged by a ratio rather than by absolute numbers from different days.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';

/** One benchmark's figures: row label → metric name → value. */
export type Figures = Record<string, Record<string, number>>;

export type SavedRun = {
  bench: string;
  date: string;
  machine: string;
  load: number[];
  figures: Figures;
};

/** The value after `--name` on the command line, or undefined; a missing value is an error. */
export function argValue(name: string, argv = process.argv): string | undefined {
  const i = argv.indexOf(`--${name}`);
  if (i === -1) return undefined;
  const value = argv[i + 1];
  if (!value || value.startsWith('--')) throw new Error(`--${name} needs a file name`);
  return value;
}

/** The median of some runs' figures (the upper one of the middle two for an even count). */
export const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The machine and its load right now, printed beside every benchmark's figures. */
export function machineLine(): string {
  const cpus = os.cpus();
  const load = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, load average ${load} (1, 5, 15 min)`;
}

/** Writes the run's figures to `--save FILE`, if given. */
export function saveRun(bench: string, figures: Figures, argv = process.argv): void {
  const file = argValue('save', argv);
  if (!file) return;
  const run: SavedRun = {
    bench,
    date: new Date().toISOString(),
    machine: machineLine(),
    load: os.loadavg(),
    figures,
  };
  writeFileSync(file, JSON.stringify(run, null, 2) + '\n');
  console.log(`Saved to ${file}`);
}

/**
 * Reads `--baseline FILE`, if given: a run saved by the same benchmark. A file of another benchmark
 * or a malformed one is an error naming the file.
 */
export function loadBaseline(bench: string, argv = process.argv): SavedRun | undefined {
  const file = argValue('baseline', argv);
  if (!file) return undefined;
  let run: SavedRun;
  try {
    run = JSON.parse(readFileSync(file, 'utf8')) as SavedRun;
  } catch (error) {
    throw new Error(`${file}: not a saved benchmark run (${(error as Error).message})`);
  }
  if (run?.bench !== bench || typeof run.figures !== 'object' || run.figures === null)
    throw new Error(`${file}: field "bench" must be "${bench}" (saved by this benchmark's --save)`);
  return run;
}

/**
 * Rows comparing this run with the baseline: metric, before, after, after ÷ before. Rows or metrics
 * missing on either side are left out.
 */
export function compareRows(baseline: SavedRun, figures: Figures): string[][] {
  const rows = [['row', 'metric', 'before', 'after', 'after ÷ before']];
  for (const [label, metrics] of Object.entries(figures)) {
    const before = baseline.figures[label];
    if (!before) continue;
    for (const [metric, value] of Object.entries(metrics)) {
      const old = before[metric];
      if (typeof old !== 'number') continue;
      const ratio = old === 0 ? '–' : `${(value / old).toFixed(2)}×`;
      rows.push([label, metric, fmt(old), fmt(value), ratio]);
    }
  }
  return rows;
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}
