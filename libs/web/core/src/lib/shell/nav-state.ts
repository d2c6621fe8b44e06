import type { InboxCounts, InboxKind } from '@worker-aid/shared/domain';
import type { NavItem } from './nav-items';

/**
 * Which inbox counts a navigation item shows as its badge, added up. Files show the files awaiting
 * approval; 待发放 (`toPay`) is an item of its own rather than a badge on 资金发放, which lists what
 * was paid; campaigns show those to approve and those to pay (a role waits on one or the other).
 */
export const NAV_BADGES: Readonly<Record<string, readonly InboxKind[]>> = {
  review: ['review'],
  notices: ['noticeEnding'],
  imports: ['imports'],
  campaigns: ['campaignApprovals', 'campaignsToPay'],
  files: ['fileApprovals'],
  filesReviewDue: ['filesReviewDue'],
  followUps: ['followUpsDue'],
  toPay: ['toPay'],
};

/** The badge of an item: its count, or null when it has none or nothing waits (a 0 is not shown). */
export function navBadge(item: Pick<NavItem, 'id'>, counts: Readonly<InboxCounts>): number | null {
  const count = (NAV_BADGES[item.id] ?? []).reduce((sum, kind) => sum + counts[kind], 0);
  return count > 0 ? count : null;
}

/**
 * The one item to mark as the current page among those whose links match the URL: the most
 * specific (the longest path, then the most query parameters), so 待发放 (`/cases?status=approved&payable=true`)
 * is current there rather than 帮扶案件 (`/cases`) as well.
 */
export function currentNavItem<T extends Pick<NavItem, 'path' | 'queryParams'>>(
  matching: readonly T[],
): T | null {
  let best: T | null = null;
  for (const item of matching) {
    if (!best || specificity(item) > specificity(best)) best = item;
  }
  return best;
}

function specificity(item: Pick<NavItem, 'path' | 'queryParams'>): number {
  return item.path.length * 100 + Object.keys(item.queryParams ?? {}).length;
}
