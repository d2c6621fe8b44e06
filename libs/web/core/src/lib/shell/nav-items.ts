import type { Permission } from '@worker-aid/shared/domain';

export interface NavItem {
  /** Stable id, also the `data-testid="nav-<id>"` of the link. */
  id: string;
  path: string;
  icon: string;
  /** Translation key of the label. */
  label: string;
  /** Shown only to roles with this permission; none: everybody signed in. */
  permission?: Permission;
  exact?: boolean;
  /** Query parameters of the link (a filtered list). */
  queryParams?: Record<string, string>;
}

export interface NavSection {
  /** Translation key of the section heading; none for the first, unnamed section. */
  heading?: string;
  items: NavItem[];
}

/** The side navigation. Later features add their sections here. */
export const NAV_SECTIONS: readonly NavSection[] = [
  { items: [{ id: 'home', path: '/', icon: 'home', label: 'nav.home', exact: true }] },
  {
    heading: 'nav.aid',
    items: [
      { id: 'workers', path: '/workers', icon: 'badge', label: 'nav.workers', permission: 'records:read' },
      {
        id: 'imports',
        path: '/imports',
        icon: 'upload_file',
        label: 'nav.imports',
        permission: 'records:write',
      },
      { id: 'cases', path: '/cases', icon: 'folder_shared', label: 'nav.cases', permission: 'records:read' },
      { id: 'review', path: '/review', icon: 'fact_check', label: 'nav.review', permission: 'cases:decide' },
      { id: 'notices', path: '/notices', icon: 'campaign', label: 'nav.notices', permission: 'records:read' },
      {
        id: 'campaigns',
        path: '/campaigns',
        icon: 'volunteer_activism',
        label: 'campaigns.nav',
        permission: 'records:read',
      },
    ],
  },
  {
    heading: 'nav.hardship',
    items: [
      {
        id: 'files',
        path: '/files',
        icon: 'family_restroom',
        label: 'nav.files',
        permission: 'records:read',
        exact: true,
      },
      {
        id: 'filesReviewDue',
        path: '/files/review-due',
        icon: 'event_repeat',
        label: 'nav.filesReviewDue',
        permission: 'records:read',
      },
      {
        id: 'followUps',
        path: '/files/follow-ups',
        icon: 'home_work',
        label: 'nav.followUps',
        permission: 'records:read',
      },
    ],
  },
  {
    heading: 'nav.money',
    items: [
      {
        id: 'toPay',
        path: '/cases',
        queryParams: { status: 'approved', payable: 'true' },
        icon: 'paid',
        label: 'nav.toPay',
        permission: 'money:write',
      },
      {
        id: 'funds',
        path: '/funds',
        icon: 'account_balance',
        label: 'nav.funds',
        permission: 'records:read',
      },
      {
        id: 'payments',
        path: '/payments',
        icon: 'payments',
        label: 'nav.payments',
        permission: 'records:read',
      },
    ],
  },
  {
    heading: 'nav.statistics',
    items: [
      {
        id: 'reports',
        path: '/reports',
        icon: 'insights',
        label: 'nav.reports',
        permission: 'reports:read',
      },
    ],
  },
  {
    heading: 'nav.administration',
    items: [
      {
        id: 'units',
        path: '/admin/units',
        icon: 'account_tree',
        label: 'nav.units',
        permission: 'admin:manage',
      },
      {
        id: 'users',
        path: '/admin/users',
        icon: 'manage_accounts',
        label: 'nav.users',
        permission: 'admin:manage',
      },
      {
        id: 'standards',
        path: '/admin/standards',
        icon: 'request_quote',
        label: 'nav.standards',
        permission: 'admin:manage',
      },
      {
        id: 'approvalPolicy',
        path: '/admin/approval-policy',
        icon: 'rule',
        label: 'nav.approvalPolicy',
        permission: 'admin:manage',
      },
      {
        id: 'bankLayouts',
        path: '/admin/bank-layouts',
        icon: 'account_balance',
        label: 'nav.bankLayouts',
        permission: 'admin:manage',
      },
    ],
  },
  {
    heading: 'nav.oversight',
    items: [{ id: 'audit', path: '/audit', icon: 'history', label: 'nav.audit', permission: 'audit:read' }],
  },
];

/** The sections and items the permission check lets through; empty sections are dropped. */
export function visibleNav(
  sections: readonly NavSection[],
  allowed: (permission: Permission) => boolean,
): NavSection[] {
  return sections
    .map((section) => ({
      ...section,
      items: section.items.filter((item) => !item.permission || allowed(item.permission)),
    }))
    .filter((section) => section.items.length > 0);
}
