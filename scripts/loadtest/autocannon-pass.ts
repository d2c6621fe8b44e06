import autocannon from 'autocannon';
import type { PlannedRequest, RequestKind } from './request-kind';

/** What one request kind did during a pass. */
export interface KindResult {
  name: string;
  connections: number;
  seconds: number;
  /** Response times in ms of every answered request (2xx or not). */
  latencies: number[];
  ok: number;
  /** Answers outside 2xx, by status code. */
  non2xx: Map<number, number>;
  /** Socket errors and timeouts (no answer at all). */
  socketErrors: number;
  /** A few non-2xx bodies and socket error messages, to say what went wrong. */
  examples: string[];
}

const MAX_EXAMPLES = 3;

/** Runs every kind at once, each on its own connections, for `seconds`; resolves when all are done. */
export function runPass(baseUrl: string, kinds: RequestKind[], seconds: number): Promise<KindResult[]> {
  return Promise.all(kinds.map((kind) => runKind(baseUrl, kind, seconds)));
}

function runKind(baseUrl: string, kind: RequestKind, seconds: number): Promise<KindResult> {
  const result: KindResult = {
    name: kind.name,
    connections: kind.connections,
    seconds,
    latencies: [],
    ok: 0,
    non2xx: new Map(),
    socketErrors: 0,
    examples: [],
  };
  const example = (text: string) => {
    if (result.examples.length < MAX_EXAMPLES) result.examples.push(text.slice(0, 300));
  };
  return new Promise((resolveKind, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections: kind.connections,
        duration: seconds,
        timeout: 30,
        requests: [
          {
            setupRequest: (request) => ({ ...request, ...toAutocannon(kind.next()) }),
            onResponse: (status, body) => {
              if (status < 200 || status >= 300) example(`HTTP ${status}: ${body}`);
            },
          },
        ],
      },
      (error: Error | null, summary) => {
        if (error) reject(error);
        // autocannon's own duration: the pass may take a little longer than asked.
        else resolveKind({ ...result, seconds: summary.duration });
      },
    );
    instance.on('response', (_client, status, _bytes, responseTime) => {
      result.latencies.push(responseTime);
      if (status >= 200 && status < 300) result.ok++;
      else result.non2xx.set(status, (result.non2xx.get(status) ?? 0) + 1);
    });
    instance.on('reqError', (error: Error) => {
      result.socketErrors++;
      example(`socket: ${error.message}`);
    });
  });
}

function toAutocannon(planned: PlannedRequest): autocannon.Request {
  const headers: Record<string, string> = { ...planned.headers };
  if (planned.token) headers['authorization'] = `Bearer ${planned.token}`;
  if (planned.body) headers['content-type'] = 'application/json';
  return {
    method: planned.method,
    path: planned.path,
    headers,
    body: planned.body ? JSON.stringify(planned.body) : undefined,
  };
}
