import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { Router } from '@angular/router';
import { AuthStore } from '../auth-store';
import { Session } from '../session';

/** Reads `token=…` from a URL fragment such as the one-time login URL the server prints. */
export function tokenFromFragment(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token === null || token.trim() === '' ? null : token.trim();
}

@Component({
  selector: 'app-login-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './login-page.html',
  styleUrl: './login-page.css',
})
export class LoginPage implements OnInit {
  private readonly document = inject(DOCUMENT);
  private readonly router = inject(Router);
  private readonly session = inject(Session);
  private readonly auth = inject(AuthStore);

  protected readonly token = signal('');
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = this.auth.notice;

  ngOnInit(): void {
    const location = this.document.location;
    const token = tokenFromFragment(location.hash);
    if (token === null) return;
    // The secret must not stay in the address bar, the history or a bookmark.
    const history = this.document.defaultView?.history;
    history?.replaceState(history.state, '', location.pathname + location.search);
    void this.signIn(token);
  }

  protected updateToken(event: Event): void {
    this.token.set((event.target as HTMLInputElement).value);
  }

  protected submitToken(event: SubmitEvent): void {
    event.preventDefault();
    void this.signIn(this.token());
  }

  private async signIn(token: string): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    const result = await this.session.signIn(token);
    this.busy.set(false);
    if (result.ok) {
      await this.router.navigateByUrl('/');
    } else {
      this.error.set(result.message);
    }
  }
}
