import { provideHttpClient } from '@angular/common/http';
import { HttpEventType } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { gql } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { lastValueFrom, toArray } from 'rxjs';
import { viewerFixture } from '../../testing/fixtures';
import { AuthStore, SESSION_ENDED_NOTICE } from '../core/auth/auth-store';
import { errorCodes } from '../core/graphql/graphql-errors';
import { GRAPHQL_URI } from '../core/graphql/provide-graphql';
import { GraphqlUpload, multipartBody, UploadEvent } from './graphql-upload';

type Data = { preview: { rowCount: number } };
type Variables = { file: File; format: string | null; mapping: { day: string } | null };
const PREVIEW = gql`
  query Preview($file: Upload!, $format: MetricsFormat, $mapping: ColumnMappingInput) {
    preview(file: $file, format: $format, mapping: $mapping) {
      rowCount
    }
  }
` as TypedDocumentNode<Data, Variables>;

describe('GraphqlUpload', () => {
  let http: HttpTestingController;
  let upload: GraphqlUpload;
  const file = new File(['day,login\n2026-01-02,ada\n'], 'usage.csv', { type: 'text/csv' });

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
    TestBed.inject(AuthStore).signIn('admin-token', viewerFixture());
    jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    http = TestBed.inject(HttpTestingController);
    upload = TestBed.inject(GraphqlUpload);
  });

  afterEach(() => http.verify());

  it('builds the multipart request of the spec: operations with the file nulled, map, then the file', () => {
    const form = multipartBody(PREVIEW, { file, format: 'GENERIC_CSV', mapping: { day: 'Date' } });
    const operations = JSON.parse(String(form.get('operations')));
    expect(operations).toMatchObject({
      operationName: 'Preview',
      variables: { file: null, format: 'GENERIC_CSV', mapping: { day: 'Date' } },
    });
    expect(operations.query).toContain('preview(file: $file, format: $format, mapping: $mapping)');
    expect(JSON.parse(String(form.get('map')))).toEqual({ 1: ['variables.file'] });
    expect((form.get('1') as File).name).toBe('usage.csv');
    // The spec needs `operations` and `map` before any file field.
    const fields: string[] = [];
    form.forEach((_value, key) => fields.push(key));
    expect(fields).toEqual(['operations', 'map', '1']);
  });

  it('posts with the token and preflight header, reports bytes sent, then the data', async () => {
    const events = lastValueFrom(upload.send(PREVIEW, { file, format: null, mapping: null }).pipe(toArray()));
    const req = http.expectOne(GRAPHQL_URI);
    expect(req.request.method).toBe('POST');
    expect(req.request.reportProgress).toBe(true);
    expect(req.request.headers.get('Apollo-Require-Preflight')).toBe('true');
    expect(req.request.headers.get('Authorization')).toBe('Bearer admin-token');
    expect(req.request.body).toBeInstanceOf(FormData);

    req.event({ type: HttpEventType.Sent });
    req.event({ type: HttpEventType.UploadProgress, loaded: 10, total: 26 });
    req.event({ type: HttpEventType.UploadProgress, loaded: 26 });
    req.flush({ data: { preview: { rowCount: 1 } } });

    expect(await events).toEqual<UploadEvent<Data>[]>([
      { type: 'progress', loaded: 10, total: 26 },
      // Without a total from the browser, the file sizes stand in.
      { type: 'progress', loaded: 26, total: file.size },
      { type: 'result', data: { preview: { rowCount: 1 } } },
    ]);
  });

  it('turns GraphQL errors in a 413 body into CombinedGraphQLErrors carrying the code', async () => {
    const result = lastValueFrom(upload.send(PREVIEW, { file, format: null, mapping: null }));
    http
      .expectOne(GRAPHQL_URI)
      .flush(
        { errors: [{ message: 'Too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } }], data: null },
        { status: 413, statusText: 'Payload Too Large' },
      );
    const error = await result.catch((e: unknown) => e);
    expect(CombinedGraphQLErrors.is(error)).toBe(true);
    expect(errorCodes(error)).toEqual(['PAYLOAD_TOO_LARGE']);
  });

  it('turns GraphQL errors in a 200 body into CombinedGraphQLErrors', async () => {
    const result = lastValueFrom(upload.send(PREVIEW, { file, format: null, mapping: null }));
    http
      .expectOne(GRAPHQL_URI)
      .flush({ errors: [{ message: 'Bad file', extensions: { code: 'BAD_USER_INPUT' } }], data: null });
    await expect(result).rejects.toThrow('Bad file');
  });

  it('reports other HTTP failures as ServerError and an unreachable server as a plain error', async () => {
    const failed = lastValueFrom(upload.send(PREVIEW, { file, format: null, mapping: null }));
    http.expectOne(GRAPHQL_URI).flush('Bad gateway', { status: 502, statusText: 'Bad Gateway' });
    const error = await failed.catch((e: unknown) => e);
    expect(ServerError.is(error)).toBe(true);

    const offline = lastValueFrom(upload.send(PREVIEW, { file, format: null, mapping: null }));
    http.expectOne(GRAPHQL_URI).error(new ProgressEvent('error'), { status: 0 });
    await expect(offline).rejects.toThrow('The server could not be reached.');
  });

  it('ends the session when the token is refused', async () => {
    const result = lastValueFrom(upload.send(PREVIEW, { file, format: null, mapping: null }));
    http
      .expectOne(GRAPHQL_URI)
      .flush(
        { errors: [{ message: 'Token revoked', extensions: { code: 'UNAUTHENTICATED' } }], data: null },
        { status: 401, statusText: 'Unauthorized' },
      );
    await expect(result).rejects.toThrow('Token revoked');
    const auth = TestBed.inject(AuthStore);
    expect(auth.token()).toBeNull();
    expect(auth.notice()).toBe(SESSION_ENDED_NOTICE);
  });
});
