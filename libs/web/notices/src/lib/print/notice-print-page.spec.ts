import type { UnitView } from '@worker-aid/shared/domain';
import { todayInCenter } from '@worker-aid/shared/domain';
import { LanguageService } from '@worker-aid/web/core';
import { aUser, renderComponent, settle } from '@worker-aid/web/core/testing';
import { NOTICES_URL, UNITS_URL } from '@worker-aid/web/data-access';
import { aCampaignLine, aNotice } from '../../testing/notice-fixtures';
import { longDay } from '../notice-lines';
import { NoticePrintPage } from './notice-print-page';

const units: UnitView[] = [
  { id: 'i', code: 'CZ-EDU', name: '市教育工会', level: 'industry', parentId: null },
  { id: 's', code: 'CZ-EDU-01', name: '滁州市第一中学工会', level: 'grassroots', parentId: 'i' },
];

const texts = {
  caseTypes: { medical: '医疗救助' },
  notices: {
    campaignAid: '专项帮扶活动',
    sheet: {
      title: '{{unit}}困难职工帮扶公示',
      intro: '公示期为 {{start}} 至 {{end}}。',
      introNone: '目前没有公示中的帮扶对象。',
      objection: '公示期内如有异议，请联系：{{contact}}',
      objectionDefault: '公示期内如有异议，请向{{unit}}反映。',
      seal: '{{unit}}（盖章）',
    },
  },
};

async function sheetOf(unitId: string, lines: ReturnType<typeof aNotice>[], contact: string | null) {
  const rendered = await renderComponent(NoticePrintPage, {
    user: aUser('reviewer'),
    texts,
    providers: [{ provide: LanguageService, useValue: { active: () => 'zh-CN' } }],
  });
  rendered.fixture.componentRef.setInput('unitId', unitId);
  await rendered.fixture.whenStable();
  rendered.http.expectOne(UNITS_URL).flush(units);
  rendered.http.expectOne(`${NOTICES_URL}?unitId=${unitId}`).flush(lines);
  rendered.http.expectOne('/api/approval-policy').flush({ objectionContact: contact });
  await settle(rendered.fixture);
  return rendered;
}

function text(root: HTMLElement, testId: string): string {
  return (root.querySelector(`[data-testid="${testId}"]`)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('NoticePrintPage', () => {
  it("prints the unit's notice: title, period, roster, where to object, the date and the seal", async () => {
    const { element, http } = await sheetOf(
      's',
      [
        aNotice(),
        aNotice({ entityId: 'c-2', reference: 'MED-2026-000002', name: '王*', noticeStartsOn: '2026-11-30' }),
        aCampaignLine(),
        aCampaignLine({ lineId: 'l-13', reference: '2026年"两节"送温暖 #13', name: '赵*' }),
      ],
      '电话 0550-3022000（市困难职工帮扶中心）',
    );
    expect(text(element, 'notice-sheet-title')).toBe('滁州市第一中学工会困难职工帮扶公示');
    expect(text(element, 'notice-sheet-intro')).toBe('公示期为 2026年11月28日 至 2026年12月4日。');
    const rows = [...element.querySelectorAll('[data-testid="notice-sheet-row"]')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim()),
    );
    expect(rows).toEqual([
      [
        '1',
        'MED-2026-000001',
        '张*英',
        '341102********002X',
        '医疗救助',
        '¥4,500.50',
        '2026-11-28 – 2026-12-03',
      ],
      [
        '2',
        'MED-2026-000002',
        '王*',
        '341102********002X',
        '医疗救助',
        '¥4,500.50',
        '2026-11-30 – 2026-12-03',
      ],
      [
        '3',
        '2026年"两节"送温暖 #12',
        '王*福',
        '341102********002X',
        '专项帮扶活动',
        '¥1,500.00',
        '2026-11-29 – 2026-12-04',
      ],
      [
        '4',
        '2026年"两节"送温暖 #13',
        '赵*',
        '341102********002X',
        '专项帮扶活动',
        '¥1,500.00',
        '2026-11-29 – 2026-12-04',
      ],
    ]);
    expect(text(element, 'notice-sheet-objection')).toBe(
      '公示期内如有异议，请联系：电话 0550-3022000（市困难职工帮扶中心）',
    );
    expect(text(element, 'notice-sheet-seal')).toBe('滁州市第一中学工会（盖章）');
    expect(text(element, 'notice-sheet-date')).toBe(longDay(todayInCenter(), 'zh-CN'));
    http.verify();
  });

  it('names the unit to object to when the policy names nobody, and each line its unit when they differ', async () => {
    const { element } = await sheetOf(
      'i',
      [aNotice(), aNotice({ entityId: 'c-2', unitId: 'i', unitName: '市教育工会' })],
      null,
    );
    expect(text(element, 'notice-sheet-objection')).toBe('公示期内如有异议，请向市教育工会反映。');
    const firstRow = element.querySelector('[data-testid="notice-sheet-row"]');
    expect(firstRow?.querySelectorAll('td')).toHaveLength(8);
  });

  it('prints an empty notice as such', async () => {
    const { element } = await sheetOf('s', [], null);
    expect(text(element, 'notice-sheet-intro')).toBe('目前没有公示中的帮扶对象。');
    expect(element.querySelector('[data-testid="notice-sheet-table"]')).toBeNull();
  });

  it('opens the browser print dialog', async () => {
    const { element, fixture } = await sheetOf('s', [aNotice()], null);
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    element.querySelector<HTMLElement>('[data-testid="notice-print"]')?.click();
    await settle(fixture);
    expect(print).toHaveBeenCalled();
    print.mockRestore();
  });
});
