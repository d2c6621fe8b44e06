import { validateSync } from 'class-validator';
import { IsFen, IsResidentId } from './validation';

class Sample {
  @IsFen() amount: unknown;
  @IsResidentId() idNumber: unknown;
}

function messages(amount: unknown, idNumber: unknown): string[] {
  const sample = Object.assign(new Sample(), { amount, idNumber });
  return validateSync(sample).flatMap((e) =>
    Object.values(e.constraints ?? {}).map((m) => `${e.property}: ${m}`),
  );
}

describe('domain validators', () => {
  it('accept fen and a valid identity number', () => {
    expect(messages(0, '11010519491231002X')).toEqual([]);
  });

  it('name the broken rule', () => {
    expect(messages(1.5, '110105194912310021')).toEqual([
      'amount: must be a whole, non-negative number of fen',
      'idNumber: check digit does not match',
    ]);
    expect(messages('100', 12)).toEqual([
      'amount: must be a whole, non-negative number of fen',
      'idNumber: must be a string',
    ]);
  });
});
