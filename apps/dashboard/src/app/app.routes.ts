import { Route } from '@angular/router';
import { authGuard } from './core/auth/auth-guard';

export const appRoutes: Route[] = [
  {
    path: 'login',
    title: 'Sign in · devpulse',
    loadComponent: () => import('./core/auth/login/login-page').then((m) => m.LoginPage),
  },
  {
    path: '',
    canMatch: [authGuard],
    loadComponent: () => import('./core/shell/shell').then((m) => m.Shell),
    children: [
      // The first feature that exists; the overview takes this place when it lands.
      { path: '', pathMatch: 'full', redirectTo: 'settings/tokens' },
      {
        path: 'settings/tokens',
        loadChildren: () => import('./tokens/tokens.routes').then((m) => m.tokensRoutes),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
