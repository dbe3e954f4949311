import { Route } from '@angular/router';

export const uploadRoutes: Route[] = [
  {
    path: '',
    title: 'Upload · devpulse',
    loadComponent: () => import('./upload-page').then((m) => m.UploadPage),
  },
];
