import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from './context';
import type { Services } from './services';

/**
 * Before a mutation's response leaves, requests stop sharing data-state lookups that started before it
 * (`SharedDataStateLookups`), so the client's next request reads what the mutation wrote.
 */
export function sharedLookupsEndAfterMutations(services: Services): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation }) {
          if (operation?.operation === 'mutation') services.metrics.dataStates.afterWrite();
        },
      };
    },
  };
}
