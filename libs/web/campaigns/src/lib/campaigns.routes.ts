import { Routes } from '@angular/router';
import { batchesRoutes } from './batches/batches.routes';

/**
 * `/campaigns/...`: 专项活动 (the app guards the whole feature with `records:read`); the batch
 * pages sit under their campaign (`:id/batches/:batchId`). The banks' layouts are mounted by the
 * app under `/admin/bank-layouts` (`BANK_LAYOUT_ROUTES`).
 */
export const campaignsRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'campaigns.title',
    loadComponent: () => import('./list/campaigns-page').then((m) => m.CampaignsPage),
  },
  {
    path: 'new',
    title: 'campaigns.wizard.title',
    loadComponent: () => import('./wizard/campaign-wizard-page').then((m) => m.CampaignWizardPage),
  },
  {
    path: ':id',
    pathMatch: 'full',
    title: 'campaigns.detail.title',
    loadComponent: () => import('./detail/campaign-page').then((m) => m.CampaignPage),
  },
  ...batchesRoutes,
];
