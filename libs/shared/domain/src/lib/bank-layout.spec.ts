import { bankLayoutProblems, DEFAULT_BANK_LAYOUT, yuanForBank } from './campaigns';

describe('bank layouts', () => {
  it('accepts the default layout', () => {
    expect(bankLayoutProblems(DEFAULT_BANK_LAYOUT)).toEqual([]);
  });

  it('wants the name, account and amount columns, each once, under distinct headings of 1–30 characters', () => {
    const without = {
      ...DEFAULT_BANK_LAYOUT,
      columns: DEFAULT_BANK_LAYOUT.columns.filter((c) => c.field !== 'account'),
    };
    expect(bankLayoutProblems(without)).toEqual([
      {
        field: 'columns',
        problem: 'missing_field',
        params: { field: 'account' },
        message: 'must have the field account',
      },
    ]);
    const twice = {
      ...DEFAULT_BANK_LAYOUT,
      columns: [...DEFAULT_BANK_LAYOUT.columns, { field: 'name' as const, heading: '姓名' }],
    };
    expect(bankLayoutProblems(twice).map((p) => p.problem)).toEqual(['duplicate_field']);
    const sameHeading = {
      ...DEFAULT_BANK_LAYOUT,
      columns: [...DEFAULT_BANK_LAYOUT.columns, { field: 'idNumber' as const, heading: '户名' }],
    };
    expect(bankLayoutProblems(sameHeading).map((p) => [p.problem, p.params])).toEqual([
      ['duplicate_heading', { heading: '户名' }],
    ]);
    const long = { ...DEFAULT_BANK_LAYOUT, columns: [{ field: 'name' as const, heading: 'x'.repeat(31) }] };
    expect(bankLayoutProblems(long).map((p) => p.message)).toContain('headings must be 1–30 characters');
    expect(
      bankLayoutProblems({ ...DEFAULT_BANK_LAYOUT, bankName: ' ', columns: [] }).map((p) => p.problem),
    ).toEqual(['bank_name', 'no_columns', 'missing_field', 'missing_field', 'missing_field']);
  });

  it('wants distinct result headings and a paid value', () => {
    const result = { ...DEFAULT_BANK_LAYOUT.resultColumns, status: '序号', paidValue: ' ' };
    expect(bankLayoutProblems({ ...DEFAULT_BANK_LAYOUT, resultColumns: result }).map((p) => p.field)).toEqual(
      ['resultColumns', 'resultColumns'],
    );
  });

  it('writes amounts as payroll files want them', () => {
    expect([yuanForBank(80_000), yuanForBank(123_405), yuanForBank(5)]).toEqual([
      '800.00',
      '1234.05',
      '0.05',
    ]);
  });
});
