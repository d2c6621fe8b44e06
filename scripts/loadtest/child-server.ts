import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ChildServerSpec {
  /** Shown before each line the child prints. */
  name: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  /** Polled until it answers 200. */
  readyUrl: string;
  readyTimeoutMs?: number;
}

/** A server in its own Node process (so it does not share the load generator's CPU time slice). */
export class ChildServer {
  private exited = false;
  private readonly exit: Promise<number | null>;

  private constructor(
    readonly name: string,
    private readonly child: ChildProcess,
  ) {
    this.exit = new Promise((resolveExit) =>
      child.once('exit', (code) => {
        this.exited = true;
        resolveExit(code);
      }),
    );
  }

  static async start(spec: ChildServerSpec): Promise<ChildServer> {
    const child = spawn(process.execPath, spec.args, { env: spec.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const server = new ChildServer(spec.name, child);
    const prefix = (chunk: Buffer) =>
      chunk
        .toString()
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => `  [${spec.name}] ${line}\n`)
        .join('');
    child.stdout?.on('data', (chunk: Buffer) => process.stdout.write(prefix(chunk)));
    child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(prefix(chunk)));
    await server.waitUntilReady(spec.readyUrl, spec.readyTimeoutMs ?? 60_000);
    return server;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  private async waitUntilReady(url: string, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.exited) throw new Error(`${this.name} exited during start-up`);
      const status = await fetch(url).then(
        (r) => r.status,
        () => 0,
      );
      if (status === 200) return;
      await sleep(250);
    }
    await this.stop();
    throw new Error(`${this.name} did not answer ${url} within ${timeoutMs / 1000} s`);
  }

  /** SIGTERM to this child only (by its PID), then waits for it to exit. */
  async stop(): Promise<void> {
    if (this.exited) return;
    this.child.kill('SIGTERM');
    const code = await Promise.race([this.exit, sleep(30_000).then(() => 'timeout' as const)]);
    if (code === 'timeout') {
      this.child.kill('SIGKILL');
      await this.exit;
    }
  }
}
