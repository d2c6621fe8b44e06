import type { NoticeSubject } from './approval';

/** What a notice lists: an approved case, an approved hardship file, or a line of an approved campaign. */
export type NoticeEntityType = 'case' | 'file' | 'campaign';

/** One line of a posted notice (公示): masked by `maskName` and `maskIdentityNumber`. */
export interface NoticeItem {
  entityType: NoticeEntityType;
  /** The case's, the file's or the campaign's id. */
  entityId: string;
  /** The campaign line's id; null for a case or a file. */
  lineId: string | null;
  /**
   * Whether the caller may open the case, file or campaign: a campaign held by a union above the
   * caller's unit posts its lines there, but is not the caller's to open.
   */
  linked: boolean;
  /** The case or file number; for a campaign line `<campaign name> #<line no>`. */
  reference: string;
  /** Masked: 张*国. */
  name: string;
  /** Masked: 341102********123X. */
  idNumber: string;
  /** The aid type, `file` for a hardship file, `campaign` for a campaign line. */
  aid: NoticeSubject;
  /** Fen approved; `null` for a file. */
  amount: number | null;
  unitId: string;
  unitName: string;
  /** The day of final approval: the notice's first day. */
  noticeStartsOn: string;
  noticeEndsOn: string;
}

/**
 * The most lines a notice lists (cases, files and campaign lines together): a roster is posted
 * per unit, so a real one stays below it; a list that reaches it was cut, and says so.
 */
export const NOTICE_ITEMS_MAX = 5_000;

/** Whether a notice's list may have been cut at `NOTICE_ITEMS_MAX`: then a unit below is chosen. */
export function noticeCut(items: readonly unknown[]): boolean {
  return items.length >= NOTICE_ITEMS_MAX;
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
