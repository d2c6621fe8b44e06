import { Routes } from '@angular/router';
import { provideReportCharts } from './charts/echarts-setup';

/**
 * `/reports`: 统计报表 (the app guards it with `reports:read`). The period and unit are query
 * parameters (`?from=&to=&unitId=`), bound to the page's inputs.
 */
export const reportsRoutes: Routes = [
  {
    path: '',
    title: 'nav.reports',
    providers: [provideReportCharts()],
    loadComponent: () => import('./page/reports-page').then((m) => m.ReportsPage),
  },
];
