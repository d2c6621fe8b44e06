import type { KindResult } from './autocannon-pass';

export interface Totals {
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  socketErrors: number;
}

/** Nearest-rank percentile of unsorted samples. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}

/** Kinds taken together: their requests over the pass's length (they ran side by side). */
export function totalsOf(kinds: KindResult[]): Totals {
  const latencies = kinds.flatMap((k) => k.latencies);
  const seconds = Math.max(...kinds.map((k) => k.seconds));
  const count = (k: KindResult) => [...k.non2xx.values()].reduce((a, b) => a + b, 0);
  return {
    requests: latencies.length,
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    non2xx: kinds.reduce((sum, k) => sum + count(k), 0),
    socketErrors: kinds.reduce((sum, k) => sum + k.socketErrors, 0),
  };
}

export function errorCount(kinds: KindResult[]): number {
  const t = totalsOf(kinds);
  return t.non2xx + t.socketErrors;
}

const ms = (value: number) => (Number.isNaN(value) ? '–' : value.toFixed(value < 10 ? 1 : 0));

/** One row per kind (requests still unanswered when the pass ends are not counted) and an overall row: req/s, latency p50/p95/p99 (ms), non-2xx (by status) and socket errors. */
export function passTable(kinds: KindResult[]): string {
  const header = [
    'request kind',
    'conns',
    'requests',
    'req/s',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'non-2xx',
    'socket errors',
  ];
  const row = (name: string, connections: number, t: Totals, statuses: string) => [
    name,
    String(connections),
    String(t.requests),
    t.perSecond.toFixed(1),
    ms(t.p50),
    ms(t.p95),
    ms(t.p99),
    statuses ? `${t.non2xx} (${statuses})` : String(t.non2xx),
    String(t.socketErrors),
  ];
  const statusesOf = (list: KindResult[]) => {
    const merged = new Map<number, number>();
    for (const k of list)
      for (const [status, n] of k.non2xx) merged.set(status, (merged.get(status) ?? 0) + n);
    return [...merged].map(([status, n]) => `${status}×${n}`).join(' ');
  };
  // A kind with no answer inside the pass (a busy machine, a short pass) says so instead of showing dashes only.
  const rows = kinds.map((k) =>
    row(
      k.latencies.length ? k.name : `${k.name} (none answered)`,
      k.connections,
      totalsOf([k]),
      statusesOf([k]),
    ),
  );
  if (kinds.length > 1) {
    const connections = kinds.reduce((sum, k) => sum + k.connections, 0);
    rows.push(row('all', connections, totalsOf(kinds), statusesOf(kinds)));
  }
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => r[i].length)));
  const line = (r: string[]) =>
    r
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  const separator = widths.map((w) => '-'.repeat(w)).join('  ');
  const body = rows.map(line);
  if (kinds.length > 1) body.splice(body.length - 1, 0, separator);
  return [line(header), separator, ...body].join('\n');
}

/** What went wrong, kind by kind (a few examples each). */
export function errorExamples(kinds: KindResult[]): string[] {
  return kinds.flatMap((k) => k.examples.map((e) => `${k.name}: ${e}`));
}
