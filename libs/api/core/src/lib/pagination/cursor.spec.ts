import { decodeCursor, decodeSequenceCursor, encodeCursor } from './cursor';

describe('keyset cursors', () => {
  it('round-trip the sort key', () => {
    expect(decodeCursor(encodeCursor(['2026-01-01T00:00:00.000Z', 42]), ['string', 'number'])).toEqual([
      '2026-01-01T00:00:00.000Z',
      42,
    ]);
  });

  it.each([
    'not-base64-json',
    encodeCursor([1, 2]),
    encodeCursor(['a']),
    Buffer.from('{}').toString('base64url'),
  ])('refuse a forged cursor %s with a 400', (cursor) => {
    expect(() => decodeCursor(cursor, ['string', 'number'])).toThrow(
      expect.objectContaining({ code: 'validation', status: 400 }),
    );
  });
});

describe('sequence cursors', () => {
  it('round-trip a sequence number', () => {
    expect(decodeSequenceCursor(encodeCursor(['9223372036854775807']))).toBe('9223372036854775807');
  });

  it.each(['9223372036854775808', '99999999999999999999', '-1', '1.5', 'admin'])(
    'refuse %s with a 400, not a database error',
    (seq) => {
      expect(() => decodeSequenceCursor(encodeCursor([seq]))).toThrow(
        expect.objectContaining({ code: 'validation', status: 400 }),
      );
    },
  );
});
