import { WORKER_IMPORT_HEADINGS, WORKER_IMPORT_REQUIRED_COLUMNS } from '@worker-aid/shared/domain';
import { mapHeadings, normalHeading } from './sheet-headings';

describe('mapHeadings', () => {
  it('reads the Chinese template headings, with their required marks', () => {
    const { columns, missing } = mapHeadings(
      [
        '姓名*',
        '身份证号＊',
        '单位代码 *',
        '性别',
        '手机号码',
        '工作单位',
        '家庭住址',
        '是否农民工',
        '银行账号',
      ],
      WORKER_IMPORT_HEADINGS,
      WORKER_IMPORT_REQUIRED_COLUMNS,
    );
    expect(columns).toEqual([
      'name',
      'idNumber',
      'unitCode',
      'gender',
      'phone',
      'employer',
      'address',
      'migrantWorker',
      'bankAccount',
    ]);
    expect(missing).toEqual([]);
  });

  it('reads English headings in any case and order, and mixed languages', () => {
    const { columns, missing } = mapHeadings(
      [' UNITCODE ', 'IdNumber', '姓名', null, 'Remarks', 42, true],
      WORKER_IMPORT_HEADINGS,
      WORKER_IMPORT_REQUIRED_COLUMNS,
    );
    expect(columns).toEqual(['unitCode', 'idNumber', 'name', null, null, null, null]);
    expect(missing).toEqual([]);
  });

  it('ignores full-width and inner spaces', () => {
    const { columns } = mapHeadings(
      ['　姓　名　', '身份证号\u3000＊', 'id Number'],
      WORKER_IMPORT_HEADINGS,
      [],
    );
    expect(columns).toEqual(['name', 'idNumber', null]);
  });

  it('keeps the first column of a heading that is repeated', () => {
    const { columns } = mapHeadings(['姓名', 'name', '姓名*'], WORKER_IMPORT_HEADINGS, ['name']);
    expect(columns).toEqual(['name', null, null]);
  });

  it('names the required headings that are missing, in their order', () => {
    expect(mapHeadings(['性别', '手机号码'], WORKER_IMPORT_HEADINGS, WORKER_IMPORT_REQUIRED_COLUMNS)).toEqual(
      {
        columns: ['gender', 'phone'],
        missing: ['name', 'idNumber', 'unitCode'],
      },
    );
    expect(mapHeadings([], WORKER_IMPORT_HEADINGS, ['name']).missing).toEqual(['name']);
  });

  it('does not take a formula or a neutralised heading for a real one', () => {
    const { columns } = mapHeadings(['="姓名"', "'name", 'name'], WORKER_IMPORT_HEADINGS, ['name']);
    expect(columns).toEqual([null, null, 'name']);
  });

  it('normalises the way it compares', () => {
    expect(normalHeading(' Bank Account ＊')).toBe('bankaccount');
    expect(normalHeading('姓名**')).toBe('姓名');
  });
});
