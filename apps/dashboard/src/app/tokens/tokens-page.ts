import { DatePipe, DOCUMENT } from '@angular/common';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, inject, Injector, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { AuthStore } from '../core/auth/auth-store';
import { Session } from '../core/auth/session';
import { ApiTokenFieldsFragment, ApiTokensDocument, RevokeApiTokenDocument } from '../core/graphql/generated';
import { describeError } from '../core/graphql/graphql-errors';
import { CreatedToken, CreateTokenForm } from './create-token-form';
import { TokenSecret } from './token-secret';

export const OWN_TOKEN_REVOKED_NOTICE = 'You revoked the token you were signed in with. Sign in with another token.';

/** Active tokens first, newest first; revoked ones after them. */
export function sortTokens(tokens: readonly ApiTokenFieldsFragment[]): ApiTokenFieldsFragment[] {
  return [...tokens].sort(
    (a, b) => Number(a.revokedAt !== null) - Number(b.revokedAt !== null) || b.createdAt.localeCompare(a.createdAt),
  );
}

@Component({
  selector: 'app-tokens-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, CreateTokenForm, TokenSecret],
  templateUrl: './tokens-page.html',
  styleUrl: './tokens-page.css',
})
export class TokensPage {
  private readonly apollo = inject(Apollo);
  private readonly auth = inject(AuthStore);
  private readonly session = inject(Session);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);

  private readonly tokensQuery = this.apollo.watchQuery({
    query: ApiTokensDocument,
    notifyOnNetworkStatusChange: true,
  });
  private readonly result = toSignal(this.tokensQuery.valueChanges);

  protected readonly isAdmin = this.auth.isAdmin;
  protected readonly currentTokenId = computed(() => this.auth.viewer()?.tokenId ?? null);
  protected readonly tokens = computed(() => {
    const result = this.result();
    return result?.dataState === 'complete' ? sortTokens(result.data.apiTokens) : [];
  });
  protected readonly loading = computed(() => this.result()?.loading ?? true);
  protected readonly loadError = computed(() => {
    const error = this.result()?.error;
    return error ? describeError(error) : null;
  });

  protected readonly created = signal<CreatedToken | null>(null);
  protected readonly confirmingId = signal<string | null>(null);
  protected readonly revokingId = signal<string | null>(null);
  protected readonly revokeError = signal<{ id: string; message: string } | null>(null);

  protected reload(): void {
    void this.tokensQuery.refetch().catch(() => undefined);
  }

  protected showCreated(created: CreatedToken): void {
    this.created.set(created);
    this.reload();
  }

  protected dismissSecret(): void {
    this.created.set(null);
  }

  protected askToRevoke(token: ApiTokenFieldsFragment): void {
    this.revokeError.set(null);
    this.confirmingId.set(token.id);
    this.focusAfterRender(`confirm-revoke-${token.id}`);
  }

  protected cancelRevoke(token: ApiTokenFieldsFragment): void {
    this.confirmingId.set(null);
    this.focusAfterRender(`revoke-${token.id}`);
  }

  protected async revokeToken(token: ApiTokenFieldsFragment): Promise<void> {
    this.revokingId.set(token.id);
    this.revokeError.set(null);
    try {
      // The result carries revokedAt for ApiToken:<id>; the normalized cache updates the list by itself.
      await firstValueFrom(this.apollo.mutate({ mutation: RevokeApiTokenDocument, variables: { id: token.id } }));
      this.confirmingId.set(null);
      if (token.id === this.currentTokenId()) {
        await this.session.signOut(OWN_TOKEN_REVOKED_NOTICE);
      }
    } catch (error) {
      this.revokeError.set({ id: token.id, message: describeError(error) });
    } finally {
      this.revokingId.set(null);
    }
  }

  private focusAfterRender(elementId: string): void {
    afterNextRender(() => this.document.getElementById(elementId)?.focus(), { injector: this.injector });
  }
}
