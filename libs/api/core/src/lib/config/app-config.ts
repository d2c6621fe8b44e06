import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { MIN_PASSWORD_LENGTH } from '@worker-aid/shared/domain';
import { type EncryptionKeys, generateEncryptionKeys } from '../encryption/field-keyring';
import { parseEncryptionKeys } from '../encryption/encryption-settings';

/** Connections in the app's database pool unless DATABASE_POOL_SIZE says otherwise. */
export const DEFAULT_DATABASE_POOL_SIZE = 20;

/** How the server runs: `production` (npm run serve), `demo` (npm start) or `test` (test suites). */
export type RunMode = 'production' | 'demo' | 'test';

export interface AppConfig {
  mode: RunMode;
  port: number;
  /** Null means: start an embedded PostgreSQL server with its data in `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  /** Limits of the request path's database work; past them a request gets a 503, not a long wait. */
  databaseLimits: DatabaseLimits;
  jwt: { secret: string; ttlSeconds: number; issuer: string; audience: string };
  /** Keys of the sensitive fields; null in the demo means its data folder's key file. */
  encryption: EncryptionKeys | null;
  /** Password for the `admin` user created on an empty database. */
  adminPassword: string | null;
  /**
   * Whether `/api/docs` and `/api/docs-json` describe the API: always in the demo and tests; in
   * production only with API_DOCS=public, since a public map of the API helps attackers most.
   */
  apiDocs: boolean;
  /** Folder of the built web app served at `/`, or null to serve the API only. */
  webRoot: string | null;
  /** How long a stopping server lets in-flight requests finish before it closes their connections. */
  shutdownGraceSeconds: number;
  jobs: JobSettings;
  loginThrottle: {
    maxFailuresPerUser: number;
    maxFailuresPerAddress: number;
    windowSeconds: number;
    blockSeconds: number;
  };
}

export interface DatabaseLimits {
  poolSize: number;
  /** How long a request waits for a free pooled connection. */
  poolWaitMs: number;
  /** How long one statement may run (lock waits included). */
  statementTimeoutMs: number;
}

export interface JobSettings {
  /** How often an idle worker asks the queue for a job (pg-boss allows 0.5 s at least). */
  pollingSeconds: number;
  /** Connections of the queue's own pool, beside the app's. */
  processConnections: number;
  /** A busy import whose job has not reported for this long is taken for dead and started again. */
  staleSeconds: number;
}

/** A setting that is missing or wrong; start-up prints its message as one line and stops. */
export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

/** Where the data lives: all that tools such as `npm run backup` need from the environment. */
export interface DatabaseSettings {
  /** Null means the embedded PostgreSQL server with its data in `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
}

/** The database part of the configuration, for tools that run beside the server. */
export function loadDatabaseSettings(env: Env): DatabaseSettings {
  const errors: string[] = [];
  const settings = databaseSettings(env, errors);
  if (errors.length > 0) throw new ConfigError(`Configuration error: ${errors.join('; ')}`);
  return settings;
}

function databaseSettings(env: Env, errors: string[]): DatabaseSettings {
  const databaseUrl = optional(env, 'DATABASE_URL');
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    errors.push('DATABASE_URL must be a postgres:// connection URL');
  }
  return { databaseUrl: databaseUrl ?? null, dataDir: resolve(optional(env, 'DATA_DIR') ?? '.data') };
}

/** Builds the one typed configuration object from the environment; nothing else reads `process.env`. */
export function loadConfig(env: Env, mode: RunMode): AppConfig {
  const errors: string[] = [];
  const port = integer(env, 'PORT', 3000, 0, 65535, errors);
  const { databaseUrl, dataDir } = databaseSettings(env, errors);
  const jwtSecret = optional(env, 'JWT_SECRET');
  if (mode === 'production' && !jwtSecret) errors.push('JWT_SECRET is required in production');
  if (jwtSecret && jwtSecret.length < 32) errors.push('JWT_SECRET must be at least 32 characters');
  const adminPassword = optional(env, 'ADMIN_PASSWORD');
  if (adminPassword && adminPassword.length < MIN_PASSWORD_LENGTH) {
    errors.push(`ADMIN_PASSWORD must be at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  const encryption = parseEncryptionKeys(env, errors);
  if (mode === 'production' && !encryption && !errors.some((e) => e.startsWith('DATA_'))) {
    errors.push('DATA_ENCRYPTION_KEYS and DATA_INDEX_KEY are required in production');
  }
  const ttlSeconds = integer(env, 'JWT_TTL_SECONDS', 1800, 60, 86400, errors);
  const databaseLimits: DatabaseLimits = {
    poolSize: integer(env, 'DATABASE_POOL_SIZE', DEFAULT_DATABASE_POOL_SIZE, 1, 500, errors),
    poolWaitMs: integer(env, 'DATABASE_POOL_WAIT_SECONDS', 10, 1, 600, errors) * 1000,
    statementTimeoutMs: integer(env, 'DATABASE_STATEMENT_TIMEOUT_SECONDS', 30, 1, 3600, errors) * 1000,
  };
  const apiDocsSetting = optional(env, 'API_DOCS');
  if (apiDocsSetting && apiDocsSetting !== 'public' && apiDocsSetting !== 'off') {
    errors.push('API_DOCS must be "public" or "off"');
  }
  const shutdownGraceSeconds = integer(env, 'SHUTDOWN_GRACE_SECONDS', 10, 0, 300, errors);
  const jobs: JobSettings = {
    pollingSeconds: integer(env, 'JOBS_POLLING_SECONDS', 1, 1, 60, errors),
    processConnections: 4,
    staleSeconds: integer(env, 'JOBS_STALE_SECONDS', 60, 1, 3600, errors),
  };
  if (errors.length > 0) throw new ConfigError(`Configuration error: ${errors.join('; ')}`);

  const webRoot = resolve(optional(env, 'WEB_ROOT') ?? 'dist/web/browser');
  return {
    mode,
    port,
    databaseUrl,
    dataDir,
    databaseLimits,
    // Without a configured secret (demo, tests) each process signs with its own random key.
    jwt: {
      secret: jwtSecret ?? randomBytes(48).toString('base64url'),
      ttlSeconds,
      issuer: 'worker-aid',
      audience: 'worker-aid-api',
    },
    // Test servers in one process share keys, so a restarted one still reads the data.
    encryption: encryption ?? (mode === 'test' ? testProcessKeys() : null),
    adminPassword: adminPassword ?? null,
    apiDocs: apiDocsSetting ? apiDocsSetting === 'public' : mode !== 'production',
    webRoot: env['WEB_ROOT'] === '' ? null : webRoot,
    shutdownGraceSeconds,
    jobs,
    loginThrottle: { maxFailuresPerUser: 5, maxFailuresPerAddress: 30, windowSeconds: 900, blockSeconds: 60 },
  };
}

let processKeys: EncryptionKeys | null = null;
function testProcessKeys(): EncryptionKeys {
  processKeys ??= generateEncryptionKeys('test-1');
  return processKeys;
}

function optional(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function integer(
  env: Env,
  name: string,
  fallback: number,
  min: number,
  max: number,
  errors: string[],
): number {
  const raw = optional(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    errors.push(`${name} must be a whole number from ${min} to ${max}`);
    return fallback;
  }
  return value;
}
