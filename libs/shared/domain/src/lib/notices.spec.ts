import { NOTICE_ITEMS_MAX, noticeCut, noticePeriod, type NoticeItem } from './notices';

const line = (
  noticeStartsOn: string,
  noticeEndsOn: string,
): Pick<NoticeItem, 'noticeStartsOn' | 'noticeEndsOn'> => ({
  noticeStartsOn,
  noticeEndsOn,
});

describe('noticePeriod', () => {
  it('posts the period from the earliest first day to the latest last day', () => {
    expect(noticePeriod([])).toBeNull();
    expect(
      noticePeriod([
        line('2026-11-28', '2026-12-03'),
        line('2026-11-25', '2026-11-30'),
        line('2026-11-29', '2026-12-04'),
      ]),
    ).toEqual({ start: '2026-11-25', end: '2026-12-04' });
  });
});

describe('noticeCut', () => {
  it('tells a list that reached the most a notice lists', () => {
    expect(noticeCut(new Array(NOTICE_ITEMS_MAX))).toBe(true);
    expect(noticeCut(new Array(NOTICE_ITEMS_MAX - 1))).toBe(false);
  });
});
