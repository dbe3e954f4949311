import type { TokenRole } from './api-token.entity';

/** Who is calling: resolved once per request from the bearer token. */
export interface AuthInfo {
  readonly tokenId: string;
  readonly tokenName: string;
  readonly organizationId: string;
  readonly role: TokenRole;
}
