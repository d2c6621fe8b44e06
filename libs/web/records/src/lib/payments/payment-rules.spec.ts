import {
  IdempotencyKeys,
  isReversible,
  newIdempotencyKey,
  paymentLimitError,
  remainingFen,
} from './payment-rules';

describe('remainingFen', () => {
  it('is approved less disbursed', () => {
    expect(remainingFen({ approvedAmount: 1000000, disbursedAmount: 500000 })).toBe(500000);
  });

  it('is zero before approval, for an approved amount of zero and when all is paid', () => {
    expect(remainingFen({ approvedAmount: null, disbursedAmount: 0 })).toBe(0);
    expect(remainingFen({ approvedAmount: 0, disbursedAmount: 0 })).toBe(0);
    expect(remainingFen({ approvedAmount: 500000, disbursedAmount: 500000 })).toBe(0);
  });
});

describe('paymentLimitError', () => {
  it('accepts an amount up to what is left on the case and in the fund', () => {
    expect(paymentLimitError(500000, 500000, 500000)).toBeNull();
    expect(paymentLimitError(1, 500000, null)).toBeNull();
  });

  it('refuses zero, more than the case has left, and more than the fund holds', () => {
    expect(paymentLimitError(0, 500000, 900000)).toBe('notPositive');
    expect(paymentLimitError(500001, 500000, 900000)).toBe('overRemaining');
    expect(paymentLimitError(400001, 500000, 400000)).toBe('overBalance');
  });
});

describe('isReversible', () => {
  it('only a payment not yet reversed', () => {
    expect(isReversible({ reversesId: null, reversedById: null })).toBe(true);
    expect(isReversible({ reversesId: null, reversedById: 'r' })).toBe(false);
    expect(isReversible({ reversesId: 'p', reversedById: null })).toBe(false);
  });
});

describe('IdempotencyKeys', () => {
  function keys(): IdempotencyKeys {
    let n = 0;
    return new IdempotencyKeys(() => `key-${++n}`);
  }

  it('reuses the key when the same body is sent again (double click, retry)', () => {
    const k = keys();
    expect(k.keyFor({ amount: 100 })).toBe('key-1');
    k.failed(0);
    expect(k.keyFor({ amount: 100 })).toBe('key-1');
    k.failed(409);
    expect(k.keyFor({ amount: 100 })).toBe('key-1');
  });

  it('takes a new key for a changed body only after the server refused the last one', () => {
    const k = keys();
    k.keyFor({ amount: 100 });
    k.failed(409);
    expect(k.keyFor({ amount: 90 })).toBe('key-2');
  });

  it('keeps the key for a changed body when the last outcome is unknown', () => {
    const k = keys();
    k.keyFor({ amount: 100 });
    k.failed(0);
    expect(k.keyFor({ amount: 90 })).toBe('key-1');
    k.failed(503);
    expect(k.keyFor({ amount: 80 })).toBe('key-1');
  });
});

describe('newIdempotencyKey', () => {
  it('makes a different header-safe key each time', () => {
    const a = newIdempotencyKey();
    expect(a).toMatch(/^[\x21-\x7e]{1,200}$/);
    expect(newIdempotencyKey()).not.toBe(a);
  });
});
