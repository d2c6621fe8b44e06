import {
  INBOX_KIND_PERMISSIONS,
  INBOX_KINDS,
  type InboxCounts,
  type InboxItem,
  type InboxKind,
  type Permission,
} from '@worker-aid/shared/domain';

/** The kinds a role waits on: those whose permissions it has any of (the API counts 0 for the rest). */
export function inboxKindsFor(allowed: (permission: Permission) => boolean): InboxKind[] {
  return INBOX_KINDS.filter((kind) => INBOX_KIND_PERMISSIONS[kind].some(allowed));
}

/** Every count 0: before the first answer, and after signing out. */
export const NO_INBOX_COUNTS: Readonly<InboxCounts> = Object.fromEntries(
  INBOX_KINDS.map((kind) => [kind, 0]),
) as Record<InboxKind, number>;

/** Where a kind's whole list is, and its icon (the same as the list's navigation item). */
export interface InboxKindLink {
  icon: string;
  path: string;
  queryParams?: Record<string, string>;
}

export const INBOX_KIND_LINKS: Readonly<Record<InboxKind, InboxKindLink>> = {
  review: { icon: 'fact_check', path: '/review' },
  fileApprovals: { icon: 'family_restroom', path: '/files', queryParams: { status: 'submitted' } },
  noticeEnding: { icon: 'campaign', path: '/notices' },
  filesReviewDue: { icon: 'event_repeat', path: '/files/review-due' },
  followUpsDue: { icon: 'home_work', path: '/files/follow-ups' },
  toPay: { icon: 'paid', path: '/cases', queryParams: { status: 'approved', payable: 'true' } },
  imports: { icon: 'upload_file', path: '/imports' },
};

const RECORD_PATHS: Readonly<Record<InboxItem['entityType'], string>> = {
  case: '/cases',
  file: '/files',
  import: '/imports',
};

/** The router link of the record an item is about. */
export function inboxItemLink(item: Pick<InboxItem, 'entityType' | 'entityId'>): string[] {
  return [RECORD_PATHS[item.entityType], item.entityId];
}
