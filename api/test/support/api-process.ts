import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { encryptionKeysEnv, loadConfig } from '@worker-aid/api/core';

const REPO_ROOT = resolve(__dirname, '../../..');
const LAUNCHER = resolve(__dirname, 'api-from-source.cjs');
const START_TIMEOUT_MS = 45_000;

export interface ApiProcessOptions {
  databaseUrl: string;
  adminPassword: string;
  /** Keep it across restarts so tokens stay valid. */
  jwtSecret?: string;
  shutdownGraceSeconds?: number;
  /** More settings, e.g. `JOBS_STALE_SECONDS`. */
  env?: Record<string, string>;
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * The API as its own operating-system process, started from source through api/src/main.ts in
 * production mode, so tests can kill it, signal it and restart it like a real deployment.
 */
export class ApiProcess {
  private output = '';

  private constructor(
    private readonly child: ChildProcess,
    readonly exited: Promise<Exit>,
  ) {
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
  }

  port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number {
    if (this.child.pid === undefined) throw new Error('the API process has no pid');
    return this.child.pid;
  }

  /** Everything the process printed, for failure messages. */
  get log(): string {
    return this.output;
  }

  static async start(options: ApiProcessOptions): Promise<ApiProcess> {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      TZ: 'UTC',
      DATABASE_URL: options.databaseUrl,
      ADMIN_PASSWORD: options.adminPassword,
      JWT_SECRET: options.jwtSecret ?? randomBytes(32).toString('hex'),
      SHUTDOWN_GRACE_SECONDS: String(options.shutdownGraceSeconds ?? 10),
      // This test process's keys, so a restarted server, and the test itself, read the same data.
      ...encryptionKeysEnv(testEncryptionKeys()),
      PORT: '0',
      WEB_ROOT: '',
      ...options.env,
    };
    const child = spawn(process.execPath, [LAUNCHER], { cwd: REPO_ROOT, env, stdio: 'pipe' });
    const exited = new Promise<Exit>((resolveExit) =>
      child.once('exit', (code, signal) => resolveExit({ code, signal })),
    );
    const api = new ApiProcess(child, exited);
    api.port = await api.waitForPort();
    return api;
  }

  kill(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  /** Stops the process if it still runs: SIGTERM, then SIGKILL if it lingers. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 15_000);
    await this.exited;
    clearTimeout(timer);
  }

  private waitForPort(): Promise<number> {
    return new Promise((resolvePort, reject) => {
      const timer = setTimeout(() => {
        this.child.kill('SIGKILL');
        reject(new Error(`the API did not start within ${START_TIMEOUT_MS} ms:\n${this.output}`));
      }, START_TIMEOUT_MS);
      const onData = () => {
        const match = /running at http:\/\/localhost:(\d+)/.exec(this.output);
        if (!match) return;
        clearTimeout(timer);
        this.child.stdout?.off('data', onData);
        resolvePort(Number(match[1]));
      };
      this.child.stdout?.on('data', onData);
      void this.exited.then((exit) => {
        clearTimeout(timer);
        reject(new Error(`the API exited (${exit.code ?? exit.signal}) before it started:\n${this.output}`));
      });
    });
  }
}

function testEncryptionKeys() {
  const keys = loadConfig({}, 'test').encryption;
  if (!keys) throw new Error('test mode always has encryption keys');
  return keys;
}
