import { DataSource } from 'typeorm';
import { TestApp } from './support/test-app';

describe('database schema', () => {
  let app: TestApp;
  let dataSource: DataSource;

  beforeAll(async () => {
    app = await TestApp.start();
    dataSource = app.server.app.get(DataSource);
  });
  afterAll(() => app.stop());

  it('is built by migrations only, and they agree with the entities', async () => {
    expect(await dataSource.showMigrations()).toBe(false);
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('keeps the audit trail append-only', async () => {
    await expect(dataSource.query('UPDATE audit_entry SET action = action')).rejects.toThrow(/append-only/);
    await expect(dataSource.query('DELETE FROM audit_entry')).rejects.toThrow(/append-only/);
    await expect(dataSource.query('TRUNCATE audit_entry')).rejects.toThrow(/append-only/);
  });

  it('allows one center only', async () => {
    await expect(
      dataSource.query(
        `INSERT INTO unit (id, code, name, level, parent_id, path) VALUES (gen_random_uuid(), 'C2', 'x', 'center', NULL, '/x/')`,
      ),
    ).rejects.toThrow(/unit_single_center_idx/);
  });
});
