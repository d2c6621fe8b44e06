import { FieldKeyring, generateEncryptionKeys, installFieldKeyring } from '@worker-aid/api/core';
import { checkRow } from './check-row';
import { rowCells } from './row-cells';

const COLUMNS = [
  'name',
  'idNumber',
  'unitCode',
  'gender',
  'phone',
  'employer',
  'address',
  'migrantWorker',
  'bankAccount',
] as const;
const UNITS = new Map([['CZ-EDU-01', 'b3c225f8-37f4-4c38-9019-6ec18b8bb780']]);
const row = (values: (string | number | null)[]) => rowCells(values, [...COLUMNS]);

beforeAll(() => installFieldKeyring(new FieldKeyring(generateEncryptionKeys())));

describe('rowCells', () => {
  it('reads every value as text under its column, and finds long numbers that lost digits', () => {
    const read = rowCells(
      ['王秀英', 110105194912310000, 13800138000, 'x', '  '],
      ['name', 'idNumber', 'phone', null, 'address'],
    );
    expect(read.cells).toEqual({ name: '王秀英', idNumber: '110105194912310000', phone: '13800138000' });
    expect(read.lostDigits).toEqual(['idNumber']);
  });

  it('keeps the first of two columns with one heading', () => {
    expect(rowCells(['a', 'b'], ['name', 'name']).cells).toEqual({ name: 'a' });
  });
});

describe('checkRow', () => {
  const good = [
    '王秀英',
    '11010519491231002x',
    'cz-edu-01',
    '女',
    '138 0013 8000',
    '纺织厂',
    '幸福路 1 号',
    '是',
    '6222 0202 0011 2233 445',
  ];

  it('turns a good row into the worker it registers, normalised by the same rules as the API', () => {
    const checked = checkRow(row(good), UNITS);
    expect(checked).toEqual({
      ok: true,
      problems: [],
      worker: {
        name: '王秀英',
        idNumber: '11010519491231002X',
        unitId: UNITS.get('CZ-EDU-01'),
        migrantWorker: true,
        phone: '138 0013 8000',
        bankAccount: '6222020200112233445',
        employer: '纺织厂',
        address: '幸福路 1 号',
      },
    });
  });

  it('reads gender and yes/no in either language, and what spreadsheets write for them', () => {
    for (const [gender, yes] of [
      ['female', 'yes'],
      ['FEMALE', 'TRUE'],
      ['女', '1'],
    ]) {
      const checked = checkRow(row([...good.slice(0, 3), gender, ...good.slice(4, 7), yes, good[8]]), UNITS);
      expect(checked.ok && checked.worker.migrantWorker).toBe(true);
    }
    const no = checkRow(row([...good.slice(0, 7), '否', good[8]]), UNITS);
    expect(no.ok && no.worker.migrantWorker).toBe(false);
  });

  it('names each problem by its column and code', () => {
    const codes = (values: (string | number | null)[]) =>
      checkRow(row(values), UNITS).problems.map((p) => `${p.field}:${p.code}`);
    expect(codes([...good.slice(0, 2), 'CZ-HEALTH-01', ...good.slice(3)])).toEqual(['unitCode:unit_code']);
    expect(codes([...good.slice(0, 2), null, ...good.slice(3)])).toEqual(['unitCode:required']);
    expect(codes([good[0], '110105194912310021', ...good.slice(2)])).toEqual([
      'idNumber:id_number.check_character',
    ]);
    expect(codes([good[0], good[1], good[2], '男', ...good.slice(4)])).toEqual([
      'gender:id_number.gender_mismatch',
    ]);
    expect(codes([good[0], good[1], good[2], '未知', ...good.slice(4)])).toEqual(['gender:one_of']);
    expect(codes([...good.slice(0, 7), '也许', good[8]])).toEqual(['migrantWorker:yes_no']);
    expect(codes([...good.slice(0, 8), '12ab'])).toEqual(['bankAccount:bank_account']);
    expect(codes([null, ...good.slice(1)])).toEqual(['name:required']);
    // A number that lost digits says so, not that its check character is wrong.
    expect(codes([good[0], 110105194912310000, ...good.slice(2)])).toEqual(['idNumber:number_cell']);
  });

  it('keeps an invalid row’s identity number when it is valid itself, for the duplicates in the sheet', () => {
    const checked = checkRow(row([...good.slice(0, 4), '电话', ...good.slice(5)]), UNITS);
    expect(checked).toMatchObject({ ok: false, idNumber: '11010519491231002X' });
  });
});
