import type { NoticeItem, NoticeSubject } from '@worker-aid/shared/domain';

/** The translation key of what a line is for: the aid type, 建档 for a hardship file, the campaign for its line. */
export function aidKey(aid: NoticeSubject): string {
  if (aid === 'file') return 'notices.fileAid';
  if (aid === 'campaign') return 'notices.campaignAid';
  return `caseTypes.${aid}`;
}

const RECORD_PAGES: Readonly<Record<NoticeItem['entityType'], string>> = {
  case: '/cases',
  file: '/files',
  campaign: '/campaigns',
};

/** The router link of the case, file or campaign a line is about; null when not the caller's to open. */
export function recordLink(item: Pick<NoticeItem, 'entityType' | 'entityId' | 'linked'>): string[] | null {
  return item.linked ? [RECORD_PAGES[item.entityType], item.entityId] : null;
}

/** What tells lines apart: a campaign has many, one per line. */
export function lineKey(item: Pick<NoticeItem, 'entityType' | 'entityId' | 'lineId'>): string {
  return `${item.entityType}:${item.entityId}:${item.lineId ?? ''}`;
}

/** Whether the lines come from more than one unit (then each line names its unit). */
export function spansUnits(items: readonly Pick<NoticeItem, 'unitId'>[]): boolean {
  return new Set(items.map((item) => item.unitId)).size > 1;
}

/** A calendar day (`YYYY-MM-DD`) written out for a printed page: 2026年11月30日, November 30, 2026. */
export function longDay(day: string, language: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
