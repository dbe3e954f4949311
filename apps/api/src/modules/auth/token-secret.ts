import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url, with a prefix so leaked tokens are recognisable in logs and scanners. */
export function generateTokenSecret(): string {
  return 'dp_' + randomBytes(32).toString('base64url');
}

/** Tokens are stored only as this hash. */
export function hashTokenSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
