import { Routes } from '@angular/router';

/** `/notices/...`: 公示公告 (the app guards the whole feature with `records:read`). */
export const noticesRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'nav.notices',
    loadComponent: () => import('./list/notices-page').then((m) => m.NoticesPage),
  },
  {
    path: 'print',
    title: 'notices.sheet.pageTitle',
    loadComponent: () => import('./print/notice-print-page').then((m) => m.NoticePrintPage),
  },
];
