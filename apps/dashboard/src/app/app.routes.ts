import { Route } from '@angular/router';
import { authGuard } from './core/auth/auth-guard';
import { adminGuard } from './upload/admin-guard';

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
      { path: '', pathMatch: 'full', redirectTo: 'overview' },
      {
        path: 'overview',
        loadChildren: () => import('./overview/overview.routes').then((m) => m.overviewRoutes),
      },
      {
        path: 'explorer',
        loadChildren: () => import('./explorer/explorer.routes').then((m) => m.explorerRoutes),
      },
      {
        path: 'upload',
        canMatch: [adminGuard],
        loadChildren: () => import('./upload/upload.routes').then((m) => m.uploadRoutes),
      },
      {
        path: 'developers',
        loadChildren: () => import('./developers/developers.routes').then((m) => m.developersRoutes),
      },
      {
        path: 'settings/tokens',
        loadChildren: () => import('./tokens/tokens.routes').then((m) => m.tokensRoutes),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
