import { generateEncryptionKeys } from '../encryption/field-keyring';
import { encryptionKeysEnv } from '../encryption/encryption-settings';
import { ConfigError, loadConfig, loadDatabaseSettings } from './app-config';

describe('loadConfig', () => {
  const keys = encryptionKeysEnv(generateEncryptionKeys());
  const production = { JWT_SECRET: 'x'.repeat(32), DATABASE_URL: 'postgres://db/aid', ...keys };

  it('reads a complete production environment', () => {
    const config = loadConfig(
      { ...production, PORT: '8080', ADMIN_PASSWORD: 'long-enough-pw' },
      'production',
    );
    expect(config.port).toBe(8080);
    expect(config.databaseUrl).toBe('postgres://db/aid');
    expect(config.adminPassword).toBe('long-enough-pw');
  });

  it('refuses production without a JWT secret, in one line', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db/aid', ...keys }, 'production')).toThrow(
      new ConfigError('Configuration error: JWT_SECRET is required in production'),
    );
  });

  it('names every bad setting', () => {
    expect(() => loadConfig({ PORT: 'eighty', ADMIN_PASSWORD: 'short', JWT_SECRET: 'tiny' }, 'demo')).toThrow(
      /PORT must be a whole number.*JWT_SECRET must be at least 32.*ADMIN_PASSWORD must be at least 10/,
    );
  });

  it('falls back to an embedded database and a random secret outside production', () => {
    const a = loadConfig({}, 'demo');
    const b = loadConfig({}, 'demo');
    expect(a.databaseUrl).toBeNull();
    expect(a.jwt.secret).not.toEqual(b.jwt.secret);
    expect(a.jwt.secret.length).toBeGreaterThanOrEqual(32);
  });

  it('requires the encryption keys in production', () => {
    const onlyDataKeys = { ...production, DATA_INDEX_KEY: '' };
    expect(() => loadConfig({ JWT_SECRET: 'x'.repeat(32) }, 'production')).toThrow(
      new ConfigError(
        'Configuration error: DATA_ENCRYPTION_KEYS and DATA_INDEX_KEY are required in production',
      ),
    );
    expect(() => loadConfig(onlyDataKeys, 'production')).toThrow(/must be set together/);
    expect(loadConfig(production, 'production').encryption?.dataKeys).toHaveLength(1);
  });

  it('reads several data keys, the first one current', () => {
    const [a, b] = [generateEncryptionKeys('2026-11'), generateEncryptionKeys('2025-03')];
    const env = {
      ...production,
      DATA_ENCRYPTION_KEYS: `${encryptionKeysEnv(a).DATA_ENCRYPTION_KEYS}, ${encryptionKeysEnv(b).DATA_ENCRYPTION_KEYS}`,
    };
    const encryption = loadConfig(env, 'production').encryption;
    expect(encryption?.dataKeys.map((k) => k.id)).toEqual(['2026-11', '2025-03']);
    expect(encryption?.dataKeys[0].key.equals(a.dataKeys[0].key)).toBe(true);
  });

  it('names what is wrong with the keys', () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ DATA_ENCRYPTION_KEYS: 'k1:c2hvcnQ=' }, /comma list of <key id>:<32 bytes in base64>/],
      [{ DATA_ENCRYPTION_KEYS: 'no id here' }, /comma list/],
      [
        { DATA_ENCRYPTION_KEYS: `${keys.DATA_ENCRYPTION_KEYS},${keys.DATA_ENCRYPTION_KEYS}` },
        /names key id "k1" twice/,
      ],
      [{ DATA_INDEX_KEY: 'c2hvcnQ=' }, /DATA_INDEX_KEY must be 32 bytes/],
      [{ DATA_INDEX_KEY: keys.DATA_ENCRYPTION_KEYS.slice(3) }, /must differ from every data key/],
    ];
    for (const [change, message] of cases) {
      expect(() => loadConfig({ ...production, ...change }, 'production')).toThrow(message);
    }
  });

  it('leaves the demo its key file and gives one process of tests one set of keys', () => {
    expect(loadConfig({}, 'demo').encryption).toBeNull();
    expect(loadConfig({}, 'test').encryption).toBe(loadConfig({}, 'test').encryption);
  });

  it('describes the API at /api/docs outside production, and in production only when asked', () => {
    expect(loadConfig({}, 'demo').apiDocs).toBe(true);
    expect(loadConfig(production, 'production').apiDocs).toBe(false);
    expect(loadConfig({ ...production, API_DOCS: 'public' }, 'production').apiDocs).toBe(true);
    expect(() => loadConfig({ ...production, API_DOCS: 'yes' }, 'production')).toThrow(/API_DOCS must be/);
  });

  it('limits the database work of a request, 20 connections by default', () => {
    expect(loadConfig(production, 'production').databaseLimits).toEqual({
      poolSize: 20,
      poolWaitMs: 10_000,
      statementTimeoutMs: 30_000,
    });
    expect(
      loadConfig(
        { ...production, DATABASE_POOL_SIZE: '40', DATABASE_STATEMENT_TIMEOUT_SECONDS: '5' },
        'production',
      ).databaseLimits,
    ).toMatchObject({ poolSize: 40, statementTimeoutMs: 5_000 });
    expect(() => loadConfig({ ...production, DATABASE_POOL_SIZE: '0' }, 'production')).toThrow(
      /DATABASE_POOL_SIZE must be a whole number from 1 to 500/,
    );
  });

  it('gives a stopping server 10 seconds by default, or SHUTDOWN_GRACE_SECONDS', () => {
    expect(loadConfig(production, 'production').shutdownGraceSeconds).toBe(10);
    expect(
      loadConfig({ ...production, SHUTDOWN_GRACE_SECONDS: '3' }, 'production').shutdownGraceSeconds,
    ).toBe(3);
    expect(() => loadConfig({ ...production, SHUTDOWN_GRACE_SECONDS: '-1' }, 'production')).toThrow(
      /SHUTDOWN_GRACE_SECONDS must be a whole number/,
    );
  });

  it('reads only the database settings for tools such as npm run backup', () => {
    expect(loadDatabaseSettings({ DATABASE_URL: 'postgres://db/aid' })).toEqual({
      databaseUrl: 'postgres://db/aid',
      dataDir: expect.stringMatching(/\.data$/),
    });
    expect(() => loadDatabaseSettings({ DATABASE_URL: 'mysql://db' })).toThrow(ConfigError);
  });
});
