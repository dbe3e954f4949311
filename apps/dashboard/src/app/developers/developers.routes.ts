import { Route } from '@angular/router';

export const developersRoutes: Route[] = [
  {
    path: '',
    title: 'Developers · devpulse',
    loadComponent: () => import('./developers-page').then((m) => m.DevelopersPage),
  },
];
