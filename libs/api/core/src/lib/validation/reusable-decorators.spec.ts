import { plainToInstance } from 'class-transformer';
import { IsString, validateSync } from 'class-validator';
import { IsPositiveFen } from './is-positive-fen';
import { Trim } from './trim';

class Payment {
  @IsPositiveFen()
  amount!: number;

  @Trim()
  @IsString()
  note!: string;
}

const check = (body: object) => {
  const instance = plainToInstance(Payment, body);
  return {
    instance,
    errors: validateSync(instance).map((e) => [e.property, Object.values(e.constraints ?? {})]),
  };
};

describe('@IsPositiveFen', () => {
  it.each([1, 100, Number.MAX_SAFE_INTEGER])('takes %p', (amount) => {
    expect(check({ amount, note: 'x' }).errors).toEqual([]);
  });

  it.each([0, -1, 1.5, '100', null, Number.MAX_SAFE_INTEGER + 1])('refuses %p', (amount) => {
    expect(check({ amount, note: 'x' }).errors).toEqual([
      ['amount', ['must be a whole number of fen, more than zero']],
    ]);
  });
});

describe('@Trim', () => {
  it('trims text and leaves other values to the validators', () => {
    expect(check({ amount: 1, note: '  年度下拨 ' }).instance.note).toBe('年度下拨');
    expect(check({ amount: 1, note: 7 }).errors).toEqual([['note', ['note must be a string']]]);
  });
});
