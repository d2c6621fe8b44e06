import { Routes } from '@angular/router';

/** `/admin/...`: units, users, the local standards (低保标准) and the approval policy (guarded by `admin:manage` where the app mounts them). */
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
  {
    path: 'approval-policy',
    title: 'nav.approvalPolicy',
    loadComponent: () => import('./approval-policy/approval-policy-page').then((m) => m.ApprovalPolicyPage),
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
