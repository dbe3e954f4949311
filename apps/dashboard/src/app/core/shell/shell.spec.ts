import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ApolloTestingModule } from 'apollo-angular/testing';
import { seriousAxeViolations } from '../../../testing/axe';
import { viewerFixture } from '../../../testing/fixtures';
import { AuthStore, TOKEN_STORAGE_KEY } from '../auth/auth-store';
import { Shell } from './shell';

@Component({ template: '<h1>Access tokens</h1>' })
class TokensStandIn {}

@Component({ template: '<h1>Sign in</h1>' })
class LoginStandIn {}

describe('Shell', () => {
  async function render(role: 'ADMIN' | 'VIEWER'): Promise<HTMLElement> {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [
        provideRouter([
          { path: 'login', component: LoginStandIn },
          { path: '', component: Shell, children: [{ path: 'settings/tokens', component: TokensStandIn }] },
        ]),
      ],
    });
    TestBed.inject(AuthStore).signIn('token', viewerFixture({ role }));
    const harness = await RouterTestingHarness.create('/settings/tokens');
    return harness.routeNativeElement as HTMLElement;
  }

  it('shows the organization, the role and the features an admin can use', async () => {
    const shell = await render('ADMIN');
    expect(shell.querySelector('header')?.textContent).toContain('devpulse');
    expect(shell.querySelector('header')?.textContent).toContain('Acme Engineering');
    expect(shell.querySelector('.badge')?.textContent).toContain('Admin');
    const links = Array.from(shell.querySelectorAll<HTMLAnchorElement>('nav a'));
    expect(links[0]?.textContent).toBe('Overview');
    const link = links.find((a) => a.textContent === 'Access tokens');
    expect(link).toBeDefined();
    expect(link?.getAttribute('aria-current')).toBe('page');
    expect(shell.querySelector('main#main h1')?.textContent).toBe('Access tokens');
  });

  it('has no serious or critical axe violations', async () => {
    const shell = await render('ADMIN');
    expect(await seriousAxeViolations(shell)).toEqual([]);
  });

  it('lists no admin-only features for a viewer', async () => {
    const shell = await render('VIEWER');
    expect(shell.querySelector('.badge')?.textContent).toContain('Viewer');
    const labels = Array.from(shell.querySelectorAll('nav a')).map((a) => a.textContent);
    expect(labels).toContain('Overview');
    expect(labels).not.toContain('Access tokens');
  });

  it('offers a skip link that moves focus to the main content', async () => {
    const shell = await render('ADMIN');
    shell.querySelector<HTMLAnchorElement>('.skip-link')?.click();
    expect(document.activeElement?.id).toBe('main');
  });

  it('signs out and returns to the login page', async () => {
    const shell = await render('ADMIN');
    const button = Array.from(shell.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Sign out');
    expect(button).toBeDefined();
    button?.click();
    await new Promise((resolve) => setTimeout(resolve));

    expect(TestBed.inject(AuthStore).token()).toBeNull();
    expect(localStorage.getItem(TOKEN_STORAGE_KEY)).toBeNull();
    expect(TestBed.inject(Router).url).toBe('/login');
  });
});
