import { NO_POLICY, type ApprovalPolicy, type ApprovalPolicyView } from '@worker-aid/shared/domain';
import { aCase } from '@worker-aid/web/core/testing';
import { policyInForce, stepCeiling, stepOutlook } from './approval-outlook';

/** Medical aid: ¥0 at grassroots, ¥5,000 at industry, no limit at the center; 5 days of notice. */
const policy: ApprovalPolicy = {
  limits: NO_POLICY.limits.map((row) =>
    row.type !== 'medical' || row.level === 'center'
      ? row
      : { ...row, limit: row.level === 'industry' ? 500000 : 0 },
  ),
  noticeDays: NO_POLICY.noticeDays.map((row) => (row.type === 'medical' ? { ...row, days: 5 } : row)),
};

describe('stepOutlook', () => {
  it('is final within the level’s limit, with the type’s notice days', () => {
    expect(stepOutlook(policy, 'medical', 'industry', 500000)).toEqual({ final: true, noticeDays: 5 });
  });

  it('goes on to the level above one fen over the limit', () => {
    expect(stepOutlook(policy, 'medical', 'industry', 500001)).toEqual({ final: false, nextLevel: 'center' });
    expect(stepOutlook(policy, 'medical', 'grassroots', 1)).toEqual({ final: false, nextLevel: 'industry' });
  });

  it('is always final at the center, and without a policy, with no notice then', () => {
    expect(stepOutlook(policy, 'medical', 'center', 99999999)).toEqual({ final: true, noticeDays: 5 });
    expect(stepOutlook(null, 'medical', 'grassroots', 99999999)).toEqual({ final: true, noticeDays: 0 });
  });
});

describe('stepCeiling and policyInForce', () => {
  it('caps a step at the last step’s amount, else at the requested amount', () => {
    expect(stepCeiling(aCase())).toBe(500000);
    const step = {
      level: 'industry' as const,
      unitId: 'i',
      unitName: '市教育工会',
      userId: 'u-r',
      userName: '王审核',
      amount: 450000,
      comment: null,
      at: '2026-11-22T02:00:00Z',
    };
    expect(stepCeiling(aCase({ approvals: [step] }))).toBe(450000);
  });

  it('reads an unconfigured policy as none', () => {
    const view: ApprovalPolicyView = {
      ...policy,
      objectionContact: null,
      configured: false,
      updatedAt: null,
      updatedBy: null,
    };
    expect(policyInForce(view)).toBeNull();
    const configured = { ...view, configured: true };
    expect(policyInForce(configured)).toBe(configured);
  });
});
