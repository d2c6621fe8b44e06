import { Routes } from '@angular/router';

/** `/funds`: 帮扶资金 (the app guards it with `records:read`). */
export const fundsRoutes: Routes = [
  {
    path: '',
    title: 'nav.funds',
    loadComponent: () => import('./funds/funds-page').then((m) => m.FundsPage),
  },
];

/** `/payments`: 资金发放, every payment and reversal in scope (guarded with `records:read`). */
export const paymentsRoutes: Routes = [
  {
    path: '',
    title: 'nav.payments',
    loadComponent: () => import('./payments/payments-page').then((m) => m.PaymentsPage),
  },
];
