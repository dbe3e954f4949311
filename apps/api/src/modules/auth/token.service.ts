import { IsNull, type DataSource } from 'typeorm';
import { ApiTokenEntity, type TokenRole } from './api-token.entity';
import type { AuthInfo } from './auth-info';
import { generateTokenSecret, hashTokenSecret } from './token-secret';

// Verified tokens are cached briefly so a busy dashboard does not hit the database on every request;
// a revocation therefore takes effect within this many milliseconds on other server processes.
const CACHE_TTL_MS = 5_000;
// last_used_at is refreshed at most this often per token, to keep reads from turning into writes.
const LAST_USED_RESOLUTION_MS = 60_000;

export interface CreatedToken {
  readonly secret: string;
  readonly token: ApiTokenEntity;
}

export class TokenService {
  private readonly cache = new Map<string, { auth: AuthInfo | null; expires: number; lastUsedAt: number }>();

  constructor(private readonly dataSource: DataSource) {}

  private get tokens() {
    return this.dataSource.getRepository(ApiTokenEntity);
  }

  async create(organizationId: string, name: string, role: TokenRole, secret = generateTokenSecret()): Promise<CreatedToken> {
    const token = await this.tokens.save(
      this.tokens.create({ organizationId, name, role, tokenHash: hashTokenSecret(secret), lastUsedAt: null, revokedAt: null }),
    );
    return { secret, token };
  }

  /** The caller behind a bearer secret, or null when it is unknown or revoked. */
  async authenticate(secret: string): Promise<AuthInfo | null> {
    const hash = hashTokenSecret(secret);
    const now = Date.now();
    const cached = this.cache.get(hash);
    if (cached && cached.expires > now) return cached.auth;

    const token = await this.tokens.findOne({ where: { tokenHash: hash, revokedAt: IsNull() } });
    const auth: AuthInfo | null = token
      ? { tokenId: token.id, tokenName: token.name, organizationId: token.organizationId, role: token.role }
      : null;
    let lastUsedAt = cached?.lastUsedAt ?? token?.lastUsedAt?.getTime() ?? 0;
    if (token && now - lastUsedAt > LAST_USED_RESOLUTION_MS) {
      lastUsedAt = now;
      await this.tokens.update({ id: token.id }, { lastUsedAt: new Date(now) });
    }
    this.cache.set(hash, { auth, expires: now + CACHE_TTL_MS, lastUsedAt });
    return auth;
  }

  list(organizationId: string): Promise<ApiTokenEntity[]> {
    return this.tokens.find({ where: { organizationId }, order: { createdAt: 'DESC' } });
  }

  /** Revokes a token of this organization; null when there is none with that id. */
  async revoke(organizationId: string, id: string): Promise<ApiTokenEntity | null> {
    const token = await this.tokens.findOne({ where: { id, organizationId } });
    if (!token) return null;
    if (!token.revokedAt) {
      token.revokedAt = new Date();
      await this.tokens.save(token);
    }
    this.cache.clear();
    return token;
  }

  /** Revokes by name (CLI); returns how many tokens were revoked. */
  async revokeByName(organizationId: string, name: string): Promise<number> {
    const result = await this.tokens.update({ organizationId, name, revokedAt: IsNull() }, { revokedAt: new Date() });
    this.cache.clear();
    return result.affected ?? 0;
  }

  /** Makes sure `secret` is a live admin token of the organization (BOOTSTRAP_ADMIN_TOKEN). */
  async ensureAdminSecret(organizationId: string, secret: string, name: string): Promise<'created' | 'existing' | 'restored'> {
    const hash = hashTokenSecret(secret);
    const existing = await this.tokens.findOne({ where: { organizationId, tokenHash: hash } });
    if (!existing) {
      await this.create(organizationId, name, 'admin', secret);
      return 'created';
    }
    if (existing.role === 'admin' && !existing.revokedAt) return 'existing';
    existing.role = 'admin';
    existing.revokedAt = null;
    await this.tokens.save(existing);
    this.cache.clear();
    return 'restored';
  }
}
