import { Routes } from '@angular/router';
import { permissionGuard } from '@worker-aid/web/core';

/** `/files/...`: 困难职工档案 (the app guards the whole feature with `records:read`). */
export const filesRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'nav.files',
    loadComponent: () => import('./list/files-page').then((m) => m.FilesPage),
  },
  {
    path: 'review-due',
    title: 'nav.filesReviewDue',
    loadComponent: () => import('./due/review-due-page').then((m) => m.ReviewDuePage),
  },
  {
    path: 'follow-ups',
    title: 'nav.followUps',
    loadComponent: () => import('./due/follow-ups-page').then((m) => m.FollowUpsPage),
  },
  {
    path: 'new',
    title: 'files.form.newTitleShort',
    canActivate: [permissionGuard],
    data: { permission: 'records:write' },
    loadComponent: () => import('./form/file-form-page').then((m) => m.FileFormPage),
  },
  {
    path: ':id/edit',
    title: 'files.form.editTitleShort',
    canActivate: [permissionGuard],
    data: { permission: 'records:write' },
    loadComponent: () => import('./form/file-form-page').then((m) => m.FileFormPage),
  },
  {
    path: ':id/review',
    title: 'files.review.titleShort',
    canActivate: [permissionGuard],
    data: { permission: 'records:write' },
    loadComponent: () => import('./review/file-review-page').then((m) => m.FileReviewPage),
  },
  {
    path: ':id',
    title: 'files.detail.title',
    loadComponent: () => import('./detail/file-page').then((m) => m.FilePage),
  },
];
