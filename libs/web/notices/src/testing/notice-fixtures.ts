import type { NoticeItem } from '@worker-aid/shared/domain';

/** 张*英's medical aid of ¥4,500.50 at the school union, in notice 2026-11-28 to 2026-12-03. */
export function aNotice(overrides: Partial<NoticeItem> = {}): NoticeItem {
  return {
    entityType: 'case',
    entityId: 'c-1',
    lineId: null,
    linked: true,
    reference: 'MED-2026-000001',
    name: '张*英',
    idNumber: '341102********002X',
    aid: 'medical',
    amount: 450050,
    unitId: 's',
    unitName: '滁州市第一中学工会',
    noticeStartsOn: '2026-11-28',
    noticeEndsOn: '2026-12-03',
    ...overrides,
  };
}

/** 王*福's line 12 of the festival campaign, ¥1,500.00 at the school union, in notice 2026-11-29 to 2026-12-04. */
export function aCampaignLine(overrides: Partial<NoticeItem> = {}): NoticeItem {
  return aNotice({
    entityType: 'campaign',
    entityId: 'k-1',
    lineId: 'l-12',
    reference: '2026年"两节"送温暖 #12',
    name: '王*福',
    aid: 'campaign',
    amount: 150_000,
    noticeStartsOn: '2026-11-29',
    noticeEndsOn: '2026-12-04',
    ...overrides,
  });
}
