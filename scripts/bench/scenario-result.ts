import type { Timing } from './timing';

export interface ScenarioResult {
  scenario: string;
  kind: 'case list' | 'report' | 'inbox';
  api: Timing;
  /**
   * The same SQL sent with pg (case list; the inbox's statements one after another) or a plain
   * GROUP BY over the ledger (report).
   */
  raw: Timing;
  /** Why the API's answer differs from the raw one; empty when they agree. */
  problems: string[];
  /** SQL statements the API sent for one request, for the diagnosis section. */
  apiQueries: string[];
  /** Extra timings that show where the API's time goes. */
  diagnostics: string[];
}

/** API ≤ 1.5× raw for lists; API ≥ 5× faster than the GROUP BY for reports; the inbox ≤ 50 ms p95. */
export function goalOf(result: ScenarioResult): { text: string; met: boolean; ratio: string } {
  const ratio = result.api.p50 / result.raw.p50;
  if (result.kind === 'inbox') {
    return { text: '≤ 50 ms p95', met: result.api.p95 <= 50, ratio: `${ratio.toFixed(2)}× raw` };
  }
  if (result.kind === 'case list') {
    return { text: 'API ≤ 1.5× raw', met: ratio <= 1.5, ratio: `${ratio.toFixed(2)}× raw` };
  }
  return { text: 'API ≥ 5× faster', met: ratio <= 0.2, ratio: `${(1 / ratio).toFixed(1)}× faster` };
}
