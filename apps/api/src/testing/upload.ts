import type { GraphQLResponse, TestApp } from './test-app';

export interface UploadRequest {
  readonly query: string;
  /** Variables besides the file; the file always goes to `variables.file`. */
  readonly variables?: Record<string, unknown>;
  readonly fileName: string;
  readonly content: string | Uint8Array<ArrayBuffer> | Blob;
  /** Defaults to org A's admin token; null sends none. */
  readonly token?: string | null;
}

/**
 * A real GraphQL multipart request (the upload spec), as `curl -F operations=... -F map=... -F 0=@file` sends it,
 * with the header Apollo's CSRF prevention requires.
 */
export async function graphqlUpload<T = Record<string, unknown>>(
  app: TestApp,
  request: UploadRequest,
): Promise<GraphQLResponse<T>> {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query: request.query, variables: { ...request.variables, file: null } }));
  form.append('map', JSON.stringify({ 0: ['variables.file'] }));
  const blob = request.content instanceof Blob ? request.content : new Blob([request.content]);
  form.append('0', blob, request.fileName);
  const headers: Record<string, string> = { 'Apollo-Require-Preflight': 'true' };
  const token = request.token === undefined ? app.orgA.adminToken : request.token;
  if (token) headers['authorization'] = `Bearer ${token}`;
  const response = await fetch(`${app.url}/graphql`, { method: 'POST', headers, body: form });
  const text = await response.text();
  try {
    return { status: response.status, ...(JSON.parse(text) as object) };
  } catch {
    return { status: response.status, errors: [{ message: text }] };
  }
}
