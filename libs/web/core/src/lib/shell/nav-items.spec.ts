import { can, type Role } from '@worker-aid/shared/domain';
import { NAV_SECTIONS, visibleNav } from './nav-items';

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
      'files',
      'filesReviewDue',
      'followUps',
      'funds',
      'payments',
      'reports',
      'units',
      'users',
      'standards',
      'approvalPolicy',
      'audit',
    ]);
  });

  it('shows the auditor the records and the audit trail but no administration', () => {
    expect(linksFor('auditor')).toEqual([
      'home',
      'workers',
      'cases',
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
        'files',
        'filesReviewDue',
        'followUps',
        'funds',
        'payments',
      ],
    ],
    [
      'finance',
      ['home', 'workers', 'cases', 'files', 'filesReviewDue', 'followUps', 'funds', 'payments', 'reports'],
    ],
    [
      'caseworker',
      ['home', 'workers', 'imports', 'cases', 'files', 'filesReviewDue', 'followUps', 'funds', 'payments'],
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
