import type { AuthChecker } from 'type-graphql';
import type { RequestContext } from './context';
import { forbidden } from './errors';

/** Roles used in `@Authorized(...)`. */
export const ADMIN = 'admin';

/**
 * Authentication already happened when the context was built (no token, no context). This checks roles:
 * `@Authorized()` = any valid token, `@Authorized(ADMIN)` = admin tokens only.
 */
export const authChecker: AuthChecker<RequestContext> = ({ context }, roles) => {
  if (roles.length === 0 || roles.includes(context.auth.role)) return true;
  throw forbidden(`This needs an ${roles.join(' or ')} token; yours is a ${context.auth.role} token.`);
};
