import { performance } from 'node:perf_hooks';
import type { RequestKind } from './request-kind';

export interface SmokeResult {
  lines: string[];
  failures: number;
}

/**
 * One request of each kind, one after another, before any load: proves every kind works even
 * when a short pass on a busy machine leaves some kind with no answer inside its seconds.
 */
export async function smokeCheck(baseUrl: string, kinds: RequestKind[]): Promise<SmokeResult> {
  const lines: string[] = [];
  let failures = 0;
  for (const kind of kinds) {
    const planned = kind.next();
    const headers: Record<string, string> = { ...planned.headers };
    if (planned.token) headers['authorization'] = `Bearer ${planned.token}`;
    if (planned.body) headers['content-type'] = 'application/json';
    const start = performance.now();
    const response = await fetch(`${baseUrl}${planned.path}`, {
      method: planned.method,
      headers,
      body: planned.body ? JSON.stringify(planned.body) : undefined,
    });
    const body = await response.text();
    const ms = (performance.now() - start).toFixed(0);
    const ok = response.status >= 200 && response.status < 300;
    if (!ok) failures++;
    lines.push(`${kind.name}: HTTP ${response.status} in ${ms} ms${ok ? '' : ` ${body.slice(0, 300)}`}`);
  }
  return { lines, failures };
}
