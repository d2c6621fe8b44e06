import { Routes } from '@angular/router';

/**
 * The batch pages under `/campaigns`: a campaign's batch (`:id/batches/:batchId`) and its
 * signed-receipt sheet for printing (`…/receipts`). Lazy, like every page of the feature.
 */
export const BATCH_ROUTES: Routes = [
  {
    path: ':id/batches/:batchId',
    title: 'batches.title',
    loadComponent: () => import('./batch-page').then((m) => m.BatchPage),
  },
  {
    path: ':id/batches/:batchId/receipts',
    title: 'batches.sheet.pageTitle',
    loadComponent: () => import('./receipts-print-page').then((m) => m.ReceiptsPrintPage),
  },
];

/** The name the campaigns routes spread (`...batchesRoutes`). */
export const batchesRoutes = BATCH_ROUTES;
