import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { CampaignView, Role } from '@worker-aid/shared/domain';
import { aUser, byTestId, renderComponent, settle } from '@worker-aid/web/core/testing';
import { aCampaign, aLine } from '../../testing/campaign-fixtures';
import { CAMPAIGNS_URL } from '../data-access/campaigns-api';
import { CampaignPage } from './campaign-page';

const lines = [
  aLine(),
  aLine({ id: 'l-2', lineNo: 2, workerName: '李建平', tier: 'relative', amount: 50000 }),
];

async function open(role: Role, campaign: CampaignView = aCampaign()) {
  const rendered = await renderComponent(CampaignPage, {
    user: aUser(role),
    texts: {
      campaigns: {
        statuses: { draft: '草稿', submitted: '待审批', approved: '已批准' },
        lineStatuses: { unpaid: '未发放', excluded: '已剔除' },
        lineDialog: { exclude: '剔除' },
        objection: { held: '公示异议', reviewed: '异议已复核' },
        detail: {
          fourEyes: '本活动由您创建',
          rebuildExplain: '已剔除和已调整金额的人员保持不变',
          rosterBuilt: '名单已生成：{{lines}} 人，保留 {{kept}} 项',
        },
      },
      validation: { required: '必填项' },
    },
  });
  rendered.fixture.componentRef.setInput('id', campaign.id);
  await settle(rendered.fixture);
  const { http } = rendered;
  http.expectOne({ method: 'GET', url: `${CAMPAIGNS_URL}/${campaign.id}` }).flush(campaign);
  http.expectOne(`${CAMPAIGNS_URL}/${campaign.id}/batches`).flush([]);
  http
    .expectOne((req) => req.url === `${CAMPAIGNS_URL}/${campaign.id}/lines`)
    .flush({ items: lines, nextCursor: null });
  await settle(rendered.fixture);
  return rendered;
}

function has(element: HTMLElement, testId: string): boolean {
  return element.querySelector(`[data-testid="${testId}"]`) !== null;
}

describe('CampaignPage', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('shows the draft with its totals and roster, and lets the manager rebuild and submit', async () => {
    const { element } = await open('manager');
    expect(byTestId(element, 'campaign-status').textContent).toContain('草稿');
    expect(byTestId(element, 'campaign-total-lines').textContent?.trim()).toBe('3');
    expect(byTestId(element, 'campaign-total-amount').textContent?.trim()).toBe('¥2,100.00');
    expect(byTestId(element, 'campaign-line-1').textContent).toContain('张秀英');
    expect(byTestId(element, 'campaign-line-1').textContent).toContain('341102********002X');
    expect(has(element, 'campaign-rebuild')).toBe(true);
    expect(has(element, 'campaign-action-submit')).toBe(true);
    expect(has(element, 'campaign-line-exclude-1')).toBe(true);
    expect(has(element, 'campaign-new-batch')).toBe(false);
  });

  it('asks before it builds the roster again, then says how many lines and edits were kept', async () => {
    const { fixture, element, http } = await open('manager');
    byTestId(element, 'campaign-rebuild').click();
    await settle(fixture);
    expect(document.body.textContent).toContain('已剔除和已调整金额的人员保持不变');
    http.expectNone({ method: 'POST', url: `${CAMPAIGNS_URL}/cp-1/roster` });
    byTestId(document.body, 'roster-rebuild-confirm').click();
    await settle(fixture);
    http
      .expectOne({ method: 'POST', url: `${CAMPAIGNS_URL}/cp-1/roster` })
      .flush({ lines: 2, amount: 50000, kept: 1 });
    await settle(fixture);
    http.expectOne(`${CAMPAIGNS_URL}/cp-1`).flush(aCampaign());
    http.expectOne(`${CAMPAIGNS_URL}/cp-1/batches`).flush([]);
    http
      .expectOne((req) => req.url === `${CAMPAIGNS_URL}/cp-1/lines`)
      .flush({ items: lines, nextCursor: null });
    await settle(fixture);
    expect(document.querySelector('.wa-snack-success')?.textContent).toContain('名单已生成：2 人，保留 1 项');
  });

  it('builds nothing when the rebuild is cancelled', async () => {
    const { fixture, element, http } = await open('manager');
    byTestId(element, 'campaign-rebuild').click();
    await settle(fixture);
    byTestId(document.body, 'roster-rebuild-cancel').click();
    await settle(fixture);
    http.expectNone({ method: 'POST', url: `${CAMPAIGNS_URL}/cp-1/roster` });
    expect(document.querySelector('wa-roster-rebuild-dialog')).toBeNull();
  });

  it('gives a reader no action and no line edits', async () => {
    const { element } = await open('auditor');
    expect(has(element, 'campaign-rebuild')).toBe(false);
    expect(has(element, 'campaign-action-submit')).toBe(false);
    expect(has(element, 'campaign-line-exclude-1')).toBe(false);
  });

  it('excludes a line through the dialog, with a reason, and reads the totals again', async () => {
    const { fixture, element, http } = await open('manager');
    byTestId(element, 'campaign-line-exclude-1').click();
    await settle(fixture);
    // The dialog opens in the overlay container, outside the page's element.
    const reason = byTestId<HTMLTextAreaElement>(document.body, 'line-dialog-reason');
    reason.value = '已调离本单位';
    reason.dispatchEvent(new Event('input'));
    await settle(fixture);
    byTestId(document.body, 'line-dialog-confirm').click();
    await settle(fixture);
    const patch = http.expectOne({ method: 'PATCH', url: `${CAMPAIGNS_URL}/cp-1/lines/l-1` });
    expect(patch.request.body).toEqual({ excluded: true, reason: '已调离本单位' });
    patch.flush(aLine({ status: 'excluded', reason: '已调离本单位' }));
    await settle(fixture);
    http.expectOne(`${CAMPAIGNS_URL}/cp-1`).flush(aCampaign());
    http.expectOne(`${CAMPAIGNS_URL}/cp-1/batches`).flush([]);
    await settle(fixture);
    expect(byTestId(element, 'campaign-line-1').textContent).toContain('已剔除');
    expect(byTestId(element, 'campaign-line-1').textContent).toContain('已调离本单位');
    expect(has(element, 'campaign-line-include-1')).toBe(true);
  });

  it('hides approve from the creator and says why; another reviewer approves', async () => {
    const submitted = aCampaign({ status: 'submitted' });
    const own = await open('manager', submitted);
    expect(has(own.element, 'campaign-action-approve')).toBe(false);
    expect(has(own.element, 'campaign-action-return')).toBe(true);
    expect(byTestId(own.element, 'campaign-four-eyes').textContent).toContain('本活动由您创建');
    TestBed.resetTestingModule();

    const other = await open('reviewer', submitted);
    expect(has(other.element, 'campaign-action-approve')).toBe(true);
    expect(has(other.element, 'campaign-four-eyes')).toBe(false);
  });

  it('lets finance create a batch once the notice is over, and opens it', async () => {
    const approved = aCampaign({ status: 'approved', noticeEndsOn: '2020-01-01' });
    const { fixture, element, http } = await open('finance', approved);
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    expect(has(element, 'campaign-line-exclude-1')).toBe(false);
    byTestId(element, 'campaign-batch-create').click();
    await settle(fixture);
    const post = http.expectOne({ method: 'POST', url: `${CAMPAIGNS_URL}/cp-1/batches` });
    expect(post.request.body).toEqual({ method: 'bank' });
    post.flush({ id: 'b-1', number: 1 });
    await settle(fixture);
    expect(navigate).toHaveBeenCalledWith(['/campaigns', 'cp-1', 'batches', 'b-1']);
  });

  it('records an objection to a line during the notice: the line is held, the totals read again', async () => {
    const inNotice = aCampaign({ status: 'approved', noticeEndsOn: '2999-12-31' });
    const { fixture, element, http } = await open('caseworker', inNotice);
    expect(has(element, 'campaign-line-exclude-1')).toBe(false);
    byTestId(element, 'campaign-line-objection-1').click();
    await settle(fixture);
    byTestId(document.body, 'objection-channel').click();
    await settle(fixture);
    byTestId(document.body, 'objection-channel-option-phone').click();
    await settle(fixture);
    const content = byTestId<HTMLTextAreaElement>(document.body, 'objection-content');
    content.value = '该户已购置新房';
    content.dispatchEvent(new Event('input'));
    await settle(fixture);
    byTestId(document.body, 'objection-save').click();
    await settle(fixture);
    const post = http.expectOne({ method: 'POST', url: `${CAMPAIGNS_URL}/cp-1/lines/l-1/objections` });
    expect(post.request.body).toEqual({ content: '该户已购置新房', receivedVia: 'phone' });
    post.flush(
      aLine({
        status: 'excluded',
        reason: '该户已购置新房',
        objection: { content: '该户已购置新房', receivedVia: 'phone', at: '2026-12-01T02:00:00Z' },
      }),
    );
    await settle(fixture);
    http.expectOne(`${CAMPAIGNS_URL}/cp-1`).flush(inNotice);
    http.expectOne(`${CAMPAIGNS_URL}/cp-1/batches`).flush([]);
    await settle(fixture);
    expect(byTestId(element, 'campaign-line-objection-tag-1').textContent).toContain('公示异议');
    expect(has(element, 'campaign-line-objection-1')).toBe(false);
    expect(has(element, 'campaign-line-objection-2')).toBe(true);
  });

  it('offers a reviewer to put back a line an objection held, and nobody else', async () => {
    const approved = aCampaign({ status: 'approved', noticeEndsOn: '2020-01-01' });
    lines[0] = aLine({
      status: 'excluded',
      reason: '已购新房',
      objection: { content: '已购新房', receivedVia: 'letter', at: '2026-12-01T02:00:00Z' },
    });
    try {
      const reviewer = await open('reviewer', approved);
      expect(has(reviewer.element, 'campaign-line-reinstate-1')).toBe(true);
      expect(has(reviewer.element, 'campaign-line-reinstate-2')).toBe(false);
      TestBed.resetTestingModule();
      const finance = await open('finance', approved);
      expect(has(finance.element, 'campaign-line-reinstate-1')).toBe(false);
    } finally {
      lines[0] = aLine();
    }
  });

  it('offers no batch while the campaign is in notice', async () => {
    const { element } = await open('finance', aCampaign({ status: 'approved', noticeEndsOn: '2999-12-31' }));
    expect(has(element, 'campaign-new-batch')).toBe(false);
    expect(has(element, 'campaign-in-notice')).toBe(true);
  });
});
