import { createServer } from 'node:net';

/** The load test's own port range: other people's servers run on this machine too. */
const FIRST_PORT = 3500;
const LAST_PORT = 3599;

/** The first port of 3500–3599 nobody listens on (skipping `taken`). */
export async function freePort(taken: number[] = []): Promise<number> {
  for (let port = FIRST_PORT; port <= LAST_PORT; port++) {
    if (!taken.includes(port) && (await canListen(port))) return port;
  }
  throw new Error(`no free port in ${FIRST_PORT}–${LAST_PORT}`);
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolvePort) => {
    const probe = createServer();
    probe.once('error', () => resolvePort(false));
    probe.listen(port, () => probe.close(() => resolvePort(true)));
  });
}
