import { Routes } from '@angular/router';
import { permissionGuard } from '@worker-aid/web/core';

/** `/workers/...`: 困难职工档案 (the app guards the whole feature with `records:read`). */
export const workersRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'nav.workers',
    loadComponent: () => import('./list/workers-page').then((m) => m.WorkersPage),
  },
  {
    path: 'new',
    title: 'workers.form.newTitle',
    canActivate: [permissionGuard],
    data: { permission: 'records:write' },
    loadComponent: () => import('./form/worker-form-page').then((m) => m.WorkerFormPage),
  },
  {
    path: ':id/edit',
    title: 'workers.form.editTitle',
    canActivate: [permissionGuard],
    data: { permission: 'records:write' },
    loadComponent: () => import('./form/worker-form-page').then((m) => m.WorkerFormPage),
  },
  {
    path: ':id',
    title: 'workers.detail.title',
    loadComponent: () => import('./detail/worker-page').then((m) => m.WorkerPage),
  },
];
