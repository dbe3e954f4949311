import { inject } from '@angular/core';
import { CanMatchFn, Router } from '@angular/router';
import { AuthStore } from '../core/auth/auth-store';

/** Admin-only screens: viewers are sent to the start page instead. Runs after authGuard has loaded the viewer. */
export const adminGuard: CanMatchFn = () => inject(AuthStore).isAdmin() || inject(Router).createUrlTree(['/']);
