import { Routes } from '@angular/router';
import { bankLayoutsRoutes } from './bank-layouts/bank-layouts.routes';
import { batchesRoutes } from './batches/batches.routes';

/**
 * `/campaigns/...`: 专项活动 (the app guards the whole feature with `records:read`). The bank
 * layouts come before `:id` so that their path is not read as a campaign's id; the batch pages
 * sit under their campaign (`:id/batches/:batchId`).
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
  ...bankLayoutsRoutes,
  {
    path: ':id',
    pathMatch: 'full',
    title: 'campaigns.detail.title',
    loadComponent: () => import('./detail/campaign-page').then((m) => m.CampaignPage),
  },
  ...batchesRoutes,
];
