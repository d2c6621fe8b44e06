import { IdempotencyKeys, newIdempotencyKey } from './payment-rules';

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
