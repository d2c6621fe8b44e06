import type { InboxItem, InboxKind } from '@worker-aid/shared/domain';

/** Where a kind's whole list is, and its icon (the same as the list's navigation item). */
export interface InboxKindLink {
  icon: string;
  path: string;
  queryParams?: Record<string, string>;
}

export const INBOX_KIND_LINKS: Readonly<Record<InboxKind, InboxKindLink>> = {
  review: { icon: 'fact_check', path: '/review' },
  fileApprovals: { icon: 'family_restroom', path: '/files', queryParams: { status: 'submitted' } },
  campaignApprovals: { icon: 'how_to_reg', path: '/campaigns', queryParams: { status: 'submitted' } },
  noticeEnding: { icon: 'campaign', path: '/notices' },
  filesReviewDue: { icon: 'event_repeat', path: '/files/review-due' },
  followUpsDue: { icon: 'home_work', path: '/files/follow-ups' },
  toPay: { icon: 'paid', path: '/cases', queryParams: { status: 'approved', payable: 'true' } },
  campaignsToPay: { icon: 'payments', path: '/campaigns', queryParams: { status: 'approved' } },
  imports: { icon: 'upload_file', path: '/imports' },
};

const RECORD_PATHS: Readonly<Record<InboxItem['entityType'], string>> = {
  case: '/cases',
  file: '/files',
  campaign: '/campaigns',
  import: '/imports',
};

/** The router link of the record an item is about. */
export function inboxItemLink(item: Pick<InboxItem, 'entityType' | 'entityId'>): string[] {
  return [RECORD_PATHS[item.entityType], item.entityId];
}
