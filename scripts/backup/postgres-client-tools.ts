import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { ScriptError } from './script-error';

const run = promisify(execFile);

export type ClientTool = 'pg_dump' | 'pg_restore';

export interface FoundTool {
  path: string;
  major: number;
}

/** The major version of the PostgreSQL server at `url` (15, 18, …). */
export async function serverMajorVersion(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version_num: string }>('SHOW server_version_num');
    return Math.floor(Number(rows[0].server_version_num) / 10000);
  } finally {
    await client.end();
  }
}

/**
 * The newest `tool` on this machine: on the PATH, or in Debian's /usr/lib/postgresql/<version>/bin.
 * pg_dump refuses a server newer than itself, so this is the one that can do the most.
 */
export async function newestTool(tool: ClientTool): Promise<FoundTool | null> {
  const candidates = [tool, ...debianInstalls().map((bin) => join(bin, tool))];
  let newest: FoundTool | null = null;
  for (const path of candidates) {
    const major = await toolMajorVersion(path);
    if (major !== null && (!newest || major > newest.major)) newest = { path, major };
  }
  return newest;
}

/** A tool that can work with a server of `serverMajor`, or a one-line explanation of why there is none. */
export async function toolForServer(
  tool: ClientTool,
  serverMajor: number,
  databaseLabel: string,
): Promise<FoundTool> {
  const found = await newestTool(tool);
  const install = `install the PostgreSQL ${serverMajor} client tools (e.g. apt-get install postgresql-client-${serverMajor})`;
  if (!found) throw new ScriptError(`${tool} was not found: ${install}`);
  // pg_dump refuses a newer server; pg_restore works with one (it refuses only a newer archive).
  if (tool === 'pg_dump' && found.major < serverMajor) {
    throw new ScriptError(
      `${tool} ${found.major} cannot work with PostgreSQL ${serverMajor} (${databaseLabel}): ${install}` +
        ` — the embedded server's npm package ships no ${tool}`,
    );
  }
  return found;
}

/**
 * Runs a client tool on the database at `url`. The password goes through PGPASSWORD, not the
 * command line, where other users could read it.
 */
export async function runTool(tool: FoundTool, args: string[], url: string): Promise<void> {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  const env = { ...process.env, ...(password ? { PGPASSWORD: password } : {}) };
  try {
    await run(tool.path, [...args, `--dbname=${parsed.toString()}`], { env, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new ScriptError(`${tool.path} failed: ${stderr || (error as Error).message}`);
  }
}

async function toolMajorVersion(path: string): Promise<number | null> {
  try {
    const { stdout } = await run(path, ['--version']);
    // "pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)"
    const match = /\(PostgreSQL\)\s+(\d+)/.exec(stdout);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

function debianInstalls(): string[] {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return [];
  return readdirSync(root).map((version) => join(root, version, 'bin'));
}
