import { Route } from '@angular/router';
import { permissionGuard, Shell, signedInGuard, signedOutGuard } from '@worker-aid/web/core';

/**
 * Features are lazy: the login page, the home page (待办), worker files, aid cases, the review
 * queue, notices, campaigns, funds and payments, the reports, the admin pages and the audit trail each load
 * on first use; the shell comes with the core library, which the app needs at start. Everything
 * but the login page sits in the shell and needs a signed-in user; feature pages need the
 * permission named in `data.permission`.
 */
export const appRoutes: Route[] = [
  {
    path: 'login',
    title: 'login.title',
    canActivate: [signedOutGuard],
    loadComponent: () => import('@worker-aid/web/auth').then((m) => m.LoginPage),
  },
  {
    path: '',
    canActivate: [signedInGuard],
    component: Shell,
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'nav.home',
        loadComponent: () => import('@worker-aid/web/home').then((m) => m.HomePage),
      },
      {
        path: 'workers',
        canActivate: [permissionGuard],
        data: { permission: 'records:read' },
        loadChildren: () => import('@worker-aid/web/workers').then((m) => m.workersRoutes),
      },
      {
        path: 'imports',
        canActivate: [permissionGuard],
        data: { permission: 'records:write' },
        loadChildren: () => import('@worker-aid/web/imports').then((m) => m.importsRoutes),
      },
      {
        path: 'cases',
        canActivate: [permissionGuard],
        data: { permission: 'records:read' },
        loadChildren: () => import('@worker-aid/web/cases').then((m) => m.casesRoutes),
      },
      {
        path: 'files',
        canActivate: [permissionGuard],
        data: { permission: 'records:read' },
        loadChildren: () => import('@worker-aid/web/files').then((m) => m.filesRoutes),
      },
      {
        path: 'review',
        canActivate: [permissionGuard],
        data: { permission: 'cases:decide' },
        loadChildren: () => import('@worker-aid/web/cases').then((m) => m.reviewRoutes),
      },
      {
        path: 'notices',
        canActivate: [permissionGuard],
        data: { permission: 'records:read' },
        loadChildren: () => import('@worker-aid/web/notices').then((m) => m.noticesRoutes),
      },
      {
        path: 'campaigns',
        canActivate: [permissionGuard],
        data: { permission: 'records:read' },
        loadChildren: () => import('@worker-aid/web/campaigns').then((m) => m.campaignsRoutes),
      },
      {
        path: 'funds',
        canActivate: [permissionGuard],
        data: { permission: 'records:read' },
        loadChildren: () => import('@worker-aid/web/funds').then((m) => m.fundsRoutes),
      },
      {
        path: 'payments',
        canActivate: [permissionGuard],
        data: { permission: 'records:read' },
        loadChildren: () => import('@worker-aid/web/funds').then((m) => m.paymentsRoutes),
      },
      {
        path: 'reports',
        title: 'nav.reports',
        canActivate: [permissionGuard],
        data: { permission: 'reports:read' },
        loadChildren: () => import('@worker-aid/web/reports').then((m) => m.reportsRoutes),
      },
      {
        // The banks' payroll layouts belong to the campaigns feature; administered beside the other settings.
        path: 'admin/bank-layouts',
        canActivate: [permissionGuard],
        data: { permission: 'admin:manage' },
        loadChildren: () => import('@worker-aid/web/campaigns').then((m) => m.BANK_LAYOUT_ROUTES),
      },
      {
        path: 'admin',
        canActivate: [permissionGuard],
        data: { permission: 'admin:manage' },
        loadChildren: () => import('@worker-aid/web/admin').then((m) => m.adminRoutes),
      },
      {
        path: 'audit',
        canActivate: [permissionGuard],
        data: { permission: 'audit:read' },
        loadChildren: () => import('@worker-aid/web/admin').then((m) => m.auditRoutes),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
