import { Routes } from '@angular/router';
import { permissionGuard } from '@worker-aid/web/core';

/** `/cases/...`: 帮扶案件 (the app guards the whole feature with `records:read`). */
export const casesRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'nav.cases',
    loadComponent: () => import('./list/cases-page').then((m) => m.CasesPage),
  },
  {
    path: 'new',
    title: 'cases.form.newTitleShort',
    canActivate: [permissionGuard],
    data: { permission: 'records:write' },
    loadComponent: () => import('./form/case-form-page').then((m) => m.CaseFormPage),
  },
  {
    path: ':id/edit',
    title: 'cases.form.editTitleShort',
    canActivate: [permissionGuard],
    data: { permission: 'records:write' },
    loadComponent: () => import('./form/case-form-page').then((m) => m.CaseFormPage),
  },
  {
    path: ':id',
    title: 'cases.detail.title',
    loadComponent: () => import('./detail/case-page').then((m) => m.CasePage),
  },
];

/** `/review`: 待审核, the reviewer's queue (guarded by `cases:decide` where the app mounts it). */
export const reviewRoutes: Routes = [
  {
    path: '',
    title: 'nav.review',
    loadComponent: () => import('./review/review-page').then((m) => m.ReviewPage),
  },
];
