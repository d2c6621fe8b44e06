import { expect, test } from '@playwright/test';
import {
  CASE_TYPES,
  maskName,
  NOTICE_SUBJECTS,
  todayInCenter,
  UNIT_LEVELS,
  type ApprovalPolicy,
  type CampaignView,
  type FundView,
} from '@worker-aid/shared/domain';
import { ApiSetup } from '../support/api-setup';
import { campaignLineRow, filedWorker, underPolicy } from '../support/campaigns';
import { logout, signIn } from '../support/session';

/** No limits; five days of notice for campaigns, none for anything else. */
const CAMPAIGN_NOTICE_POLICY: ApprovalPolicy = {
  limits: CASE_TYPES.flatMap((type) => UNIT_LEVELS.map((level) => ({ type, level, limit: null }))),
  noticeDays: NOTICE_SUBJECTS.map((type) => ({ type, days: type === 'campaign' ? 5 : 0 })),
  objectionContact: '市总工会帮扶中心 0550-3021234',
};

/**
 * A festival roster in public notice (公示): the union's approved roster is posted on the notices
 * page, masked; a phone call objects to one worker, whom a caseworker holds from payment on the
 * roster — gone from the notice, the rest still posted; a reviewer finds the objection does not
 * stand and puts the worker back. The API sets up the union and an approved campaign; the notice,
 * the objection and the reinstatement are taken in the browser.
 */
test('a roster in notice is posted masked, an objection holds a line, a reviewer puts it back', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const suffix = Date.now().toString(36).toUpperCase();
  const password = 'e2e-password-123';
  const login = (role: string) => `n${role}${suffix.toLowerCase()}`;
  const year = Number(todayInCenter().slice(0, 4));

  const admin = await ApiSetup.asAdmin(request);
  const center = await admin.rootUnit();
  const union = await admin.unit(center.id, 'industry', `NIND-${suffix}`, `市交通运输工会 ${suffix}`);
  await admin.user(union.id, 'admin', login('ad'), '葛管理', password);
  await admin.user(union.id, 'manager', login('m'), '范主任', password);
  await admin.user(union.id, 'reviewer', login('rv'), '汤审核', password);
  await admin.user(union.id, 'caseworker', login('cw'), '郝专干', password);
  await admin.put('/api/standards', {
    unitId: union.id,
    effectiveFrom: `${year - 1}-01-01`,
    povertyLine: 79_000,
    relativeMultiple: 2,
  });
  await underPolicy(admin, CAMPAIGN_NOTICE_POLICY, flow);

  async function flow(): Promise<void> {
    const unionAdmin = await ApiSetup.as(request, login('ad'), password);
    const fund = await unionAdmin.post<FundView>('/api/funds', {
      code: `NFUND-${suffix}`,
      name: '送温暖专项资金',
      source: 'union_budget',
    });
    await unionAdmin.post(`/api/funds/${fund.id}/allocations`, { amount: 10_000_000, note: '两节送温暖' });
    const caseworker = await ApiSetup.as(request, login('cw'), password);
    const reviewer = await ApiSetup.as(request, login('rv'), password);
    const filed = (name: string) =>
      filedWorker({ caseworker, reviewer }, union.id, name, { monthlyIncome: 50_000 });
    const objectedTo = await filed('谭志刚');
    const stays = await filed('鲁秀兰');

    // The manager's roster, approved by the reviewer: five days of notice begin.
    const manager = await ApiSetup.as(request, login('m'), password);
    const campaign = await manager.post<CampaignView>('/api/campaigns', {
      name: `${year}年"两节"送温暖（${suffix}）`,
      kind: 'festival',
      fundId: fund.id,
      year,
      eligibility: { tiers: ['deep', 'relative'] },
      amounts: [
        { tier: 'deep', amount: 80_000 },
        { tier: 'relative', amount: 50_000 },
      ],
    });
    await manager.post(`/api/campaigns/${campaign.id}/roster`, {}, 200);
    await manager.post(`/api/campaigns/${campaign.id}/submit`, {}, 200);
    const approved = await reviewer.post<CampaignView>(`/api/campaigns/${campaign.id}/approve`, {}, 200);
    expect(approved.noticeEndsOn).not.toBeNull();

    // The union's notices page posts both lines, masked, as campaign aid.
    await signIn(page, login('cw'), password);
    await page.getByTestId('nav-notices').click();
    const notices = page.getByTestId('notices-table');
    await expect(notices).toContainText(maskName(objectedTo.name));
    await expect(notices).toContainText(maskName(stays.name));
    await expect(notices).not.toContainText(objectedTo.name);
    await expect(page.getByTestId('notice-row')).toHaveCount(2);

    // An objection by phone: the caseworker holds the worker's line on the roster.
    await page.goto(`/campaigns/${campaign.id}`);
    await expect(page.getByTestId('campaign-in-notice')).toBeVisible();
    await campaignLineRow(page, objectedTo.name).getByRole('button', { name: '登记异议' }).click();
    await page.getByTestId('objection-channel').click();
    await page.getByTestId('objection-channel-option-phone').click();
    await page.getByTestId('objection-content').fill('群众来电反映该户已购置商品房');
    await page.getByTestId('objection-save').click();
    await expect(campaignLineRow(page, objectedTo.name)).toContainText('公示异议');
    await expect(campaignLineRow(page, objectedTo.name)).toContainText('群众来电反映该户已购置商品房');
    await expect(page.getByTestId('campaign-total-lines')).toHaveText('1');

    // The notice no longer posts the held worker; the other stays posted.
    await page.getByTestId('nav-notices').click();
    await expect(page.getByTestId('notice-row')).toHaveCount(1);
    await expect(page.getByTestId('notices-table')).toContainText(maskName(stays.name));
    await logout(page);

    // The reviewer checks: the flat is public housing. The worker is put back, with the reason.
    await signIn(page, login('rv'), password);
    await page.goto(`/campaigns/${campaign.id}`);
    await campaignLineRow(page, objectedTo.name).locator('[data-testid^="campaign-line-reinstate-"]').click();
    await expect(page.getByTestId('line-dialog-objection')).toContainText('群众来电反映该户已购置商品房');
    await page.getByTestId('line-dialog-reason').fill('经核实为公租房，异议不成立');
    await page.getByTestId('line-dialog-confirm').click();
    await expect(campaignLineRow(page, objectedTo.name)).toContainText('异议已复核');
    await expect(campaignLineRow(page, objectedTo.name)).toContainText('未发放');
    await expect(page.getByTestId('campaign-total-lines')).toHaveText('2');
  }
});
