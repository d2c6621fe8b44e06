import type { Access, ListScope, Principal } from '@worker-aid/api/core';
import type { ApprovalPolicyService } from '@worker-aid/api/approvals';
import type { CampaignInboxQueries } from '@worker-aid/api/campaigns';
import type { CaseInboxQueries } from '@worker-aid/api/cases';
import type { FileInboxQueries } from '@worker-aid/api/files';
import type { ImportInboxQueries } from '@worker-aid/api/imports';
import type { Role } from '@worker-aid/shared/domain';
import { InboxService, inboxKindsOf } from './inbox.service';

const principal = (role: Role, unitPath = '/c/i/'): Principal => ({
  id: 'u1',
  username: 'someone',
  role,
  unitId: 'i',
  unitPath,
});

function service() {
  const scope = {} as ListScope;
  const access = { list: jest.fn().mockResolvedValue(scope) };
  const policy = { current: jest.fn().mockResolvedValue(null) };
  const cases = {
    counts: jest.fn().mockResolvedValue({ review: 4, noticeEnding: 1, toPay: 6 }),
    items: jest.fn().mockResolvedValue([]),
  };
  const files = {
    counts: jest
      .fn()
      .mockResolvedValue({ fileApprovals: 2, noticeEnding: 2, filesReviewDue: 3, followUpsDue: 5 }),
    items: jest.fn().mockResolvedValue([]),
  };
  const campaigns = {
    counts: jest.fn().mockResolvedValue({ campaignApprovals: 1, noticeEnding: 4, campaignsToPay: 2 }),
    items: jest.fn().mockResolvedValue([]),
  };
  const imports = { pending: jest.fn().mockResolvedValue({ count: 7, first: [] }) };
  const inbox = new InboxService(
    access as unknown as Access,
    policy as unknown as ApprovalPolicyService,
    cases as unknown as CaseInboxQueries,
    files as unknown as FileInboxQueries,
    campaigns as unknown as CampaignInboxQueries,
    imports as unknown as ImportInboxQueries,
  );
  return { inbox, access, policy, cases, files, campaigns, imports };
}

describe('InboxService', () => {
  it('gives each role the kinds one of its permissions allows', () => {
    expect([...inboxKindsOf({ role: 'finance' })]).toEqual(['noticeEnding', 'toPay', 'campaignsToPay']);
    expect([...inboxKindsOf({ role: 'manager' })]).toEqual(['review', 'fileApprovals', 'campaignApprovals']);
    expect([...inboxKindsOf({ role: 'auditor' })]).toEqual([]);
    expect([...inboxKindsOf({ role: 'caseworker' })]).toEqual([
      'noticeEnding',
      'filesReviewDue',
      'followUpsDue',
      'imports',
    ]);
  });

  it('queries nothing for a role with no kind, and answers zeros', async () => {
    const { inbox, access, policy, cases, files, campaigns, imports } = service();
    const view = await inbox.inbox(principal('auditor'));
    expect(Object.values(view.counts)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
    for (const called of [
      access.list,
      policy.current,
      cases.counts,
      files.counts,
      campaigns.counts,
      imports.pending,
    ])
      expect(called).not.toHaveBeenCalled();
  });

  it('asks only for the kinds the role may do and adds up the notices of cases, files and campaigns', async () => {
    const { inbox, policy, cases, files, campaigns, imports } = service();
    const view = await inbox.inbox(principal('finance'));
    expect(policy.current).not.toHaveBeenCalled();
    expect(cases.counts).toHaveBeenCalledWith(
      {},
      { review: null, noticeEnding: true, toPay: true },
      expect.any(String),
    );
    expect(files.counts).toHaveBeenCalledWith(
      {},
      { fileApprovals: false, noticeEnding: true, filesReviewDue: false, followUpsDue: false },
      expect.any(String),
    );
    expect(campaigns.counts).toHaveBeenCalledWith(
      {},
      { campaignApprovals: null, noticeEnding: true, campaignsToPay: true },
      expect.any(String),
    );
    expect(imports.pending).not.toHaveBeenCalled();
    expect(view.counts).toEqual({
      review: 0,
      fileApprovals: 0,
      campaignApprovals: 0,
      noticeEnding: 7,
      filesReviewDue: 0,
      followUpsDue: 0,
      toPay: 6,
      campaignsToPay: 2,
      imports: 0,
    });
  });

  it('reviews at the level of the caller’s unit, as the policy decides', async () => {
    const { inbox, policy, cases, files, imports } = service();
    policy.current.mockResolvedValue({ limits: [], noticeDays: [] });
    await inbox.inbox(principal('manager', '/c/i/g/'));
    expect(cases.counts).toHaveBeenCalledWith(
      {},
      {
        review: { reviewer: { id: 'u1', level: 'grassroots' }, policyConfigured: true },
        noticeEnding: false,
        toPay: false,
      },
      expect.any(String),
    );
    expect(files.counts).toHaveBeenCalledTimes(1);
    expect(imports.pending).not.toHaveBeenCalled();
  });

  it('asks for the campaigns to approve that the caller did not create (four eyes)', async () => {
    const { inbox, campaigns } = service();
    const view = await inbox.inbox(principal('manager'));
    expect(campaigns.counts).toHaveBeenCalledWith(
      {},
      { campaignApprovals: { approverId: 'u1' }, noticeEnding: false, campaignsToPay: false },
      expect.any(String),
    );
    expect(view.counts.campaignApprovals).toBe(1);
    expect(view.counts.noticeEnding).toBe(0);
    expect(view.counts.campaignsToPay).toBe(0);
  });

  it('lists a campaign by its name and amount, most urgent first', async () => {
    const { inbox, campaigns } = service();
    const item = (id: string, sinceAt: string) => ({
      kind: 'campaignsToPay',
      id,
      name: `送温暖 ${id}`,
      sinceAt: new Date(sinceAt),
      sinceDay: null,
      amount: 150_000,
    });
    campaigns.items.mockResolvedValue([
      item('k2', '2026-11-20T08:00:00Z'),
      item('k1', '2026-11-02T08:00:00Z'),
    ]);
    const { items } = await inbox.inbox(principal('finance'));
    expect(items).toEqual([
      {
        kind: 'campaignsToPay',
        entityType: 'campaign',
        entityId: 'k1',
        title: '送温暖 k1',
        since: '2026-11-02T08:00:00.000Z',
        amount: 150_000,
      },
      expect.objectContaining({ entityId: 'k2' }),
    ]);
  });
});
