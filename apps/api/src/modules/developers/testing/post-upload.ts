import type { GraphQLResponse, TestApp } from '../../../testing/test-app';

/**
 * Sends one file as a GraphQL multipart request, as `curl -F operations=... -F map=... -F 0=@file` does;
 * the preflight header is what Apollo's CSRF protection asks of multipart requests.
 */
export async function postUpload<T = Record<string, unknown>>(
  app: TestApp,
  query: string,
  file: { name: string; content: string },
  token: string = app.orgA.adminToken,
): Promise<GraphQLResponse<T>> {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query, variables: { file: null } }));
  form.append('map', JSON.stringify({ 0: ['variables.file'] }));
  form.append('0', new Blob([file.content], { type: 'text/csv' }), file.name);
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
    body: form,
  });
  return { status: response.status, ...((await response.json()) as object) };
}
