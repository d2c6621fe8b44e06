import type { NoticeSubject } from './approval';

/** What a notice lists: an approved case, or an approved hardship file (`file`). */
export type NoticeEntityType = 'case' | 'file';

/** One line of a posted notice (公示): masked by `maskName` and `maskIdentityNumber`. */
export interface NoticeItem {
  entityType: NoticeEntityType;
  entityId: string;
  /** The case or file number. */
  reference: string;
  /** Masked: 张*国. */
  name: string;
  /** Masked: 341102********123X. */
  idNumber: string;
  /** The aid type, or `file` for a hardship file. */
  aid: NoticeSubject;
  /** Fen approved; `null` for a file. */
  amount: number | null;
  unitId: string;
  unitName: string;
  /** The day of final approval: the notice's first day. */
  noticeStartsOn: string;
  noticeEndsOn: string;
}

/** A posted notice's period: the earliest first day to the latest last day; null for no lines. */
export function noticePeriod(
  items: readonly Pick<NoticeItem, 'noticeStartsOn' | 'noticeEndsOn'>[],
): { start: string; end: string } | null {
  if (items.length === 0) return null;
  let start = items[0].noticeStartsOn;
  let end = items[0].noticeEndsOn;
  for (const item of items) {
    if (item.noticeStartsOn < start) start = item.noticeStartsOn;
    if (item.noticeEndsOn > end) end = item.noticeEndsOn;
  }
  return { start, end };
}
