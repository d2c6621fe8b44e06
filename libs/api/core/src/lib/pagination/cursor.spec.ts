import { BadRequestException } from '@nestjs/common';
import { decodeCursor, encodeCursor } from './cursor';

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
    expect(() => decodeCursor(cursor, ['string', 'number'])).toThrow(BadRequestException);
  });
});
