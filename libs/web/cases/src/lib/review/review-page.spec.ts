import { TestBed } from '@angular/core/testing';
import {
  NO_POLICY,
  type ApprovalPolicyView,
  type CaseListItem,
  type UnitView,
} from '@worker-aid/shared/domain';
import { aUser, renderComponent, settle } from '@worker-aid/web/core/testing';
import { APPROVAL_POLICY_URL, CASES_URL, UNITS_URL } from '@worker-aid/web/data-access';
import { HttpTestingController } from '@angular/common/http/testing';
import { ReviewPage } from './review-page';

const units: UnitView[] = [
  { id: 'i', code: 'CZ-EDU', name: '市教育工会', level: 'industry', parentId: 'c' },
  { id: 's', code: 'CZ-EDU-1', name: '实验小学工会', level: 'grassroots', parentId: 'i' },
];

const unconfigured: ApprovalPolicyView = {
  ...NO_POLICY,
  objectionContact: null,
  configured: false,
  updatedAt: null,
  updatedBy: null,
};

const awaiting: CaseListItem = {
  id: 'c-1',
  caseNo: 'MED-2026-000001',
  type: 'medical',
  status: 'submitted',
  workerId: 'w-1',
  workerName: '张秀英',
  unitId: 's',
  requestedAmount: 500000,
  approvedAmount: null,
  summary: '住院治疗',
  createdAt: '2026-11-20T02:00:00Z',
  awaitingLevel: 'industry',
  noticeEndsOn: null,
};

async function open(policy: ApprovalPolicyView): Promise<HTMLElement> {
  const { fixture, http, element } = await renderComponent(ReviewPage, {
    texts: {
      review: { subtitle: '本单位及下级单位提交的案件 · {{count}} 件' },
      approval: { review: { subtitle: { industry: '待{{unit}}审核的案件 · {{count}} 件' } } },
    },
    user: aUser('reviewer', { unitId: 'i' }),
  });
  await fixture.whenStable();
  http.expectOne(UNITS_URL).flush(units);
  http.expectOne(APPROVAL_POLICY_URL).flush(policy);
  // The queue of the caller's level, as the API keeps it.
  http.expectOne(`${CASES_URL}?review=true&limit=50`).flush({ items: [awaiting], nextCursor: null });
  await settle(fixture);
  return element;
}

describe('ReviewPage', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('names the level whose step the queue holds when a policy is configured', async () => {
    const page = await open({ ...unconfigured, configured: true });
    expect(page.querySelector('wa-page-header p')?.textContent?.trim()).toBe('待市教育工会审核的案件 · 1 件');
    expect(page.querySelector('[data-testid="review-row-MED-2026-000001"]')).toBeTruthy();
  });

  it('says the queue holds every submitted case of the subtree without a policy', async () => {
    const page = await open(unconfigured);
    expect(page.querySelector('wa-page-header p')?.textContent?.trim()).toBe(
      '本单位及下级单位提交的案件 · 1 件',
    );
  });
});
