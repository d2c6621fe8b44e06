import { Routes } from '@angular/router';

/**
 * `/admin/bank-layouts`: the banks' payroll layouts (代发格式). Mounted by the admin routes
 * (`admin:manage`), lazy: `loadChildren: () => import('@worker-aid/web/campaigns').then((m) => m.BANK_LAYOUT_ROUTES)`
 * under the path `bank-layouts`.
 */
export const BANK_LAYOUT_ROUTES: Routes = [
  {
    path: '',
    title: 'batches.layouts.title',
    loadComponent: () => import('./bank-layouts-page').then((m) => m.BankLayoutsPage),
  },
];
