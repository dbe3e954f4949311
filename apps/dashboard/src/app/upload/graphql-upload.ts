import { HttpClient, HttpErrorResponse, HttpEvent, HttpEventType, HttpHeaders } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type FormattedExecutionResult, getOperationAST, print } from 'graphql';
import { catchError, filter, map, Observable, throwError } from 'rxjs';
import { AuthStore, SESSION_ENDED_NOTICE } from '../core/auth/auth-store';
import { extractFiles } from '../core/graphql/extract-files';
import { hasErrorCode } from '../core/graphql/graphql-errors';
import { GRAPHQL_URI } from '../core/graphql/provide-graphql';

/** Bytes of the request body sent so far, then the operation's data. */
export type UploadEvent<TData> =
  | { readonly type: 'progress'; readonly loaded: number; readonly total: number }
  | { readonly type: 'result'; readonly data: TData };

/**
 * Sends a GraphQL operation that carries files as a multipart request (GraphQL multipart request spec: the
 * `operations` and `map` fields, then one field per file) and reports upload progress.
 * apollo-angular's HttpLink asks HttpClient for no progress events, so usage files go through here instead.
 * Errors are Apollo's own error classes, so `describeError` and `errorCodes` read them as for any operation.
 */
@Injectable({ providedIn: 'root' })
export class GraphqlUpload {
  private readonly http = inject(HttpClient);
  private readonly auth = inject(AuthStore);

  send<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
  ): Observable<UploadEvent<TData>> {
    const body = multipartBody(document, variables);
    const total = totalFileBytes(body);
    let headers = new HttpHeaders({ 'Apollo-Require-Preflight': 'true' });
    const token = this.auth.token();
    if (token) headers = headers.set('Authorization', `Bearer ${token}`);

    return this.http
      .post<FormattedExecutionResult<TData>>(GRAPHQL_URI, body, {
        headers,
        observe: 'events',
        reportProgress: true,
        responseType: 'json',
      })
      .pipe(
        filter(
          (event): event is HttpEvent<FormattedExecutionResult<TData>> =>
            event.type === HttpEventType.UploadProgress || event.type === HttpEventType.Response,
        ),
        map((event): UploadEvent<TData> => {
          if (event.type === HttpEventType.UploadProgress) {
            return { type: 'progress', loaded: event.loaded, total: event.total ?? total };
          }
          if (event.type !== HttpEventType.Response) throw new Error('Unexpected HTTP event.');
          return { type: 'result', data: dataOf(event.body) };
        }),
        catchError((error: unknown) => {
          const failure = toApolloError(error);
          // The same rule as the Apollo link chain: a refused token ends the session.
          if (hasErrorCode(failure, 'UNAUTHENTICATED') && this.auth.token() !== null) {
            this.auth.signOut(SESSION_ENDED_NOTICE);
          }
          return throwError(() => failure);
        }),
      );
  }
}

/** The multipart form: `operations` (files replaced by null), `map` (field name to variable paths), the files. */
export function multipartBody<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): FormData {
  const operationName = getOperationAST(document)?.name?.value;
  const { clone, files } = extractFiles({ operationName, query: print(document), variables });
  const form = new FormData();
  form.append('operations', JSON.stringify(clone));
  const fieldPaths: Record<string, string[]> = {};
  const fieldFiles: [string, Blob][] = [];
  let index = 0;
  for (const [file, paths] of files as Map<Blob, string[]>) {
    index++;
    fieldPaths[String(index)] = paths;
    fieldFiles.push([String(index), file]);
  }
  form.append('map', JSON.stringify(fieldPaths));
  for (const [field, file] of fieldFiles) {
    if (file instanceof File) form.append(field, file, file.name);
    else form.append(field, file);
  }
  return form;
}

function totalFileBytes(form: FormData): number {
  let total = 0;
  form.forEach((value) => {
    if (typeof value !== 'string') total += value.size;
  });
  return total;
}

function dataOf<TData>(body: FormattedExecutionResult<TData> | null): TData {
  if (body?.errors && body.errors.length > 0) throw new CombinedGraphQLErrors(body);
  if (body?.data == null) throw new Error('The server answered without data.');
  return body.data;
}

/** GraphQL errors in any body (the API answers 413 and 429 with them) become CombinedGraphQLErrors. */
function toApolloError(error: unknown): unknown {
  if (!(error instanceof HttpErrorResponse)) return error;
  const body: unknown = error.error;
  if (isExecutionResult(body)) return new CombinedGraphQLErrors(body);
  if (error.status === 0) return new Error('The server could not be reached.');
  const bodyText = typeof body === 'string' ? body : JSON.stringify(body ?? {});
  const response = { status: error.status, statusText: error.statusText, ok: false, url: error.url ?? '' };
  return new ServerError(`Response not successful: Received status code ${error.status}`, {
    response: response as Response,
    bodyText,
  });
}

function isExecutionResult(body: unknown): body is FormattedExecutionResult {
  return typeof body === 'object' && body !== null && 'errors' in body && Array.isArray(body.errors);
}
