import { TestBed } from '@angular/core/testing';
import { provideRouter, Route, Router, UrlSegment, UrlTree } from '@angular/router';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { nextTask, viewerFixture } from '../../../testing/fixtures';
import { authGuard } from './auth-guard';
import { AuthStore, TOKEN_STORAGE_KEY } from './auth-store';

describe('authGuard', () => {
  function setUp(): void {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: [provideRouter([])] });
  }

  function runGuard(): Promise<boolean | UrlTree> {
    const segments: UrlSegment[] = [];
    return TestBed.runInInjectionContext(() => authGuard({} as Route, segments) as Promise<boolean | UrlTree>);
  }

  const loginTree = () => TestBed.inject(Router).createUrlTree(['/login']);

  beforeEach(() => localStorage.clear());

  it('sends a visitor without a token to /login', async () => {
    setUp();
    expect(await runGuard()).toEqual(loginTree());
  });

  it('lets a verified session through', async () => {
    setUp();
    TestBed.inject(AuthStore).signIn('token', viewerFixture());
    expect(await runGuard()).toBe(true);
  });

  it('loads the viewer for a stored token after a reload', async () => {
    localStorage.setItem(TOKEN_STORAGE_KEY, 'stored');
    setUp();
    const result = runGuard();
    await nextTask();
    TestBed.inject(ApolloTestingController)
      .expectOne('Me')
      .flush({ data: { me: viewerFixture() } });

    expect(await result).toBe(true);
    expect(TestBed.inject(AuthStore).viewer()?.organization.name).toBe('Acme Engineering');
  });

  it('sends the visitor to /login with a notice when the server cannot be reached', async () => {
    localStorage.setItem(TOKEN_STORAGE_KEY, 'stored');
    setUp();
    const result = runGuard();
    await nextTask();
    TestBed.inject(ApolloTestingController).expectOne('Me').networkError(new Error('offline'));

    expect(await result).toEqual(loginTree());
    expect(TestBed.inject(AuthStore).notice()).toContain('Could not load your session.');
  });
});
