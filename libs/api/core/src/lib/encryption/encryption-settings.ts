import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type DataKey,
  type EncryptionKeys,
  generateEncryptionKeys,
  KEY_BYTES,
  KEY_ID_PATTERN,
} from './field-keyring';

type Env = Record<string, string | undefined>;

/**
 * `DATA_ENCRYPTION_KEYS="2026-11:<base64 key>,2025-03:<base64 key>"` — the first encrypts, all
 * decrypt — and `DATA_INDEX_KEY="<base64 key>"`; every key 32 random bytes
 * (`openssl rand -base64 32`). Null when neither is set; problems are added to `errors`.
 */
export function parseEncryptionKeys(env: Env, errors: string[]): EncryptionKeys | null {
  const dataText = env['DATA_ENCRYPTION_KEYS']?.trim();
  const indexText = env['DATA_INDEX_KEY']?.trim();
  if (!dataText && !indexText) return null;
  if (!dataText || !indexText) {
    errors.push('DATA_ENCRYPTION_KEYS and DATA_INDEX_KEY must be set together');
    return null;
  }
  const dataKeys: DataKey[] = [];
  for (const entry of dataText.split(',').map((e) => e.trim())) {
    const colon = entry.indexOf(':');
    const id = entry.slice(0, Math.max(colon, 0));
    const key = decodeKey(entry.slice(colon + 1));
    if (colon < 0 || !KEY_ID_PATTERN.test(id) || !key) {
      errors.push('DATA_ENCRYPTION_KEYS must be a comma list of <key id>:<32 bytes in base64>');
      return null;
    }
    if (dataKeys.some((k) => k.id === id)) {
      errors.push(`DATA_ENCRYPTION_KEYS names key id "${id}" twice`);
      return null;
    }
    dataKeys.push({ id, key });
  }
  const indexKey = decodeKey(indexText);
  if (!indexKey) {
    errors.push('DATA_INDEX_KEY must be 32 bytes in base64');
    return null;
  }
  if (dataKeys.some((k) => k.key.equals(indexKey))) {
    errors.push('DATA_INDEX_KEY must differ from every data key');
    return null;
  }
  return { dataKeys, indexKey };
}

function decodeKey(text: string): Buffer | null {
  const trimmed = text.trim();
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed)) return null;
  const key = Buffer.from(trimmed, trimmed.includes('-') || trimmed.includes('_') ? 'base64url' : 'base64');
  return key.length === KEY_BYTES ? key : null;
}

const KEY_FILE = 'encryption-keys.json';

/**
 * The demo's keys, made on its first start and kept in the data folder beside the demo's
 * database (like its password), so the demo runs without configuration. A real deployment
 * sets the keys in its environment and keeps them away from the database and its backups.
 */
export function demoEncryptionKeys(dataDir: string): EncryptionKeys {
  const file = join(dataDir, KEY_FILE);
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as {
      dataKeys: { id: string; key: string }[];
      indexKey: string;
    };
    return {
      dataKeys: stored.dataKeys.map(({ id, key }) => ({ id, key: Buffer.from(key, 'base64') })),
      indexKey: Buffer.from(stored.indexKey, 'base64'),
    };
  }
  const keys = generateEncryptionKeys('demo-1');
  mkdirSync(dataDir, { recursive: true });
  const stored = {
    dataKeys: keys.dataKeys.map(({ id, key }) => ({ id, key: key.toString('base64') })),
    indexKey: keys.indexKey.toString('base64'),
  };
  writeFileSync(file, `${JSON.stringify(stored, null, 2)}\n`, { mode: 0o600 });
  return keys;
}

/** Formats keys as the two environment variables, for child processes started by tests and tools. */
export function encryptionKeysEnv(keys: EncryptionKeys): {
  DATA_ENCRYPTION_KEYS: string;
  DATA_INDEX_KEY: string;
} {
  return {
    DATA_ENCRYPTION_KEYS: keys.dataKeys.map(({ id, key }) => `${id}:${key.toString('base64')}`).join(','),
    DATA_INDEX_KEY: keys.indexKey.toString('base64'),
  };
}
