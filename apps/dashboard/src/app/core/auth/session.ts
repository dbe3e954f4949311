import { inject, Injectable } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { MeDocument } from '../graphql/generated';
import { describeError, hasErrorCode } from '../graphql/graphql-errors';
import { AuthStore, Viewer } from './auth-store';

export const INVALID_TOKEN_MESSAGE = 'That token is not valid or has been revoked';

export type SignInResult = { ok: true; viewer: Viewer } | { ok: false; message: string };

/** Signing in and out against the API; the state itself lives in AuthStore. */
@Injectable({ providedIn: 'root' })
export class Session {
  private readonly apollo = inject(Apollo);
  private readonly auth = inject(AuthStore);

  /** Checks `token` with the `me` query and, when the server accepts it, makes it the session's token. */
  async signIn(token: string): Promise<SignInResult> {
    const candidate = token.trim();
    if (candidate === '') return { ok: false, message: 'Paste a token to sign in.' };
    try {
      const viewer = await this.fetchViewer({ candidateToken: candidate });
      // Another organization's data may still be cached from an earlier session.
      await this.apollo.client.clearStore();
      this.auth.signIn(candidate, viewer);
      return { ok: true, viewer };
    } catch (error) {
      const message = hasErrorCode(error, 'UNAUTHENTICATED') ? INVALID_TOKEN_MESSAGE : describeError(error);
      return { ok: false, message };
    }
  }

  /**
   * Loads the viewer for the stored token (after a reload). False when there is no session: a refused token has
   * already been signed out by the session-end link; any other failure leaves a notice for the login page.
   */
  async restore(): Promise<boolean> {
    if (this.auth.token() === null) return false;
    try {
      this.auth.setViewer(await this.fetchViewer({}));
      return true;
    } catch (error) {
      if (!hasErrorCode(error, 'UNAUTHENTICATED')) {
        this.auth.setNotice(`Could not load your session. ${describeError(error)}`);
      }
      return false;
    }
  }

  async signOut(notice: string | null = null): Promise<void> {
    this.auth.signOut(notice);
    await this.apollo.client.clearStore();
  }

  private async fetchViewer(context: { candidateToken?: string }): Promise<Viewer> {
    const result = await firstValueFrom(this.apollo.query({ query: MeDocument, fetchPolicy: 'network-only', context }));
    if (!result.data) throw result.error ?? new Error('The server sent no viewer.');
    return result.data.me;
  }
}
