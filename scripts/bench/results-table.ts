import { goalOf, type ScenarioResult } from './scenario-result';

const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1);

/** The results as a plain-text table with aligned columns. */
export function resultsTable(results: ScenarioResult[]): string {
  const header = [
    'scenario',
    'runs API/raw',
    'API p50 ms',
    'API p95 ms',
    'raw p50 ms',
    'raw p95 ms',
    'ratio (p50)',
    'goal',
    'met?',
  ];
  const rows = results.map((r) => {
    const goal = goalOf(r);
    return [
      r.scenario,
      `${r.api.runs}/${r.raw.runs}`,
      ms(r.api.p50),
      ms(r.api.p95),
      ms(r.raw.p50),
      ms(r.raw.p95),
      goal.ratio,
      goal.text,
      r.problems.length > 0 ? 'WRONG ANSWER' : goal.met ? 'yes' : 'no',
    ];
  });
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i].length)));
  // Text columns left-aligned, figures right-aligned.
  const left = new Set([0, 7, 8]);
  const line = (row: string[]) =>
    row
      .map((cell, i) => (left.has(i) ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
