import type { NoticeItem } from '@worker-aid/shared/domain';

/** 张*英's medical aid of ¥4,500.50 at the school union, in notice 2026-11-28 to 2026-12-03. */
export function aNotice(overrides: Partial<NoticeItem> = {}): NoticeItem {
  return {
    entityType: 'case',
    entityId: 'c-1',
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
