import { Route } from '@angular/router';
import { provideChartParts } from '../charts/provide-chart-parts';

export const explorerRoutes: Route[] = [
  {
    path: '',
    // The developer view draws its daily history with chart.js.
    providers: [provideChartParts()],
    children: [
      {
        path: '',
        title: 'Explorer · devpulse',
        loadComponent: () => import('./explorer-page').then((m) => m.ExplorerPage),
      },
      {
        path: ':developerId',
        title: 'Developer · devpulse',
        loadComponent: () => import('./developer-detail-page').then((m) => m.DeveloperDetailPage),
      },
    ],
  },
];
