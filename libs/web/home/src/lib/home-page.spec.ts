import { DestroyRef } from '@angular/core';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import type { InboxCounts, InboxView, Role } from '@worker-aid/shared/domain';
import { INBOX_URL } from '@worker-aid/web/data-access';
import { aUser, renderComponent, settle } from '@worker-aid/web/core/testing';
import { InboxService } from '@worker-aid/web/core';
import { HomePage } from './home-page';

const texts = {
  inbox: {
    kinds: { review: '待审核案件', toPay: '待发放', campaignsToPay: '待发放的专项活动' },
    empty: '暂无待办事项，一切都处理好了。',
    since: { daysAgo: '{{days}} 天前', overdue: '已逾期 {{days}} 天' },
  },
};

const NONE: InboxCounts = {
  review: 0,
  fileApprovals: 0,
  campaignApprovals: 0,
  noticeEnding: 0,
  filesReviewDue: 0,
  followUpsDue: 0,
  toPay: 0,
  campaignsToPay: 0,
  imports: 0,
};

async function homeOf(role: Role, inbox: InboxView | null) {
  const rendered = await renderComponent(HomePage, { user: aUser(role), texts });
  const { fixture, http } = rendered;
  TestBed.inject(InboxService).connect(fixture.componentRef.injector.get(DestroyRef));
  if (inbox) http.expectOne(INBOX_URL).flush(inbox);
  await settle(fixture);
  return rendered;
}

function kindsShown(element: HTMLElement): string[] {
  return [...element.querySelectorAll('[data-testid^="inbox-kind-"]')].map((card) =>
    (card.getAttribute('data-testid') ?? '').replace('inbox-kind-', ''),
  );
}

function hrefOf(element: HTMLElement, testId: string): string | null {
  return element.querySelector(`[data-testid="${testId}"]`)?.getAttribute('href') ?? null;
}

describe('HomePage', () => {
  let fixture: ComponentFixture<HomePage>;
  afterEach(() => fixture?.destroy());

  it('shows a reviewer a card per kind of their role, with counts and links to the filtered lists', async () => {
    const rendered = await homeOf('reviewer', {
      counts: { ...NONE, review: 4, fileApprovals: 2, followUpsDue: 1 },
      items: [],
    });
    fixture = rendered.fixture;
    const { element } = rendered;
    expect(kindsShown(element)).toEqual([
      'review',
      'fileApprovals',
      'campaignApprovals',
      'noticeEnding',
      'filesReviewDue',
      'followUpsDue',
      'imports',
    ]);
    expect(element.querySelector('[data-testid="inbox-count-review"]')?.textContent?.trim()).toBe('4');
    expect(element.querySelector('[data-testid="inbox-kind-review"]')?.textContent).toContain('待审核案件');
    expect(element.querySelector('[data-testid="inbox-kind-review"]')?.classList).toContain('has-work');
    expect(element.querySelector('[data-testid="inbox-kind-imports"]')?.classList).not.toContain('has-work');
    expect(hrefOf(element, 'inbox-kind-review')).toBe('/review');
    expect(hrefOf(element, 'inbox-kind-fileApprovals')).toBe('/files?status=submitted');
    expect(hrefOf(element, 'inbox-kind-campaignApprovals')).toBe('/campaigns?status=submitted');
    expect(hrefOf(element, 'inbox-kind-noticeEnding')).toBe('/notices');
    expect(hrefOf(element, 'inbox-kind-followUpsDue')).toBe('/files/follow-ups');
    expect(element.querySelector('[data-testid="inbox-empty"]')?.textContent).toContain('暂无待办事项');
    expect(element.querySelector('[data-testid="home-role"]')).not.toBeNull();
  });

  it('shows finance what is to pay, and lists the items with their kind, age and amount', async () => {
    const rendered = await homeOf('finance', {
      counts: { ...NONE, toPay: 1, noticeEnding: 0 },
      items: [
        {
          kind: 'toPay',
          entityType: 'case',
          entityId: 'c-9',
          title: 'MED-2026-000009 张秀英',
          since: new Date(Date.now() - 3 * 86_400_000).toISOString(),
          amount: 450050,
        },
      ],
    });
    fixture = rendered.fixture;
    const { element } = rendered;
    expect(kindsShown(element)).toEqual(['noticeEnding', 'toPay', 'campaignsToPay']);
    expect(hrefOf(element, 'inbox-kind-toPay')).toBe('/cases?status=approved&payable=true');
    const item = element.querySelector('[data-testid="inbox-item-c-9"]');
    expect(item?.getAttribute('href')).toBe('/cases/c-9');
    expect(item?.textContent).toContain('MED-2026-000009 张秀英');
    expect(item?.textContent).toContain('待发放');
    expect(item?.textContent).toContain('3 天前');
    expect(item?.textContent).toContain('¥4,500.50');
  });

  it('shows finance the campaigns to pay, each item opening its campaign', async () => {
    const rendered = await homeOf('finance', {
      counts: { ...NONE, campaignsToPay: 1 },
      items: [
        {
          kind: 'campaignsToPay',
          entityType: 'campaign',
          entityId: 'k-1',
          title: '2026年"两节"送温暖',
          since: new Date(Date.now() - 2 * 86_400_000).toISOString(),
          amount: 12_000_000,
        },
      ],
    });
    fixture = rendered.fixture;
    const { element } = rendered;
    expect(element.querySelector('[data-testid="inbox-count-campaignsToPay"]')?.textContent?.trim()).toBe(
      '1',
    );
    expect(hrefOf(element, 'inbox-kind-campaignsToPay')).toBe('/campaigns?status=approved');
    const item = element.querySelector('[data-testid="inbox-item-k-1"]');
    expect(item?.getAttribute('href')).toBe('/campaigns/k-1');
    expect(item?.textContent).toContain('待发放的专项活动');
    expect(item?.textContent).toContain('¥120,000.00');
  });

  it('links files and imports to their records', async () => {
    const rendered = await homeOf('caseworker', {
      counts: { ...NONE, filesReviewDue: 1, imports: 1 },
      items: [
        {
          kind: 'filesReviewDue',
          entityType: 'file',
          entityId: 'f-1',
          title: 'DA-2026-000001 李四',
          since: '2020-01-01',
        },
        {
          kind: 'imports',
          entityType: 'import',
          entityId: 'i-1',
          title: '十月名单.xlsx',
          since: '2026-11-01T00:00:00Z',
        },
      ],
    });
    fixture = rendered.fixture;
    const { element } = rendered;
    expect(hrefOf(element, 'inbox-item-f-1')).toBe('/files/f-1');
    expect(element.querySelector('[data-testid="inbox-item-f-1"]')?.textContent).toContain('已逾期');
    expect(hrefOf(element, 'inbox-item-i-1')).toBe('/imports/i-1');
    expect(element.querySelector('[data-testid="inbox-item-i-1"] .item-amount')).toBeNull();
  });

  it('gives the auditor, who has nothing to act on, a note, the unit and role, and the shortcuts', async () => {
    const rendered = await homeOf('auditor', { counts: NONE, items: [] });
    fixture = rendered.fixture;
    const { element } = rendered;
    expect(kindsShown(element)).toEqual([]);
    expect(element.querySelector('[data-testid="inbox-none"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="home-role"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="shortcut-audit"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="shortcut-notices"]')).not.toBeNull();
  });

  it('shows the cards without counts until the inbox answers', async () => {
    const rendered = await homeOf('manager', null);
    fixture = rendered.fixture;
    const { element, http } = rendered;
    expect(kindsShown(element)).toEqual(['review', 'fileApprovals', 'campaignApprovals']);
    expect(element.querySelector('[data-testid="inbox-count-review"]')?.textContent?.trim()).toBe('–');
    expect(element.querySelector('[data-testid="inbox-loading"]')).not.toBeNull();
    http.expectOne(INBOX_URL).flush({ counts: { ...NONE, review: 1 }, items: [] });
    await settle(fixture);
    expect(element.querySelector('[data-testid="inbox-count-review"]')?.textContent?.trim()).toBe('1');
  });
});
