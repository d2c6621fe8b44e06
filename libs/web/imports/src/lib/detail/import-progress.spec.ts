import { anImport } from '../../testing/import-fixtures';
import { count, importProgress } from './import-progress';

describe('importProgress', () => {
  it('counts the rows checked of all rows while validating', () => {
    expect(importProgress(anImport({ status: 'validating', total: 400, processed: 100 }))).toEqual({
      mode: 'determinate',
      value: 25,
      key: 'imports.detail.progress.validating',
      params: { processed: '100', of: '400' },
    });
  });

  it('counts the workers registered of the valid rows while importing', () => {
    expect(
      importProgress(anImport({ status: 'importing', total: 400, valid: 300, processed: 299 })),
    ).toMatchObject({ mode: 'determinate', value: 100, params: { processed: '299', of: '300' } });
  });

  it('cannot count while queued or before the rows are known', () => {
    expect(importProgress(anImport({ status: 'queued' }))).toMatchObject({
      mode: 'indeterminate',
      key: 'imports.detail.progress.queued',
    });
    expect(importProgress(anImport({ status: 'validating', total: 0 }))).toMatchObject({
      mode: 'indeterminate',
    });
  });

  it('has nothing to show once nothing works on the import', () => {
    for (const status of ['validated', 'done', 'failed'] as const) {
      expect(importProgress(anImport({ status }))).toBeNull();
    }
  });
});

describe('count', () => {
  it('groups thousands as both languages write them', () => {
    expect(count(20_000)).toBe('20,000');
    expect(count(999)).toBe('999');
  });
});
