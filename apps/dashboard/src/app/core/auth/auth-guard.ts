import { inject } from '@angular/core';
import { CanMatchFn, Router } from '@angular/router';
import { AuthStore } from './auth-store';
import { Session } from './session';

/** Lets the shell routes match only with a verified session; otherwise sends the visitor to /login. */
export const authGuard: CanMatchFn = async () => {
  const auth = inject(AuthStore);
  const session = inject(Session);
  const login = inject(Router).createUrlTree(['/login']);
  if (auth.viewer() !== null) return true;
  return (await session.restore()) ? true : login;
};
