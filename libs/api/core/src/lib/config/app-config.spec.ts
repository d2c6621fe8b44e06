import { ConfigError, loadConfig, loadDatabaseSettings } from './app-config';

describe('loadConfig', () => {
  const production = { JWT_SECRET: 'x'.repeat(32), DATABASE_URL: 'postgres://db/aid' };

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
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db/aid' }, 'production')).toThrow(
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
