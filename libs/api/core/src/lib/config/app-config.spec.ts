import { ConfigError, loadConfig } from './app-config';

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
});
