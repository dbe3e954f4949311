import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { seriousAxeViolations } from '../../testing/axe';
import { nextTask, viewerFixture } from '../../testing/fixtures';
import { AuthStore } from '../core/auth/auth-store';
import { DeveloperFieldsFragment, Role } from '../core/graphql/generated';
import { DevelopersPage, DEVELOPERS_PAGE_SIZE, SEARCH_DEBOUNCE_MS } from './developers-page';
import { checkIdentityValue } from './link-identity-form';

function developer(
  overrides: Partial<DeveloperFieldsFragment> = {},
): DeveloperFieldsFragment & { __typename: 'Developer' } {
  return {
    __typename: 'Developer',
    id: 'dev-ada',
    displayName: 'Ada Lovelace',
    githubLogin: 'ada',
    email: null,
    isService: false,
    identities: [
      {
        __typename: 'DeveloperIdentity',
        kind: 'GITHUB_LOGIN',
        value: 'ada',
      } as DeveloperFieldsFragment['identities'][number],
    ],
    team: { __typename: 'Team', id: 'team-core', name: 'Core' } as DeveloperFieldsFragment['team'],
    ...overrides,
  };
}

const ADA = developer();
const ADA_MAIL = developer({
  id: 'dev-ada-mail',
  displayName: 'ada@example.com',
  githubLogin: null,
  email: 'ada@example.com',
  identities: [{ kind: 'EMAIL', value: 'ada@example.com' }],
  team: null,
});
const BOT = developer({
  id: 'dev-bot',
  displayName: 'ci-key',
  githubLogin: null,
  isService: true,
  identities: [{ kind: 'API_KEY', value: 'ci-key' }],
  team: null,
});

describe('DevelopersPage', () => {
  let fixture: ComponentFixture<DevelopersPage>;
  let controller: ApolloTestingController;

  async function render(role: Role = 'ADMIN'): Promise<void> {
    TestBed.configureTestingModule({ imports: [DevelopersPage, ApolloTestingModule], providers: [provideRouter([])] });
    TestBed.inject(AuthStore).signIn('token', viewerFixture({ role }));
    controller = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(DevelopersPage);
    await settle();
  }

  async function settle(): Promise<void> {
    await nextTask();
    await fixture.whenStable();
  }

  const page = (): HTMLElement => fixture.nativeElement;
  const text = (): string => (page().textContent ?? '').replace(/\s+/g, ' ');
  const rows = (): string[] =>
    Array.from(page().querySelectorAll('tbody tr:not(.action-row)')).map((r) =>
      (r.textContent ?? '').replace(/\s+/g, ' ').trim(),
    );
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
  const type = (selector: string, value: string): void => {
    const input = find<HTMLInputElement>(selector);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const choose = (selector: string, value: string): void => {
    const select = find<HTMLSelectElement>(selector);
    select.value = value;
    select.dispatchEvent(new Event('change'));
  };

  async function loadList(developers = [ADA, ADA_MAIL, BOT], search: string | null = null): Promise<void> {
    const op = controller.expectOne('Developers');
    expect(op.operation.variables).toEqual({ search, first: DEVELOPERS_PAGE_SIZE });
    op.flush({ data: { developers } });
    await settle();
  }

  afterEach(() => controller.verify());

  it('lists developers with identity chips, team and a service badge', async () => {
    await render();
    expect(text()).toContain('Loading developers…');
    await loadList();

    expect(rows()).toHaveLength(3);
    expect(rows()[0]).toContain('Ada Lovelace');
    expect(rows()[0]).toContain('GitHub login: ada');
    expect(rows()[0]).toContain('Core');
    expect(rows()[1]).toContain('Email: ada@example.com');
    expect(rows()[1]).toContain('No team');
    expect(rows()[2]).toContain('ci-key Service');
    expect(rows()[2]).toContain('API key: ci-key');
    // Service accounts are never linked or merged by hand.
    expect(page().querySelector('button[aria-label="Merge ci-key into another developer"]')).toBeNull();
    expect(await seriousAxeViolations(page())).toEqual([]);
  });

  it('searches once typing pauses, with the trimmed text', async () => {
    await render();
    await loadList();

    type('#developer-search', 'a');
    type('#developer-search', ' ada ');
    await settle();
    controller.expectNone('Developers');

    await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 50));
    await settle();
    await loadList([ADA], 'ada');
    expect(rows()).toHaveLength(1);
    expect(text()).toContain('1 developer matching “ada”');

    type('#developer-search', 'nobody');
    await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 50));
    await settle();
    await loadList([], 'nobody');
    expect(text()).toContain('No developer matches “nobody”.');
  });

  it('says when there are no developers yet, and offers a retry after an error', async () => {
    await render();
    controller.expectOne('Developers').networkError(new Error('connection refused'));
    await settle();
    expect(find('[role="alert"]').textContent).toContain('Could not load the developers.');

    button('Try again').click();
    await loadList([]);
    expect(text()).toContain('No developers yet.');
  });

  it('links an identity, checking the value first and refetching the list', async () => {
    await render();
    await loadList();

    find<HTMLButtonElement>('button[aria-label="Link identity to Ada Lovelace"]').click();
    await settle();
    choose('#link-kind-dev-ada', 'EMAIL');
    type('#link-value-dev-ada', 'not-an-email');
    find('form[aria-label="Link an identity to Ada Lovelace"]').dispatchEvent(
      new Event('submit', { cancelable: true }),
    );
    await settle();
    expect(text()).toContain('Enter an email address such as ada@example.com.');
    controller.expectNone('LinkIdentity');

    type('#link-value-dev-ada', ' ada@example.com ');
    find('form[aria-label="Link an identity to Ada Lovelace"]').dispatchEvent(
      new Event('submit', { cancelable: true }),
    );
    const link = controller.expectOne('LinkIdentity');
    expect(link.operation.variables).toEqual({ developerId: 'dev-ada', kind: 'EMAIL', value: 'ada@example.com' });
    const linked = developer({
      email: 'ada@example.com',
      identities: [...ADA.identities, { kind: 'EMAIL', value: 'ada@example.com' }],
    });
    link.flush({ data: { linkIdentity: linked } });
    await settle();
    // The email's former developer was merged into Ada by the server: the refetched list no longer has it.
    await loadList([linked, BOT]);

    expect(text()).toContain('Linked the email ada@example.com to Ada Lovelace.');
    expect(rows()).toHaveLength(2);
    expect(rows()[0]).toContain('Email: ada@example.com');
    expect(page().querySelector('app-link-identity-form')).toBeNull();
  });

  it('shows the server message when linking fails', async () => {
    await render();
    await loadList();
    find<HTMLButtonElement>('button[aria-label="Link identity to Ada Lovelace"]').click();
    await settle();
    type('#link-value-dev-ada', 'ci-key');
    find('form[aria-label="Link an identity to Ada Lovelace"]').dispatchEvent(
      new Event('submit', { cancelable: true }),
    );
    controller
      .expectOne('LinkIdentity')
      .graphqlErrors([{ message: 'ci-key belongs to a service account', extensions: { code: 'BAD_USER_INPUT' } }]);
    await settle();

    expect(find('app-link-identity-form [role="alert"]').textContent).toContain('ci-key belongs to a service account');
  });

  it('merges one developer into another only after a confirmation that explains the max rule', async () => {
    await render();
    await loadList();

    find<HTMLButtonElement>('button[aria-label="Merge ada@example.com into another developer"]').click();
    await settle();
    const options = Array.from(find<HTMLSelectElement>('#merge-into-dev-ada-mail').options).map((o) =>
      o.textContent?.trim(),
    );
    expect(options).toEqual(['Choose a developer…', 'Ada Lovelace (ada)']);

    button('Review merge').click();
    await settle();
    expect(text()).toContain('Choose the developer to merge into.');

    choose('#merge-into-dev-ada-mail', 'dev-ada');
    button('Review merge').click();
    await settle();
    expect(text()).toContain('Merge ada@example.com into Ada Lovelace?');
    expect(text()).toContain('combined by the max rule: each counter keeps the larger of the two values');
    expect(document.activeElement?.id).toBe('confirm-merge-dev-ada-mail');
    controller.expectNone('MergeDevelopers');
    expect(await seriousAxeViolations(page())).toEqual([]);

    button('Merge developers').click();
    const merge = controller.expectOne('MergeDevelopers');
    expect(merge.operation.variables).toEqual({ intoId: 'dev-ada', fromId: 'dev-ada-mail' });
    const merged = developer({ email: 'ada@example.com', identities: [...ADA.identities, ...ADA_MAIL.identities] });
    merge.flush({ data: { mergeDevelopers: merged } });
    await settle();
    await loadList([merged, BOT]);

    expect(text()).toContain('Merged ada@example.com into Ada Lovelace.');
    expect(rows()).toHaveLength(2);
  });

  it('can go back from the confirmation without merging', async () => {
    await render();
    await loadList();
    find<HTMLButtonElement>('button[aria-label="Merge Ada Lovelace into another developer"]').click();
    await settle();
    choose('#merge-into-dev-ada', 'dev-ada-mail');
    button('Review merge').click();
    await settle();
    button('Back').click();
    await settle();
    button('Cancel').click();
    await settle();

    controller.expectNone('MergeDevelopers');
    expect(page().querySelector('app-merge-developers-form')).toBeNull();
  });

  it('gives viewers the list without link or merge actions', async () => {
    await render('VIEWER');
    await loadList();
    expect(rows()).toHaveLength(3);
    expect(page().querySelector('button[aria-label^="Link"]')).toBeNull();
    expect(page().querySelector('button[aria-label^="Merge"]')).toBeNull();
    expect(text()).toContain('an admin can link or merge them');
  });
});

describe('checkIdentityValue', () => {
  it('accepts what the server can normalize and explains the rest', () => {
    expect(checkIdentityValue('GITHUB_LOGIN', 'Octo-Cat')).toBeNull();
    expect(checkIdentityValue('EMAIL', 'ada@example.com')).toBeNull();
    expect(checkIdentityValue('GITHUB_USER_ID', '583231')).toBeNull();
    expect(checkIdentityValue('GITHUB_LOGIN', '')).toBe('Enter the github login to link.');
    expect(checkIdentityValue('EMAIL', 'ada')).toContain('email address');
    expect(checkIdentityValue('GITHUB_USER_ID', 'octocat')).toContain('is a number');
  });
});
