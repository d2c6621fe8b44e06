import { Routes } from '@angular/router';

/** `/admin/...`: units, users and the local standards (低保标准) (guarded by `admin:manage` where the app mounts them). */
export const adminRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'units' },
  {
    path: 'units',
    title: 'nav.units',
    loadComponent: () => import('./units/units-page').then((m) => m.UnitsPage),
  },
  {
    path: 'users',
    title: 'nav.users',
    loadComponent: () => import('./users/users-page').then((m) => m.UsersPage),
  },
  {
    path: 'standards',
    title: 'nav.standards',
    loadComponent: () => import('./standards/standards-page').then((m) => m.StandardsPage),
  },
];

/** `/audit`: the audit trail (guarded by `audit:read` where the app mounts it). */
export const auditRoutes: Routes = [
  {
    path: '',
    title: 'nav.audit',
    loadComponent: () => import('./audit/audit-page').then((m) => m.AuditPage),
  },
];
