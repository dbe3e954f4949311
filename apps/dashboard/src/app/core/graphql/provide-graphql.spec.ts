import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { gql } from '@apollo/client';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { nextTask, viewerFixture } from '../../../testing/fixtures';
import { AuthStore, SESSION_ENDED_NOTICE, TOKEN_STORAGE_KEY } from '../auth/auth-store';
import { ApiTokensDocument, MeDocument } from './generated';
import { GRAPHQL_URI, provideGraphql } from './provide-graphql';

const UNAUTHENTICATED = { errors: [{ message: 'Token revoked', extensions: { code: 'UNAUTHENTICATED' } }], data: null };

describe('provideGraphql (the real link chain)', () => {
  let http: HttpTestingController;
  let apollo: Apollo;
  let auth: AuthStore;
  let navigate: jest.SpyInstance;

  beforeEach(() => {
    localStorage.clear();
    localStorage.setItem(TOKEN_STORAGE_KEY, 'stored-token');
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideGraphql(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    apollo = TestBed.inject(Apollo);
    auth = TestBed.inject(AuthStore);
    navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
  });

  afterEach(() => http.verify());

  it('sends the stored token and the preflight header as JSON', async () => {
    const result = firstValueFrom(apollo.query({ query: MeDocument }));
    await nextTask();

    const req = http.expectOne(GRAPHQL_URI);
    expect(req.request.method).toBe('POST');
    expect(req.request.headers.get('Authorization')).toBe('Bearer stored-token');
    expect(req.request.headers.get('Apollo-Require-Preflight')).toBe('true');
    expect(req.request.body).toMatchObject({ operationName: 'Me' });
    req.flush({ data: { me: viewerFixture() } });

    expect((await result).data?.me.organization.name).toBe('Acme Engineering');
  });

  it('signs out with a message when an operation comes back UNAUTHENTICATED', async () => {
    const result = firstValueFrom(apollo.query({ query: ApiTokensDocument }));
    await nextTask();
    http.expectOne(GRAPHQL_URI).flush(UNAUTHENTICATED);

    await expect(result).rejects.toThrow('Token revoked');
    expect(auth.token()).toBeNull();
    expect(localStorage.getItem(TOKEN_STORAGE_KEY)).toBeNull();
    expect(auth.notice()).toBe(SESSION_ENDED_NOTICE);
    expect(navigate).toHaveBeenCalledWith('/login');
  });

  it('treats an HTTP 401 carrying UNAUTHENTICATED the same way', async () => {
    const result = firstValueFrom(apollo.query({ query: ApiTokensDocument }));
    await nextTask();
    http.expectOne(GRAPHQL_URI).flush(UNAUTHENTICATED, { status: 401, statusText: 'Unauthorized' });

    await expect(result).rejects.toThrow();
    expect(auth.token()).toBeNull();
    expect(auth.notice()).toBe(SESSION_ENDED_NOTICE);
  });

  it('leaves the session alone for other errors', async () => {
    const result = firstValueFrom(apollo.query({ query: ApiTokensDocument }));
    await nextTask();
    http
      .expectOne(GRAPHQL_URI)
      .flush({ errors: [{ message: 'Only admins', extensions: { code: 'FORBIDDEN' } }], data: null });

    await expect(result).rejects.toThrow('Only admins');
    expect(auth.token()).toBe('stored-token');
    expect(navigate).not.toHaveBeenCalled();
  });

  it('sends a sign-in candidate instead of the stored token, and its refusal ends no session', async () => {
    const result = firstValueFrom(
      apollo.query({ query: MeDocument, context: { candidateToken: 'candidate' }, fetchPolicy: 'network-only' }),
    );
    await nextTask();
    const req = http.expectOne(GRAPHQL_URI);
    expect(req.request.headers.get('Authorization')).toBe('Bearer candidate');
    req.flush(UNAUTHENTICATED);

    await expect(result).rejects.toThrow();
    expect(auth.token()).toBe('stored-token');
    expect(auth.notice()).toBeNull();
    expect(navigate).not.toHaveBeenCalled();
  });

  it('sends operations that carry a file as a multipart request', async () => {
    const upload = gql`
      mutation Upload($file: Upload!) {
        upload(file: $file)
      }
    `;
    const file = new File(['login,email\n'], 'identities.csv', { type: 'text/csv' });
    const result = firstValueFrom(apollo.mutate({ mutation: upload, variables: { file } }));
    await nextTask();

    const req = http.expectOne(GRAPHQL_URI);
    expect(req.request.headers.get('Apollo-Require-Preflight')).toBe('true');
    expect(req.request.headers.get('Authorization')).toBe('Bearer stored-token');
    const form = req.request.body as FormData;
    expect(form).toBeInstanceOf(FormData);
    expect(JSON.parse(String(form.get('operations')))).toMatchObject({
      operationName: 'Upload',
      variables: { file: null },
    });
    expect(JSON.parse(String(form.get('map')))).toEqual({ 1: ['variables.file'] });
    expect((form.get('1') as File).name).toBe('identities.csv');
    req.flush({ data: { upload: true } });

    expect((await result).data).toEqual({ upload: true });
  });
});
