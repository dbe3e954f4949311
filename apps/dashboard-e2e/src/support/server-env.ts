/** What global-setup tells the test files about the server it started (via process.env, read in band). */

export const BASE_URL_VAR = 'DEVPULSE_E2E_BASE_URL';
export const ADMIN_TOKEN_VAR = 'DEVPULSE_E2E_ADMIN_TOKEN';

export interface E2eServer {
  baseUrl: string;
  adminToken: string;
}

export function e2eServer(): E2eServer {
  const baseUrl = process.env[BASE_URL_VAR];
  const adminToken = process.env[ADMIN_TOKEN_VAR];
  if (!baseUrl || !adminToken) throw new Error('The e2e server is not running: run the suite with `npm run e2e`.');
  return { baseUrl, adminToken };
}
