import { HttpHeaders } from '@angular/common/http';
import { ApolloLink } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { hasErrorCode } from './graphql-errors';

declare module '@apollo/client' {
  interface DefaultContext {
    /** A token being checked at sign-in: sent instead of the stored one, and its rejection does not end a session. */
    candidateToken?: string;
  }
}

/** Adds `Authorization: Bearer …` with the token being verified, or else the signed-in one. */
export function authHeaderLink(currentToken: () => string | null): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const { candidateToken, headers } = operation.getContext();
    const token = candidateToken ?? currentToken();
    if (token) {
      const base = headers instanceof HttpHeaders ? headers : new HttpHeaders(headers);
      operation.setContext({ headers: base.set('Authorization', `Bearer ${token}`) });
    }
    return forward(operation);
  });
}

/** Ends the session when the server refuses the stored token (expired or revoked while the page was open). */
export function sessionEndLink(onSessionEnded: () => void): ApolloLink {
  return new ErrorLink(({ error, operation }) => {
    if (operation.getContext().candidateToken !== undefined) return;
    if (hasErrorCode(error, 'UNAUTHENTICATED')) onSessionEnded();
  });
}
