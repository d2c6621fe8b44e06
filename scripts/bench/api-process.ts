import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type EncryptionKeys, encryptionKeysEnv } from '@worker-aid/api/core';

const REPO_ROOT = resolve(__dirname, '../..');
const LAUNCHER = resolve(__dirname, 'api-from-source.cjs');

/** The API as a process of its own, so its memory can be read apart from the bench's. */
export class ApiProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {}

  static async start(databaseUrl: string, keys: EncryptionKeys, adminPassword: string): Promise<ApiProcess> {
    const child = spawn(process.execPath, [LAUNCHER], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        ADMIN_PASSWORD: adminPassword,
        JWT_SECRET: randomBytes(32).toString('hex'),
        ...encryptionKeysEnv(keys),
        PORT: '0',
        WEB_ROOT: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const port = await new Promise<number>((resolvePort, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /running at http:\/\/localhost:(\d+)/.exec(output);
        if (match) resolvePort(Number(match[1]));
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code) =>
        reject(new Error(`the API exited (${code}) before it started:\n${output}`)),
      );
    });
    return new ApiProcess(child, `http://127.0.0.1:${port}`);
  }

  /** A JSON call to the API; anything but a 2xx throws with the answer's text. */
  async json<T>(path: string, token: string | null, method = 'GET', body?: unknown): Promise<T> {
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.status >= 300) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  /** Resident memory of the process now, in bytes (Linux). */
  rss(): number {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    if (!kb) throw new Error('no VmRSS in /proc/<pid>/status');
    return Number(kb) * 1024;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((done) => this.child.once('exit', done));
    this.child.kill('SIGTERM');
    await exited;
  }
}
