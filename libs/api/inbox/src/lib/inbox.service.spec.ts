import type { Access, ListScope, Principal } from '@worker-aid/api/core';
import type { ApprovalPolicyService } from '@worker-aid/api/approvals';
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
  const imports = { pending: jest.fn().mockResolvedValue({ count: 7, first: [] }) };
  const inbox = new InboxService(
    access as unknown as Access,
    policy as unknown as ApprovalPolicyService,
    cases as unknown as CaseInboxQueries,
    files as unknown as FileInboxQueries,
    imports as unknown as ImportInboxQueries,
  );
  return { inbox, access, policy, cases, files, imports };
}

describe('InboxService', () => {
  it('gives each role the kinds one of its permissions allows', () => {
    expect([...inboxKindsOf({ role: 'finance' })]).toEqual(['noticeEnding', 'toPay']);
    expect([...inboxKindsOf({ role: 'manager' })]).toEqual(['review', 'fileApprovals']);
    expect([...inboxKindsOf({ role: 'auditor' })]).toEqual([]);
    expect([...inboxKindsOf({ role: 'caseworker' })]).toEqual([
      'noticeEnding',
      'filesReviewDue',
      'followUpsDue',
      'imports',
    ]);
  });

  it('queries nothing for a role with no kind, and answers zeros', async () => {
    const { inbox, access, policy, cases, files, imports } = service();
    const view = await inbox.inbox(principal('auditor'));
    expect(Object.values(view.counts)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    for (const called of [access.list, policy.current, cases.counts, files.counts, imports.pending])
      expect(called).not.toHaveBeenCalled();
  });

  it('asks only for the kinds the role may do and adds up the notices of cases and files', async () => {
    const { inbox, policy, cases, files, imports } = service();
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
    expect(imports.pending).not.toHaveBeenCalled();
    expect(view.counts).toEqual({
      review: 0,
      fileApprovals: 0,
      noticeEnding: 3,
      filesReviewDue: 0,
      followUpsDue: 0,
      toPay: 6,
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
});
