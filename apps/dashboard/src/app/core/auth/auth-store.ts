import { computed, inject, Injectable, signal } from '@angular/core';
import { Router } from '@angular/router';
import type { MeQuery } from '../graphql/generated';

export type Viewer = MeQuery['me'];

export const TOKEN_STORAGE_KEY = 'devpulse.token';

export const SESSION_ENDED_NOTICE = 'Your session ended: the token was revoked or is no longer valid';

/** Who is signed in: the token (persisted), the viewer it belongs to, and the notice shown at login. */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly router = inject(Router);
  private readonly storage = safeLocalStorage();

  private readonly tokenState = signal<string | null>(this.storage?.getItem(TOKEN_STORAGE_KEY) ?? null);
  private readonly viewerState = signal<Viewer | null>(null);
  private readonly noticeState = signal<string | null>(null);

  readonly token = this.tokenState.asReadonly();
  readonly viewer = this.viewerState.asReadonly();
  /** A message for the login page, such as why the session ended. */
  readonly notice = this.noticeState.asReadonly();
  readonly isAdmin = computed(() => this.viewerState()?.role === 'ADMIN');

  /** Stores a verified token and its viewer. */
  signIn(token: string, viewer: Viewer): void {
    this.storage?.setItem(TOKEN_STORAGE_KEY, token);
    this.tokenState.set(token);
    this.viewerState.set(viewer);
    this.noticeState.set(null);
  }

  setViewer(viewer: Viewer): void {
    this.viewerState.set(viewer);
  }

  setNotice(notice: string | null): void {
    this.noticeState.set(notice);
  }

  /** Forgets the token and the viewer, then shows the login page (with `notice`, if given). */
  signOut(notice: string | null = null): void {
    this.storage?.removeItem(TOKEN_STORAGE_KEY);
    this.tokenState.set(null);
    this.viewerState.set(null);
    this.noticeState.set(notice);
    void this.router.navigateByUrl('/login');
  }
}

// Storage can be unavailable (privacy modes, sandboxed frames): the session then lasts as long as the page.
function safeLocalStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
