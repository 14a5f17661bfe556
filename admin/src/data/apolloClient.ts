import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, Observable, type FetchResult } from '@apollo/client';

export interface ClientOptions {
  /** The GraphQL endpoint: `/graphql` in the browser, an absolute URL in Node. */
  uri: string;
  /** The UI language, sent as Accept-Language so the server answers errors in it. */
  getLocale: () => string;
  /** The browser's by default; Node tests pass one that keeps the session cookie. */
  fetch?: typeof fetch;
}

/** Asks the server for its messages in the UI's language. */
function languageLink(getLocale: () => string): ApolloLink {
  return new ApolloLink((operation, forward) => {
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, 'accept-language': getLocale() },
    }));
    return forward(operation);
  });
}

/**
 * A request the server refuses before running it (a date that is no date) comes back as HTTP
 * 400 with GraphQL `errors`; Apollo would report only "status code 400". Passed on as the
 * GraphQL result it is, its errors keep their code and field for the forms.
 */
const requestErrorsLink = new ApolloLink(
  (operation, forward) =>
    new Observable<FetchResult>((observer) => {
      const subscription = forward(operation).subscribe({
        next: (result) => observer.next(result),
        error: (error: { result?: { errors?: FetchResult['errors'] } }) => {
          if (error.result?.errors?.length) {
            observer.next({ errors: error.result.errors });
            observer.complete();
          } else {
            observer.error(error);
          }
        },
        complete: () => observer.complete(),
      });
      return () => subscription.unsubscribe();
    }),
);

/**
 * The Apollo client of the data and auth providers: language header, request errors as
 * results, HTTP. The session cookie travels with `credentials: 'same-origin'`; a header-based
 * credential (an API token) would be one more link before the HTTP one.
 */
export function createApolloClient({ uri, getLocale, fetch }: ClientOptions): ApolloClient<unknown> {
  return new ApolloClient({
    link: ApolloLink.from([languageLink(getLocale), requestErrorsLink, new HttpLink({ uri, credentials: 'same-origin', fetch })]),
    cache: new InMemoryCache(),
    // react-admin keeps its own cache (react-query); Apollo's would only hold stale copies.
    defaultOptions: { query: { fetchPolicy: 'no-cache' }, mutate: { fetchPolicy: 'no-cache' } },
  });
}
