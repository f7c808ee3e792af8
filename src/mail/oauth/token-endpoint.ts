// One renewal at the token endpoint: the refresh_token grant (RFC 6749 §6). Errors carry only the
// endpoint's error code (RFC 6749 §5.2, e.g. invalid_grant) or an HTTP status: never a token, a secret
// or the endpoint's free-text description, because they end up in logs and on the desk.
import type { OAuthClient } from './oauth-client.js';

export interface IssuedToken {
  accessToken: string;
  /** Seconds from now; RFC 6749 makes it optional, and an hour is what Google and Microsoft give. */
  expiresIn: number;
  /** A rotated refresh token, when the endpoint issues one with the access token. */
  refreshToken?: string;
}

export class TokenRenewalError extends Error {
  constructor(readonly code: string) {
    super(`token renewal failed: ${code}`);
  }
}

const ERROR_CODE = /^[a-z0-9_]{1,40}$/;

export async function renewAccessToken(
  client: OAuthClient,
  refreshToken: string,
  fetchImpl: typeof fetch = fetch,
  timeoutMs = 15_000,
): Promise<IssuedToken> {
  const form = new URLSearchParams({
    grant_type: 'refresh_token',
    refresh_token: refreshToken,
    client_id: client.clientId,
  });
  if (client.clientSecret) form.set('client_secret', client.clientSecret);
  if (client.scope) form.set('scope', client.scope);
  let res: Response;
  try {
    res = await fetchImpl(client.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: form.toString(),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (err) {
    throw new TokenRenewalError(
      err instanceof Error && err.name === 'TimeoutError' ? 'timeout' : 'unreachable',
    );
  }
  const body = (await res.json().catch(() => null)) as Record<string, unknown> | null;
  const token = body?.access_token;
  if (!res.ok || typeof token !== 'string' || !token) {
    const code =
      typeof body?.error === 'string' && ERROR_CODE.test(body.error) ? body.error : `http_${res.status}`;
    throw new TokenRenewalError(res.ok ? 'no_access_token' : code);
  }
  const expiresIn = Number(body?.expires_in);
  return {
    accessToken: token,
    expiresIn: Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : 3600,
    refreshToken:
      typeof body?.refresh_token === 'string' && body.refresh_token ? body.refresh_token : undefined,
  };
}
