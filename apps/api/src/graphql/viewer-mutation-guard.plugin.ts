import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from './context';
import { forbidden } from './errors';

/**
 * Viewers never mutate, whatever a resolver's decorators say: refused before any resolver runs.
 * (`@Authorized(ADMIN)` on each mutation says the same in the schema's code; this is the safety net.)
 */
export const viewerMutationGuard: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        if (operation?.operation === 'mutation' && contextValue.auth.role !== 'admin') {
          throw forbidden('Viewer tokens are read-only: mutations need an admin token.');
        }
      },
    };
  },
};
