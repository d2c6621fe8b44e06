import { can, type Role } from '@worker-aid/shared/domain';
import { NAV_SECTIONS, visibleNav } from './nav-items';

function linksFor(role: Role): string[] {
  return visibleNav(NAV_SECTIONS, (permission) => can(role, permission)).flatMap((section) =>
    section.items.map((item) => item.id),
  );
}

describe('navigation by role', () => {
  it('shows the admin everything', () => {
    expect(linksFor('admin')).toEqual(['home', 'units', 'users', 'audit']);
  });

  it('shows the auditor the audit trail but no administration', () => {
    expect(linksFor('auditor')).toEqual(['home', 'audit']);
  });

  it.each<Role>(['manager', 'reviewer', 'finance', 'caseworker'])(
    'shows %s only the home page for now',
    (role) => {
      expect(linksFor(role)).toEqual(['home']);
    },
  );

  it('drops a section whose items are all hidden', () => {
    const sections = visibleNav(NAV_SECTIONS, (permission) => can('caseworker', permission));
    expect(sections.every((section) => section.items.length > 0)).toBe(true);
    expect(sections.map((section) => section.heading)).toEqual([undefined]);
  });
});
