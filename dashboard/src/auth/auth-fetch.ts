import { sessionStore } from './session-store';

/**
 * The GraphQL client's fetch: adds the signed-in person's token and, when the gateway answers 401,
 * refreshes once and sends the same request again (same body, so the same idempotency key). Without
 * a session the request goes as an anonymous viewer's.
 */
export async function authFetch(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  const send = (token: string | undefined) => {
    const headers = new Headers(init.headers);
    if (token) headers.set('authorization', `Bearer ${token}`);
    return fetch(input, { ...init, headers });
  };
  const token = await sessionStore.accessToken();
  const response = await send(token);
  if (response.status !== 401 || !token) return response;
  return (await sessionStore.refused()) ? send(await sessionStore.accessToken()) : response;
}
