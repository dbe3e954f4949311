import { HttpHeaders, provideHttpClient } from '@angular/common/http';
import { EnvironmentProviders, inject, makeEnvironmentProviders } from '@angular/core';
import { ApolloLink, InMemoryCache } from '@apollo/client';
import { provideApollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';
import { AuthStore, SESSION_ENDED_NOTICE } from '../auth/auth-store';
import { extractFiles } from './extract-files';
import { authHeaderLink, sessionEndLink } from './links';

/** Same origin: the API serves the dashboard (and `nx serve` proxies /graphql to it). */
export const GRAPHQL_URI = '/graphql';

export function provideGraphql(): EnvironmentProviders {
  return makeEnvironmentProviders([
    // The XHR backend (not withFetch) so the upload page can report bytes sent.
    provideHttpClient(),
    provideApollo(() => {
      const auth = inject(AuthStore);
      const http = inject(HttpLink).create({
        uri: GRAPHQL_URI,
        // Apollo Server's CSRF prevention refuses multipart uploads without this header; it is harmless on JSON.
        headers: new HttpHeaders({ 'Apollo-Require-Preflight': 'true' }),
        useMultipart: true,
        extractFiles,
      });
      const endSession = () => {
        if (auth.token() !== null) auth.signOut(SESSION_ENDED_NOTICE);
      };
      return {
        link: ApolloLink.from([sessionEndLink(endSession), authHeaderLink(auth.token), http]),
        cache: new InMemoryCache(),
      };
    }),
  ]);
}
