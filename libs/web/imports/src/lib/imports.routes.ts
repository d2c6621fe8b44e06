import { Routes } from '@angular/router';

/** `/imports/...`: 批量导入职工 (the app guards the whole feature with `records:write`). */
export const importsRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'imports.title',
    loadComponent: () => import('./list/imports-page').then((m) => m.ImportsPage),
  },
  {
    path: ':id',
    title: 'imports.detail.title',
    loadComponent: () => import('./detail/import-page').then((m) => m.ImportPage),
  },
];
