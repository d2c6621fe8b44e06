import { BreakpointObserver } from '@angular/cdk/layout';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { UnitView } from '@worker-aid/shared/domain';
import { LanguageService } from '@worker-aid/web/core';
import { aUser, renderComponent, settle } from '@worker-aid/web/core/testing';
import { NOTICE_ROSTER_URL, NOTICES_URL, UNITS_URL } from '@worker-aid/web/data-access';
import { aCampaignLine, aNotice } from '../../testing/notice-fixtures';
import { of } from 'rxjs';
import { NoticesPage } from './notices-page';

@Component({ template: '' })
class Blank {}

const units: UnitView[] = [
  { id: 'i', code: 'CZ-EDU', name: '市教育工会', level: 'industry', parentId: null },
  { id: 's', code: 'CZ-EDU-01', name: '滁州市第一中学工会', level: 'grassroots', parentId: 'i' },
];

const texts = {
  caseTypes: { medical: '医疗救助' },
  notices: {
    fileAid: '困难职工建档',
    campaignAid: '专项帮扶活动',
    period: '{{start}} 至 {{end}}',
    empty: '目前没有公示中的帮扶对象。',
    cut: '此处只列出前 {{max}} 项',
  },
};

async function render() {
  const rendered = await renderComponent(NoticesPage, {
    user: aUser('reviewer'),
    texts,
    providers: [
      provideRouter([{ path: 'notices', component: Blank }]),
      { provide: LanguageService, useValue: { active: () => 'zh-CN' } },
    ],
  });
  await rendered.fixture.whenStable();
  rendered.http.expectOne(UNITS_URL).flush(units);
  return rendered;
}

function rows(host: HTMLElement): string[] {
  return [...host.querySelectorAll('[data-testid="notice-row"]')].map((row) =>
    [...row.querySelectorAll('td')].map((cell) => (cell.textContent ?? '').trim()).join(' | '),
  );
}

describe('NoticesPage', () => {
  it("lists the masked roster of the user's unit, with the aid, the amount and the period", async () => {
    const { fixture, http, element } = await render();
    http.expectOne(`${NOTICES_URL}?unitId=i`).flush([
      aNotice(),
      aNotice({
        entityType: 'file',
        entityId: 'f-1',
        reference: 'DA-2026-000002',
        name: '李*',
        aid: 'file',
        amount: null,
        noticeStartsOn: '2026-11-25',
        noticeEndsOn: '2026-11-30',
      }),
      aCampaignLine(),
      aCampaignLine({ lineId: 'l-13', reference: '2026年"两节"送温暖 #13', name: '赵*' }),
    ]);
    await settle(fixture);
    expect(rows(element)).toEqual([
      'MED-2026-000001 | 张*英 | 341102********002X | 医疗救助 | ¥4,500.50 | 2026-11-28 至 2026-12-03',
      'DA-2026-000002 | 李* | 341102********002X | 困难职工建档 | — | 2026-11-25 至 2026-11-30',
      '2026年"两节"送温暖 #12 | 王*福 | 341102********002X | 专项帮扶活动 | ¥1,500.00 | 2026-11-29 至 2026-12-04',
      '2026年"两节"送温暖 #13 | 赵* | 341102********002X | 专项帮扶活动 | ¥1,500.00 | 2026-11-29 至 2026-12-04',
    ]);
    expect(
      [...element.querySelectorAll('[data-testid="notice-row"] a.link')].map((a) => a.getAttribute('href')),
    ).toEqual(['/cases/c-1', '/files/f-1', '/campaigns/k-1', '/campaigns/k-1']);
    expect(element.querySelector('[data-testid="notices-summary"]')?.textContent).toContain(
      '2026-11-25 至 2026-12-04',
    );
    expect(element.querySelector('[data-testid="notices-print"]')?.getAttribute('href')).toBe(
      '/notices/print?unitId=i',
    );
    http.verify();
  });

  it('asks again for the unit the URL names, and says when nothing is in notice', async () => {
    const { fixture, http, element } = await render();
    http.expectOne(`${NOTICES_URL}?unitId=i`).flush([aNotice()]);
    fixture.componentRef.setInput('unitId', 's');
    await settle(fixture);
    http.expectOne(`${NOTICES_URL}?unitId=s`).flush([]);
    await settle(fixture);
    expect(rows(element)).toEqual([]);
    expect(element.textContent).toContain('目前没有公示中的帮扶对象。');
    expect(element.querySelector<HTMLButtonElement>('[data-testid="notices-download"]')?.disabled).toBe(true);
    http.verify();
  });

  it('shows a long notice a hundred lines a page, from the first page again for another unit', async () => {
    const { fixture, http, element } = await render();
    const lines = Array.from({ length: 150 }, (_, i) =>
      aCampaignLine({ lineId: `l-${i}`, reference: `2026年"两节"送温暖 #${i + 1}` }),
    );
    http.expectOne(`${NOTICES_URL}?unitId=i`).flush(lines);
    await settle(fixture);
    expect(rows(element)).toHaveLength(100);
    element
      .querySelector<HTMLButtonElement>(
        '[data-testid="notices-paginator"] .mat-mdc-paginator-navigation-next',
      )
      ?.click();
    await settle(fixture);
    expect(rows(element)).toHaveLength(50);
    expect(rows(element)[0]).toContain('#101');
    fixture.componentRef.setInput('unitId', 's');
    await settle(fixture);
    http.expectOne(`${NOTICES_URL}?unitId=s`).flush(lines.slice(0, 120));
    await settle(fixture);
    expect(rows(element)[0]).toContain('#1 ');
  });

  it('puts the picked unit in the URL', async () => {
    const { fixture, http } = await render();
    http.expectOne(`${NOTICES_URL}?unitId=i`).flush([]);
    await settle(fixture);
    const router = TestBed.inject(Router);
    const navigate = jest.spyOn(router, 'navigate').mockResolvedValue(true);
    document.querySelector<HTMLElement>('[data-testid="notices-unit"]')?.click();
    await settle(fixture);
    document.querySelector<HTMLElement>('[data-testid="notices-unit-option-CZ-EDU-01"]')?.click();
    await settle(fixture);
    expect(navigate).toHaveBeenCalledWith([], { queryParams: { unitId: 's' } });
    document.querySelectorAll('.cdk-overlay-container').forEach((overlay) => overlay.remove());
  });

  it('downloads the roster of the unit in the interface language', async () => {
    const { fixture, http, element } = await render();
    http.expectOne(`${NOTICES_URL}?unitId=i`).flush([aNotice()]);
    await settle(fixture);
    const createObjectURL = jest.fn(() => 'blob:roster');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    element.querySelector<HTMLElement>('[data-testid="notices-download"]')?.click();
    await settle(fixture);
    const request = http.expectOne((req) => req.url === NOTICE_ROSTER_URL);
    expect(request.request.params.toString()).toBe('unitId=i&format=xlsx&lang=zh-CN');
    request.flush(new Blob(['x']), {
      headers: { 'Content-Disposition': `attachment; filename*=UTF-8''%E5%85%AC%E7%A4%BA.xlsx` },
    });
    await settle(fixture);
    expect(createObjectURL).toHaveBeenCalled();
    expect(click).toHaveBeenCalled();
    click.mockRestore();
  });
});

describe('NoticesPage on a phone', () => {
  it('shows each line as a card that opens its record', async () => {
    const rendered = await renderComponent(NoticesPage, {
      user: aUser('caseworker'),
      texts,
      providers: [
        { provide: BreakpointObserver, useValue: { observe: () => of({ matches: true, breakpoints: {} }) } },
      ],
    });
    await rendered.fixture.whenStable();
    rendered.http.expectOne(UNITS_URL).flush(units);
    rendered.http.expectOne(`${NOTICES_URL}?unitId=s`).flush([aNotice()]);
    await settle(rendered.fixture);
    const card = rendered.element.querySelector('a[data-testid="notice-row"]');
    expect(card?.getAttribute('href')).toBe('/cases/c-1');
    expect(card?.textContent).toContain('张*英');
    expect(card?.textContent).toContain('¥4,500.50');
  });
});
