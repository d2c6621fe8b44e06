import { decodeCursor } from './cursor';
import { paginate, rowsForPage } from './paginate';

describe('paginate', () => {
  const rows = [{ seq: '9' }, { seq: '8' }, { seq: '7' }];

  it('answers the page and a cursor at its last row when another row follows', () => {
    const page = paginate(
      rows,
      2,
      (row) => [row.seq],
      (row) => Number(row.seq),
    );
    expect(page.items).toEqual([9, 8]);
    expect(decodeCursor(page.nextCursor ?? '', ['string'])).toEqual(['8']);
  });

  it('answers no cursor on the last page', () => {
    expect(
      paginate(
        rows,
        3,
        (row) => [row.seq],
        (row) => row.seq,
      ),
    ).toEqual({
      items: ['9', '8', '7'],
      nextCursor: null,
    });
    expect(
      paginate(
        [],
        3,
        () => [],
        (row) => row,
      ),
    ).toEqual({ items: [], nextCursor: null });
  });

  it('reads one row more than the page', () => {
    expect(rowsForPage(50)).toBe(51);
  });
});
