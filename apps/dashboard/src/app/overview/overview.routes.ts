import type { Routes } from '@angular/router';
import { provideChartParts } from '../charts/provide-chart-parts';
import { OverviewPage } from './overview-page';

export const overviewRoutes: Routes = [
  {
    path: '',
    title: 'Overview · devpulse',
    // chart.js registers here, not in app.config, so it stays out of the initial bundle.
    providers: [provideChartParts()],
    component: OverviewPage,
  },
];
