import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AuthStore } from '../auth/auth-store';
import { Session } from '../auth/session';
import { ExportButtons } from './export-buttons';
import { NAV_ITEMS } from './navigation';
import { ThemeSwitcher } from './theme-switcher';

@Component({
  selector: 'app-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, RouterLink, RouterLinkActive, ThemeSwitcher, ExportButtons],
  templateUrl: './shell.html',
  styleUrl: './shell.css',
})
export class Shell {
  private readonly document = inject(DOCUMENT);
  private readonly auth = inject(AuthStore);
  private readonly session = inject(Session);

  protected readonly viewer = this.auth.viewer;
  protected readonly navItems = computed(() => NAV_ITEMS.filter((item) => !item.adminOnly || this.auth.isAdmin()));

  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.document.getElementById('main')?.focus();
  }

  protected signOut(): void {
    void this.session.signOut();
  }
}
