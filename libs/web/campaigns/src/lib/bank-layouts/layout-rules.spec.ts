import { DEFAULT_BANK_LAYOUT, type BankLayoutRequest } from '@worker-aid/shared/domain';
import { cleanLayout, layoutProblems, moveColumn, nextFreeField } from './layout-rules';

function layout(overrides: Partial<BankLayoutRequest> = {}): BankLayoutRequest {
  return JSON.parse(
    JSON.stringify({ ...DEFAULT_BANK_LAYOUT, bankName: '中国工商银行', ...overrides }),
  ) as BankLayoutRequest;
}

const keys = (request: BankLayoutRequest) => layoutProblems(request).map((p) => p.key.split('.').pop());

describe('layoutProblems', () => {
  it('takes the default layout', () => {
    expect(layoutProblems(layout())).toEqual([]);
  });

  it('wants a bank name of at most 50 characters', () => {
    expect(keys(layout({ bankName: '  ' }))).toEqual(['bankName']);
    expect(keys(layout({ bankName: '银'.repeat(51) }))).toEqual(['bankName']);
    expect(keys(layout({ bankName: '银'.repeat(50) }))).toEqual([]);
  });

  it('wants the name, account and amount columns, each once', () => {
    const problems = layoutProblems(
      layout({
        columns: [
          { field: 'name', heading: '户名' },
          { field: 'name', heading: '姓名' },
          { field: 'amount', heading: '金额' },
        ],
      }),
    );
    expect(problems).toEqual([
      { key: 'batches.layouts.problems.missingField', params: { field: 'account' } },
      { key: 'batches.layouts.problems.duplicateField', params: { field: 'name' } },
    ]);
  });

  it('wants a layout with columns', () => {
    expect(keys(layout({ columns: [] }))).toEqual([
      'noColumns',
      'missingField',
      'missingField',
      'missingField',
    ]);
  });

  it('wants headings of 1 to 30 characters, all different', () => {
    const problems = layoutProblems(
      layout({
        columns: [
          { field: 'name', heading: '户名' },
          { field: 'account', heading: ' ' },
          { field: 'amount', heading: '户名 ' },
          { field: 'purpose', heading: 'x'.repeat(31) },
        ],
      }),
    );
    expect(problems).toEqual([
      { key: 'batches.layouts.problems.heading', params: { column: 2, max: 30 } },
      { key: 'batches.layouts.problems.heading', params: { column: 4, max: 30 } },
      { key: 'batches.layouts.problems.duplicateHeading', params: { heading: '户名' } },
    ]);
  });

  it("wants every heading of the bank's result file, the line, status and reason ones different", () => {
    const problems = layoutProblems(
      layout({ resultColumns: { lineRef: '序号', status: '序号', reason: '原因', paidValue: '' } }),
    );
    expect(problems).toEqual([
      { key: 'batches.layouts.problems.resultHeading', params: { name: 'paidValue', max: 30 } },
      { key: 'batches.layouts.problems.duplicateResultHeading', params: { heading: '序号' } },
    ]);
  });
});

describe('layout editing', () => {
  const columns = DEFAULT_BANK_LAYOUT.columns;

  it('moves a column up or down, and not past either end', () => {
    expect(moveColumn(columns, 1, -1).map((c) => c.field)).toEqual([
      'name',
      'lineNo',
      'account',
      'amount',
      'purpose',
    ]);
    expect(moveColumn(columns, 3, 1).map((c) => c.field)).toEqual([
      'lineNo',
      'name',
      'account',
      'purpose',
      'amount',
    ]);
    expect(moveColumn(columns, 0, -1)).toEqual(columns);
    expect(moveColumn(columns, 4, 1)).toEqual(columns);
  });

  it('offers the first field not yet used for a new column', () => {
    expect(nextFreeField(columns)).toBe('idNumber');
    expect(nextFreeField([...columns, { field: 'idNumber', heading: '身份证号' }])).toBeNull();
  });

  it('trims what the API gets', () => {
    const cleaned = cleanLayout(
      layout({ bankName: ' 建设银行 ', columns: [{ field: 'name', heading: ' 户名 ' }] }),
    );
    expect(cleaned.bankName).toBe('建设银行');
    expect(cleaned.columns).toEqual([{ field: 'name', heading: '户名' }]);
  });
});
