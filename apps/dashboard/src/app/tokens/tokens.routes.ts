import { Route } from '@angular/router';

export const tokensRoutes: Route[] = [
  {
    path: '',
    title: 'Access tokens · devpulse',
    loadComponent: () => import('./tokens-page').then((m) => m.TokensPage),
  },
];
