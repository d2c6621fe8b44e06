import { can, type Role } from '@worker-aid/shared/domain';
import { NAV_SECTIONS, visibleNav } from './nav-items';
import { currentNavItem, navBadge } from './nav-state';

function linksFor(role: Role): string[] {
  return visibleNav(NAV_SECTIONS, (permission) => can(role, permission)).flatMap((section) =>
    section.items.map((item) => item.id),
  );
}

describe('navigation by role', () => {
  it('shows the admin everything', () => {
    expect(linksFor('admin')).toEqual([
      'home',
      'workers',
      'imports',
      'cases',
      'review',
      'notices',
      'campaigns',
      'files',
      'filesReviewDue',
      'followUps',
      'toPay',
      'funds',
      'payments',
      'reports',
      'units',
      'users',
      'standards',
      'approvalPolicy',
      'bankLayouts',
      'audit',
    ]);
  });

  it('shows the auditor the records and the audit trail but no administration', () => {
    expect(linksFor('auditor')).toEqual([
      'home',
      'workers',
      'cases',
      'notices',
      'campaigns',
      'files',
      'filesReviewDue',
      'followUps',
      'funds',
      'payments',
      'reports',
      'audit',
    ]);
  });

  it.each<[Role, string[]]>([
    [
      'manager',
      [
        'home',
        'workers',
        'cases',
        'review',
        'notices',
        'campaigns',
        'files',
        'filesReviewDue',
        'followUps',
        'funds',
        'payments',
        'reports',
      ],
    ],
    [
      'reviewer',
      [
        'home',
        'workers',
        'imports',
        'cases',
        'review',
        'notices',
        'campaigns',
        'files',
        'filesReviewDue',
        'followUps',
        'funds',
        'payments',
      ],
    ],
    [
      'finance',
      [
        'home',
        'workers',
        'cases',
        'notices',
        'campaigns',
        'files',
        'filesReviewDue',
        'followUps',
        'toPay',
        'funds',
        'payments',
        'reports',
      ],
    ],
    [
      'caseworker',
      [
        'home',
        'workers',
        'imports',
        'cases',
        'notices',
        'campaigns',
        'files',
        'filesReviewDue',
        'followUps',
        'funds',
        'payments',
      ],
    ],
  ])('shows %s the aid work its role allows', (role, links) => {
    expect(linksFor(role)).toEqual(links);
  });

  it('drops a section whose items are all hidden', () => {
    const sections = visibleNav(NAV_SECTIONS, (permission) => can('caseworker', permission));
    expect(sections.every((section) => section.items.length > 0)).toBe(true);
    expect(sections.map((section) => section.heading)).toEqual([
      undefined,
      'nav.aid',
      'nav.hardship',
      'nav.money',
    ]);
  });
});

describe('navigation state', () => {
  const counts = {
    review: 3,
    fileApprovals: 0,
    campaignApprovals: 1,
    noticeEnding: 120,
    filesReviewDue: 0,
    followUpsDue: 1,
    toPay: 2,
    campaignsToPay: 4,
    imports: 0,
  };

  it('badges the items that have a count, and hides a 0', () => {
    expect(navBadge({ id: 'review' }, counts)).toBe(3);
    expect(navBadge({ id: 'notices' }, counts)).toBe(120);
    expect(navBadge({ id: 'followUps' }, counts)).toBe(1);
    expect(navBadge({ id: 'toPay' }, counts)).toBe(2);
    expect(navBadge({ id: 'campaigns' }, counts)).toBe(5);
    expect(navBadge({ id: 'campaigns' }, { ...counts, campaignApprovals: 0, campaignsToPay: 0 })).toBeNull();
    expect(navBadge({ id: 'files' }, counts)).toBeNull();
    expect(navBadge({ id: 'workers' }, counts)).toBeNull();
  });

  it('marks the most specific matching item as the current page', () => {
    const items = NAV_SECTIONS.flatMap((section) => section.items);
    const byId = (...ids: string[]) => items.filter((item) => ids.includes(item.id));
    expect(currentNavItem(byId('cases', 'toPay'))?.id).toBe('toPay');
    expect(currentNavItem(byId('files', 'filesReviewDue'))?.id).toBe('filesReviewDue');
    expect(currentNavItem(byId('cases'))?.id).toBe('cases');
    expect(currentNavItem([])).toBeNull();
  });
});
