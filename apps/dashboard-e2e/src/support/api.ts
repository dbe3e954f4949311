import { readFileSync } from 'node:fs';
import path from 'node:path';
import { COPILOT_FIXTURE } from './paths';
import { e2eServer } from './server-env';

/** The API over plain HTTP, as a script or a CI job would use it. */

interface GraphqlResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function graphql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const { baseUrl, adminToken } = e2eServer();
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token ?? adminToken}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphqlResponse<T>;
  if (body.errors && body.errors.length > 0) {
    throw new Error(`GraphQL error: ${body.errors.map((e) => `${e.message} (${e.extensions?.code})`).join('; ')}`);
  }
  if (body.data === undefined) throw new Error(`GraphQL answered ${response.status} without data`);
  return body.data;
}

export interface Period {
  from: string;
  to: string;
}

/** The API's default period: the 28 days ending at the organization's last day with data. */
export async function defaultPeriod(): Promise<Period> {
  const data = await graphql<{ metrics: { period: Period } }>('{ metrics { period { from to } } }');
  return data.metrics.period;
}

export interface ApiExplorerRow {
  label: string;
  developer: { id: string };
  daysActive: number;
  generations: number;
  linesAdded: number;
  linesDeleted: number;
  netLines: number;
  valueAdded: number;
  valueDeleted: number;
  totalValue: number;
}

/** Every explorer row for the period and value settings, in the API's default order. */
export async function explorerRows(
  period: Period,
  value: { linesPerHour: number; ratePerHour: number; currency: string },
): Promise<ApiExplorerRow[]> {
  const data = await graphql<{ explorer: { rows: ApiExplorerRow[] } }>(
    `
      query ($filter: MetricsFilter, $value: ValueConfigInput) {
        explorer(filter: $filter, value: $value, first: 500) {
          rows {
            label
            developer {
              id
            }
            daysActive
            generations
            linesAdded
            linesDeleted
            netLines
            valueAdded
            valueDeleted
            totalValue
          }
        }
      }
    `,
    { filter: { from: period.from, to: period.to }, value },
  );
  return data.explorer.rows;
}

export async function createApiToken(name: string, role: 'ADMIN' | 'VIEWER'): Promise<{ id: string; token: string }> {
  const data = await graphql<{ createApiToken: { token: string; apiToken: { id: string } } }>(
    'mutation ($name: String!, $role: Role!) { createApiToken(name: $name, role: $role) { token apiToken { id } } }',
    { name, role },
  );
  return { id: data.createApiToken.apiToken.id, token: data.createApiToken.token };
}

export async function revokeApiToken(id: string, token: string): Promise<string | null> {
  const data = await graphql<{ revokeApiToken: { revokedAt: string | null } }>(
    'mutation ($id: ID!) { revokeApiToken(id: $id) { revokedAt } }',
    { id },
    token,
  );
  return data.revokeApiToken.revokedAt;
}

/**
 * Imports the Copilot fixture over the GraphQL multipart upload unless a completed run already has it, so a file
 * can run on its own (`npm run e2e -- <file>`). The journey file imports it through the page instead.
 */
export async function ensureFixtureImported(): Promise<void> {
  const { runs } = await graphql<{ runs: { fileName: string; status: string }[] }>(
    '{ runs: ingestionRuns { fileName status } }',
  );
  const fileName = path.basename(COPILOT_FIXTURE);
  if (runs.some((run) => run.fileName === fileName && run.status === 'COMPLETED')) return;

  const { baseUrl, adminToken } = e2eServer();
  const form = new FormData();
  form.append(
    'operations',
    JSON.stringify({
      query: 'mutation ($file: Upload!) { uploadMetrics(file: $file) { status } }',
      variables: { file: null },
    }),
  );
  form.append('map', JSON.stringify({ 0: ['variables.file'] }));
  form.append('0', new Blob([readFileSync(COPILOT_FIXTURE)]), fileName);
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminToken}`, 'apollo-require-preflight': 'true' },
    body: form,
  });
  const body = (await response.json()) as GraphqlResponse<{ uploadMetrics: { status: string } }>;
  if (body.data?.uploadMetrics.status !== 'COMPLETED') {
    throw new Error(`Importing the fixture failed: ${JSON.stringify(body)}`);
  }
}
