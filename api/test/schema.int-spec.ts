import { DataSource } from 'typeorm';
import {
  CASE_STATUSES,
  CASE_TYPES,
  FILE_STATUSES,
  FILE_TIERS,
  FUND_SOURCES,
  GENDERS,
  PAYMENT_METHODS,
  ROLES,
  UNIT_LEVELS,
} from '@worker-aid/shared/domain';
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

  it('allows in each enumerated column exactly the values of the shared constants', async () => {
    const enumerations: [string, readonly string[]][] = [
      ['unit_level_check', UNIT_LEVELS],
      ['app_user_role_check', ROLES],
      ['worker_gender_check', GENDERS],
      ['aid_case_type_check', CASE_TYPES],
      ['aid_case_status_check', CASE_STATUSES],
      ['fund_source_check', FUND_SOURCES],
      ['disbursement_method_check', PAYMENT_METHODS],
      ['hardship_file_status_check', FILE_STATUSES],
      ['hardship_file_tier_check', FILE_TIERS],
    ];
    const rows = await dataSource.query<{ name: string; definition: string }[]>(
      `SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conname = ANY($1)`,
      [enumerations.map(([name]) => name)],
    );
    const allowed = new Map(
      rows.map((row) => [
        row.name,
        [...row.definition.matchAll(/'([^']*)'/g)].map((match) => match[1]).sort(),
      ]),
    );
    for (const [name, values] of enumerations)
      expect([name, allowed.get(name)]).toEqual([name, [...values].sort()]);
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
