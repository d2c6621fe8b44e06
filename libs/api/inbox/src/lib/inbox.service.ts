import { Injectable } from '@nestjs/common';
import {
  can,
  INBOX_ITEMS_PER_KIND,
  INBOX_KINDS,
  inboxKindsFor,
  NO_INBOX_COUNTS,
  todayInCenter,
  type InboxCounts,
  type InboxItem,
  type InboxKind,
  type InboxView,
} from '@worker-aid/shared/domain';
import { Access, unitLevelOf, type ListScope, type Principal } from '@worker-aid/api/core';
import { ApprovalPolicyService } from '@worker-aid/api/approvals';
import {
  CampaignInboxQueries,
  type CampaignInboxAsk,
  type CampaignInboxItem,
} from '@worker-aid/api/campaigns';
import { CaseInboxQueries, type CaseInboxAsk, type CaseInboxItem } from '@worker-aid/api/cases';
import { FileInboxQueries, type FileInboxAsk, type FileInboxItem } from '@worker-aid/api/files';
import { ImportInboxQueries } from '@worker-aid/api/imports';

/** The kinds a role may do: any one of a kind's permissions lets it in. */
export function inboxKindsOf(principal: Pick<Principal, 'role'>): Set<InboxKind> {
  return new Set(inboxKindsFor((permission) => can(principal.role, permission)));
}

interface Part {
  counts: Partial<InboxCounts>;
  items: InboxItem[];
}

const NOTHING: Part = { counts: {}, items: [] };

/**
 * The inbox (待办): what waits for the caller in their subtree, of each kind their role may do.
 * The kinds it may not do are never queried and count 0. Cases, files, campaigns and imports each
 * answer in a statement or two of counts and one of first items, all sent at once.
 */
@Injectable()
export class InboxService {
  constructor(
    private readonly access: Access,
    private readonly policy: ApprovalPolicyService,
    private readonly cases: CaseInboxQueries,
    private readonly files: FileInboxQueries,
    private readonly campaigns: CampaignInboxQueries,
    private readonly imports: ImportInboxQueries,
  ) {}

  async inbox(principal: Principal): Promise<InboxView> {
    const kinds = inboxKindsOf(principal);
    const counts: InboxCounts = { ...NO_INBOX_COUNTS };
    if (kinds.size === 0) return { counts, items: [] };
    const scope = await this.access.list(principal);
    const today = todayInCenter();
    const parts = await Promise.all([
      this.caseKinds(principal, kinds, scope, today),
      this.fileKinds(kinds, scope, today),
      this.campaignKinds(principal, kinds, scope, today),
      this.importKinds(kinds, scope),
    ]);
    for (const part of parts)
      for (const [kind, count] of Object.entries(part.counts) as [InboxKind, number][])
        if (kinds.has(kind)) counts[kind] += count;
    const items = parts.flatMap((part) => part.items);
    return {
      counts,
      items: INBOX_KINDS.filter((kind) => kinds.has(kind)).flatMap((kind) =>
        items
          .filter((item) => item.kind === kind)
          .sort(mostUrgentFirst)
          .slice(0, INBOX_ITEMS_PER_KIND),
      ),
    };
  }

  private async caseKinds(
    principal: Principal,
    kinds: Set<InboxKind>,
    scope: ListScope,
    today: string,
  ): Promise<Part> {
    if (!kinds.has('review') && !kinds.has('noticeEnding') && !kinds.has('toPay')) return NOTHING;
    const ask: CaseInboxAsk = {
      review: kinds.has('review')
        ? {
            reviewer: { id: principal.id, level: unitLevelOf(principal) },
            policyConfigured: (await this.policy.current()) !== null,
          }
        : null,
      noticeEnding: kinds.has('noticeEnding'),
      toPay: kinds.has('toPay'),
    };
    const [counts, items] = await Promise.all([
      this.cases.counts(scope, ask, today),
      this.cases.items(scope, ask, today, INBOX_ITEMS_PER_KIND),
    ]);
    return { counts, items: items.map(caseItem) };
  }

  private async fileKinds(kinds: Set<InboxKind>, scope: ListScope, today: string): Promise<Part> {
    const ask: FileInboxAsk = {
      fileApprovals: kinds.has('fileApprovals'),
      noticeEnding: kinds.has('noticeEnding'),
      filesReviewDue: kinds.has('filesReviewDue'),
      followUpsDue: kinds.has('followUpsDue'),
    };
    if (!Object.values(ask).some(Boolean)) return NOTHING;
    const [counts, items] = await Promise.all([
      this.files.counts(scope, ask, today),
      this.files.items(scope, ask, today, INBOX_ITEMS_PER_KIND),
    ]);
    return { counts, items: items.map(fileItem) };
  }

  private async campaignKinds(
    principal: Principal,
    kinds: Set<InboxKind>,
    scope: ListScope,
    today: string,
  ): Promise<Part> {
    const ask: CampaignInboxAsk = {
      campaignApprovals: kinds.has('campaignApprovals') ? { approverId: principal.id } : null,
      noticeEnding: kinds.has('noticeEnding'),
      campaignsToPay: kinds.has('campaignsToPay'),
    };
    if (!Object.values(ask).some(Boolean)) return NOTHING;
    const [counts, items] = await Promise.all([
      this.campaigns.counts(scope, ask, today),
      this.campaigns.items(scope, ask, today, INBOX_ITEMS_PER_KIND),
    ]);
    return { counts, items: items.map(campaignItem) };
  }

  private async importKinds(kinds: Set<InboxKind>, scope: ListScope): Promise<Part> {
    if (!kinds.has('imports')) return NOTHING;
    const { count, first } = await this.imports.pending(scope, INBOX_ITEMS_PER_KIND);
    return {
      counts: { imports: count },
      items: first.map((pending) => ({
        kind: 'imports',
        entityType: 'import',
        entityId: pending.id,
        title: pending.fileName,
        since: pending.validatedAt.toISOString(),
        amount: null,
      })),
    };
  }
}

function sinceOf(item: { sinceAt: Date | null; sinceDay: string | null }): string {
  return item.sinceDay ?? item.sinceAt?.toISOString() ?? '';
}

function caseItem(item: CaseInboxItem): InboxItem {
  return {
    kind: item.kind,
    entityType: 'case',
    entityId: item.id,
    title: `${item.caseNo} ${item.workerName}`,
    since: sinceOf(item),
    amount: item.amount,
  };
}

function fileItem(item: FileInboxItem): InboxItem {
  return {
    kind: item.kind,
    entityType: 'file',
    entityId: item.id,
    title: `${item.fileNo} ${item.workerName}`,
    since: sinceOf(item),
    amount: null,
  };
}

function campaignItem(item: CampaignInboxItem): InboxItem {
  return {
    kind: item.kind,
    entityType: 'campaign',
    entityId: item.id,
    title: item.name,
    since: sinceOf(item),
    amount: item.amount,
  };
}

/**
 * The oldest waiting or the earliest due first (a kind's items are all days or all times, so
 * text order is time order); the sort is stable, keeping each reader's own order on a tie.
 */
function mostUrgentFirst(a: InboxItem, b: InboxItem): number {
  return a.since < b.since ? -1 : a.since > b.since ? 1 : 0;
}
