import ExcelJS from 'exceljs';
import { NOTICE_ITEMS_MAX, type NoticeItem } from '@worker-aid/shared/domain';
import { noticeRosterXlsx } from './notice-roster';

const item: NoticeItem = {
  entityType: 'campaign',
  entityId: 'k-1',
  lineId: 'l-1',
  linked: true,
  reference: '2026年"两节"送温暖 #1',
  name: '张*国',
  idNumber: '341102********123X',
  aid: 'campaign',
  amount: 150_000,
  unitId: 'u-1',
  unitName: '滁州中学工会帮扶工作站',
  noticeStartsOn: '2026-11-30',
  noticeEndsOn: '2026-12-05',
};

async function texts(items: readonly NoticeItem[]): Promise<string[]> {
  const bytes = await noticeRosterXlsx({
    unitName: '市教育工会',
    items,
    objectionContact: null,
    lang: 'zh-CN',
    now: new Date('2026-11-30T02:00:00Z'),
  });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const lines: string[] = [];
  workbook.worksheets[0].eachRow((row) => lines.push(row.getCell(1).text));
  return lines;
}

describe('noticeRosterXlsx', () => {
  it('says so under a list cut at the most a notice lists', async () => {
    const cut = Array.from({ length: NOTICE_ITEMS_MAX }, (_, i) => ({ ...item, lineId: `l-${i}` }));
    expect(await texts(cut)).toContain('公示项目较多，此处只列出前 5,000 项：请按下级单位分别生成公示名单。');
    expect((await texts([item])).some((text) => text.startsWith('公示项目较多'))).toBe(false);
  });
});
