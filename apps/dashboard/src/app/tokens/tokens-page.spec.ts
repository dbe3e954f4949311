import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { seriousAxeViolations } from '../../testing/axe';
import { nextTask, tokenFixture, viewerFixture } from '../../testing/fixtures';
import { AuthStore } from '../core/auth/auth-store';
import { Role } from '../core/graphql/generated';
import { OWN_TOKEN_REVOKED_NOTICE, sortTokens, TokensPage } from './tokens-page';

const ADMIN = tokenFixture();
const CI = tokenFixture({
  id: 'tok-ci',
  name: 'ci-nightly',
  role: 'VIEWER',
  createdAt: '2026-11-10T08:00:00.000Z',
  lastUsedAt: null,
});
const OLD = tokenFixture({
  id: 'tok-old',
  name: 'laptop',
  role: 'VIEWER',
  createdAt: '2026-11-20T08:00:00.000Z',
  revokedAt: '2026-11-21T08:00:00.000Z',
});
const SECRET = 'dp_4f9c2b7e1a0d3c5b8e6f9a2d4c7b1e0f3a6d9c2b5e8f1a4d7c0b3e6f9a2d5c8b';

describe('TokensPage', () => {
  let fixture: ComponentFixture<TokensPage>;
  let controller: ApolloTestingController;

  async function render(role: Role = 'ADMIN'): Promise<void> {
    TestBed.configureTestingModule({
      imports: [TokensPage, ApolloTestingModule],
      providers: [provideRouter([])],
    });
    TestBed.inject(AuthStore).signIn('admin-token', viewerFixture({ role, tokenId: ADMIN.id }));
    controller = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(TokensPage);
    await settle();
  }

  async function settle(): Promise<void> {
    await nextTask();
    await fixture.whenStable();
  }

  const page = (): HTMLElement => fixture.nativeElement;
  const text = (): string => (page().textContent ?? '').replace(/\s+/g, ' ');
  const rows = (): string[] =>
    Array.from(page().querySelectorAll('tbody tr')).map((row) => (row.textContent ?? '').replace(/\s+/g, ' ').trim());
  const find = <T extends Element>(selector: string): T => {
    const found = page().querySelector<T>(selector);
    if (!found) throw new Error(`Nothing matches ${selector} in: ${text()}`);
    return found;
  };
  const button = (label: string): HTMLButtonElement => {
    const found = Array.from(page().querySelectorAll('button')).find((b) => b.textContent?.trim() === label);
    if (!found) throw new Error(`No button "${label}" in: ${text()}`);
    return found;
  };

  async function loadList(tokens = [ADMIN, CI, OLD]): Promise<void> {
    controller.expectOne('ApiTokens').flush({ data: { apiTokens: tokens } });
    await settle();
  }

  beforeEach(() => localStorage.clear());
  afterEach(() => controller.verify());

  it('shows a loading state, then the tokens: active newest first, revoked last', async () => {
    await render();
    expect(text()).toContain('Loading tokens…');

    await loadList();

    expect(text()).not.toContain('Loading tokens…');
    expect(rows()).toHaveLength(3);
    expect(rows()[0]).toContain('ci-nightly');
    expect(rows()[0]).toContain('Never');
    expect(rows()[0]).toContain('Active');
    expect(rows()[1]).toContain('bootstrap This session');
    expect(rows()[1]).toContain('1 Nov 2026');
    expect(rows()[2]).toContain('laptop');
    expect(rows()[2]).toContain('Revoked 21 Nov 2026');
    expect(page().querySelectorAll('button[aria-label^="Revoke"]')).toHaveLength(2);
  });

  it('shows an error with a retry when the list cannot be loaded', async () => {
    await render();
    controller.expectOne('ApiTokens').networkError(new Error('connection refused'));
    await settle();

    expect(page().querySelector('[role="alert"]')?.textContent).toContain('Could not load the tokens.');

    button('Try again').click();
    await loadList();
    expect(rows()).toHaveLength(3);
  });

  it('creates a token and shows its secret once, with a copy button', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await render();
    await loadList();

    const name = find<HTMLInputElement>('#token-name');
    name.value = 'grafana';
    name.dispatchEvent(new Event('input'));
    find<HTMLInputElement>('input[name="role"][value="ADMIN"]').dispatchEvent(new Event('change'));
    find('app-create-token-form form').dispatchEvent(new Event('submit', { cancelable: true }));

    const create = controller.expectOne('CreateApiToken');
    expect(create.operation.variables).toEqual({ name: 'grafana', role: 'ADMIN' });
    const created = tokenFixture({
      id: 'tok-new',
      name: 'grafana',
      createdAt: '2026-11-25T10:00:00.000Z',
      lastUsedAt: null,
    });
    create.flush({ data: { createApiToken: { __typename: 'CreatedApiToken', token: SECRET, apiToken: created } } });
    await settle();

    expect(text()).toContain('Token “grafana” created');
    expect(text()).toContain('it is shown only once');
    expect(page().querySelector<HTMLInputElement>('#token-secret')?.value).toBe(SECRET);
    expect(page().querySelector('app-create-token-form')).toBeNull();

    // The list is fetched again so the new token appears in it.
    await loadList([created, ADMIN, CI, OLD]);
    expect(rows()[0]).toContain('grafana');

    button('Copy').click();
    await settle();
    expect(writeText).toHaveBeenCalledWith(SECRET);
    expect(text()).toContain('Copied to the clipboard.');

    button('I have copied it').click();
    await settle();
    expect(page().querySelector('#token-secret')).toBeNull();
    expect(page().innerHTML).not.toContain(SECRET);
    expect(page().querySelector('app-create-token-form')).not.toBeNull();
  });

  it('shows the server message when creating fails', async () => {
    await render();
    await loadList();
    const name = find<HTMLInputElement>('#token-name');
    name.value = 'x'.repeat(20);
    name.dispatchEvent(new Event('input'));
    find('app-create-token-form form').dispatchEvent(new Event('submit', { cancelable: true }));

    controller
      .expectOne('CreateApiToken')
      .graphqlErrors([{ message: 'A token with this name already exists', extensions: { code: 'BAD_USER_INPUT' } }]);
    await settle();

    expect(page().querySelector('#create-token-error')?.textContent).toContain('A token with this name already exists');
    expect(page().querySelector('#token-secret')).toBeNull();
  });

  it('revokes a token only after confirmation', async () => {
    await render();
    await loadList();

    find<HTMLButtonElement>('button[aria-label="Revoke ci-nightly"]').click();
    await settle();
    expect(text()).toContain('Revoke “ci-nightly”? Anything using it stops working.');
    controller.expectNone('RevokeApiToken');
    expect(document.activeElement?.id).toBe('confirm-revoke-tok-ci');

    button('Cancel').click();
    await settle();
    controller.expectNone('RevokeApiToken');
    expect(text()).not.toContain('Revoke “ci-nightly”?');

    find<HTMLButtonElement>('button[aria-label="Revoke ci-nightly"]').click();
    await settle();
    button('Revoke token').click();

    const revoke = controller.expectOne('RevokeApiToken');
    expect(revoke.operation.variables).toEqual({ id: 'tok-ci' });
    revoke.flush({ data: { revokeApiToken: { ...CI, revokedAt: '2026-11-25T11:00:00.000Z' } } });
    await settle();

    const ciRow = rows().find((row) => row.includes('ci-nightly'));
    expect(ciRow).toContain('Revoked 25 Nov 2026');
    expect(page().querySelector('button[aria-label="Revoke ci-nightly"]')).toBeNull();
    expect(TestBed.inject(AuthStore).token()).toBe('admin-token');
  });

  it('signs out after revoking the token of this session', async () => {
    await render();
    await loadList();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);

    find<HTMLButtonElement>('button[aria-label="Revoke bootstrap"]').click();
    await settle();
    expect(text()).toContain('You are signed in with it and will be signed out.');
    button('Revoke token').click();
    controller.expectOne('RevokeApiToken').flush({
      data: { revokeApiToken: { ...ADMIN, revokedAt: '2026-11-25T11:00:00.000Z' } },
    });
    await settle();

    const auth = TestBed.inject(AuthStore);
    expect(auth.token()).toBeNull();
    expect(auth.notice()).toBe(OWN_TOKEN_REVOKED_NOTICE);
    expect(navigate).toHaveBeenCalledWith('/login');
  });

  it('has no serious or critical axe violations with the list, a secret and a confirmation shown', async () => {
    await render();
    await loadList();
    expect(await seriousAxeViolations(page())).toEqual([]);

    find<HTMLButtonElement>('button[aria-label="Revoke ci-nightly"]').click();
    const name = find<HTMLInputElement>('#token-name');
    name.value = 'grafana';
    name.dispatchEvent(new Event('input'));
    find('app-create-token-form form').dispatchEvent(new Event('submit', { cancelable: true }));
    controller.expectOne('CreateApiToken').flush({
      data: {
        createApiToken: { __typename: 'CreatedApiToken', token: SECRET, apiToken: tokenFixture({ id: 'tok-new' }) },
      },
    });
    await settle();
    await loadList();

    expect(page().querySelector('#token-secret')).not.toBeNull();
    expect(await seriousAxeViolations(page())).toEqual([]);
  });

  it('gives viewers a read-only list', async () => {
    await render('VIEWER');
    await loadList();

    expect(rows()).toHaveLength(3);
    expect(text()).toContain('you can see the tokens but not change them');
    expect(page().querySelector('app-create-token-form')).toBeNull();
    expect(page().querySelector('button[aria-label^="Revoke"]')).toBeNull();
  });
});

describe('sortTokens', () => {
  it('keeps every token, active before revoked, newest first within each group', () => {
    const sorted = sortTokens([OLD, ADMIN, CI]);
    expect(sorted.map((t) => t.id)).toEqual(['tok-ci', 'tok-admin', 'tok-old']);
    expect(new Set(sorted)).toEqual(new Set([OLD, ADMIN, CI]));
  });
});
