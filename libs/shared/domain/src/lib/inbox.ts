import type { Permission } from './permissions';

/**
 * The inbox (待办): what waits for a user in their scope, by kind, each allowed by a permission.
 * `GET /api/inbox` answers a count of every kind (0 for kinds the role may not do).
 */
export const INBOX_KINDS = [
  'review',
  'fileApprovals',
  'campaignApprovals',
  'noticeEnding',
  'filesReviewDue',
  'followUpsDue',
  'toPay',
  'campaignsToPay',
  'imports',
] as const;
export type InboxKind = (typeof INBOX_KINDS)[number];

/** Who a kind waits for. */
export const INBOX_KIND_PERMISSIONS: Readonly<Record<InboxKind, readonly Permission[]>> = {
  /** Submitted cases awaiting the caller's level (all submitted cases when there is no policy). */
  review: ['cases:decide'],
  /** Submitted hardship files. */
  fileApprovals: ['cases:decide'],
  /** Submitted campaigns the caller did not create (four eyes). */
  campaignApprovals: ['cases:decide'],
  /** Cases, files and campaigns whose notice ends within `NOTICE_ENDING_WITHIN_DAYS`. */
  noticeEnding: ['records:write', 'money:write'],
  /** Active files due for their annual review within 30 days or past. */
  filesReviewDue: ['records:write'],
  /** Follow-up visits due within 14 days or past. */
  followUpsDue: ['records:write'],
  /** Approved cases out of notice with money still to pay. */
  toPay: ['money:write'],
  /** Approved campaigns out of notice with lines still unpaid (failed ones included). */
  campaignsToPay: ['money:write'],
  /** Imports checked and waiting to be committed. */
  imports: ['records:write'],
};

/** The kinds a role waits on: those whose permissions it has any of (the API counts 0 for the rest). */
export function inboxKindsFor(allowed: (permission: Permission) => boolean): InboxKind[] {
  return INBOX_KINDS.filter((kind) => INBOX_KIND_PERMISSIONS[kind].some(allowed));
}

/** A notice "ends soon" when its last day is today or within this many days. */
export const NOTICE_ENDING_WITHIN_DAYS = 2;

/** How many items the inbox lists of each kind, most urgent first. */
export const INBOX_ITEMS_PER_KIND = 10;

export type InboxCounts = Record<InboxKind, number>;

/** Every count 0: a role with nothing to do, or before the first answer. */
export const NO_INBOX_COUNTS: Readonly<InboxCounts> = Object.fromEntries(
  INBOX_KINDS.map((kind) => [kind, 0]),
) as InboxCounts;

export interface InboxItem {
  kind: InboxKind;
  /** A follow-up visit is listed under its file. */
  entityType: 'case' | 'file' | 'campaign' | 'import';
  entityId: string;
  /** What the item is, e.g. `MED-2026-000123 张三国`, or a campaign's name. */
  title: string;
  /** Since when it waits (ISO timestamp) or when it falls due (YYYY-MM-DD). */
  since: string;
  /** Fen, where the item is about money. */
  amount?: number | null;
}

export interface InboxView {
  counts: InboxCounts;
  items: InboxItem[];
}
