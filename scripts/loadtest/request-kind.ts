/** One HTTP request the load generator is about to send. */
export interface PlannedRequest {
  method: 'GET' | 'POST';
  path: string;
  token?: string;
  /** Sent as JSON. */
  body?: object;
  headers?: Record<string, string>;
}

/** A kind of request and the connections that keep sending it, each time with `next()`'s token, path and body. */
export interface RequestKind {
  name: string;
  connections: number;
  next(): PlannedRequest;
}
