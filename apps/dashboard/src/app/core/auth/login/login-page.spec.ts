import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { seriousAxeViolations } from '../../../../testing/axe';
import { nextTask, viewerFixture } from '../../../../testing/fixtures';
import { AuthStore, SESSION_ENDED_NOTICE, TOKEN_STORAGE_KEY } from '../auth-store';
import { INVALID_TOKEN_MESSAGE } from '../session';
import { LoginPage, tokenFromFragment } from './login-page';

@Component({ template: 'home' })
class Home {}

describe('LoginPage', () => {
  let fixture: ComponentFixture<LoginPage>;
  let controller: ApolloTestingController;

  function render(url: string): void {
    window.history.replaceState(null, '', url);
    TestBed.configureTestingModule({
      imports: [LoginPage, ApolloTestingModule],
      providers: [provideRouter([{ path: '', component: Home }])],
    });
    controller = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(LoginPage);
    fixture.detectChanges();
  }

  function text(): string {
    return (fixture.nativeElement as HTMLElement).textContent ?? '';
  }

  beforeEach(() => localStorage.clear());
  afterEach(() => controller.verify());

  it('signs in with the token from the login URL fragment and goes to /', async () => {
    render('/login#token=good-token');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl');

    // The secret leaves the address bar before any request is made.
    expect(window.location.hash).toBe('');
    expect(window.location.pathname).toBe('/login');

    const op = controller.expectOne('Me');
    expect(op.operation.getContext().candidateToken).toBe('good-token');
    op.flush({ data: { me: viewerFixture() } });
    await nextTask();
    await fixture.whenStable();

    expect(navigate).toHaveBeenCalledWith('/');
    const auth = TestBed.inject(AuthStore);
    expect(auth.token()).toBe('good-token');
    expect(auth.viewer()?.organization.name).toBe('Acme Engineering');
    expect(localStorage.getItem(TOKEN_STORAGE_KEY)).toBe('good-token');
  });

  it('shows why when the fragment token is refused, and stores nothing', async () => {
    render('/login#token=revoked-token');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl');

    controller.expectOne('Me').graphqlErrors([{ message: 'Unauthenticated', extensions: { code: 'UNAUTHENTICATED' } }]);
    await nextTask();
    await fixture.whenStable();

    expect(text()).toContain(INVALID_TOKEN_MESSAGE);
    expect(fixture.nativeElement.querySelector('[role="alert"]')).not.toBeNull();
    expect(navigate).not.toHaveBeenCalled();
    expect(TestBed.inject(AuthStore).token()).toBeNull();
    expect(localStorage.getItem(TOKEN_STORAGE_KEY)).toBeNull();
  });

  it('signs in with a pasted token', async () => {
    render('/login');
    controller.expectNone('Me');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl');

    const input: HTMLInputElement = fixture.nativeElement.querySelector('#token');
    input.value = '  pasted-token \n';
    input.dispatchEvent(new Event('input'));
    (fixture.nativeElement.querySelector('form') as HTMLFormElement).dispatchEvent(
      new Event('submit', { cancelable: true }),
    );

    const op = controller.expectOne('Me');
    expect(op.operation.getContext().candidateToken).toBe('pasted-token');
    op.flush({ data: { me: viewerFixture({ role: 'VIEWER' }) } });
    await nextTask();
    await fixture.whenStable();

    expect(navigate).toHaveBeenCalledWith('/');
    expect(TestBed.inject(AuthStore).isAdmin()).toBe(false);
  });

  it('asks for a token instead of sending an empty one', async () => {
    render('/login');
    (fixture.nativeElement.querySelector('form') as HTMLFormElement).dispatchEvent(
      new Event('submit', { cancelable: true }),
    );
    await fixture.whenStable();
    controller.expectNone('Me');
    expect(text()).toContain('Paste a token to sign in.');
  });

  it('has no serious or critical axe violations, also while showing an error', async () => {
    render('/login#token=revoked-token');
    controller.expectOne('Me').graphqlErrors([{ message: 'Unauthenticated', extensions: { code: 'UNAUTHENTICATED' } }]);
    await nextTask();
    await fixture.whenStable();
    expect(await seriousAxeViolations(fixture.nativeElement)).toEqual([]);
  });

  it('shows the notice left by an ended session', async () => {
    render('/login');
    TestBed.inject(AuthStore).setNotice(SESSION_ENDED_NOTICE);
    await fixture.whenStable();
    expect(text()).toContain(SESSION_ENDED_NOTICE);
  });
});

describe('tokenFromFragment', () => {
  it.each([
    ['#token=abc', 'abc'],
    ['token=abc', 'abc'],
    ['#token=a%2Bb&other=1', 'a+b'],
    ['#token=', null],
    ['#other=1', null],
    ['', null],
  ])('reads %p as %p', (hash, expected) => {
    expect(tokenFromFragment(hash)).toBe(expected);
  });
});
