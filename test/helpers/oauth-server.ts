// A token endpoint and an introspection endpoint (RFC 6749 §6, RFC 7662) on loopback, standing in for
// Google's or Microsoft's: it hands out short-lived access tokens for a refresh token, can be told to
// fail, and answers Dovecot's oauth2 passdb (src/stack/dovecot-oauth2.conf.ext) about each token.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export interface OAuthTestServer {
  url: string;
  tokenUrl: string;
  /** Renewals answered with a token, and every request to /token. */
  issued: number;
  requests: number;
  /** Lifetime of the tokens handed out from now on. */
  lifetimeS: number;
  /** While set, /token answers this status and OAuth error code. */
  fail: { status: number; error: string } | null;
  /** The form fields of the last renewal request. */
  lastForm: URLSearchParams | null;
  grant(refreshToken: string, user: string): void;
  close(): Promise<void>;
}

const readBody = (req: import('node:http').IncomingMessage) =>
  new Promise<string>((resolve) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => resolve(body));
  });

export async function startOAuthServer(
  port: number,
  client = { id: 'codedesk-test', secret: 'test-secret' },
) {
  const grants = new Map<string, string>();
  const tokens = new Map<string, { user: string; expiresAt: number }>();
  const state = {
    issued: 0,
    requests: 0,
    lifetimeS: 3600,
    fail: null as OAuthTestServer['fail'],
    lastForm: null as URLSearchParams | null,
  };
  const answer = async (req: IncomingMessage, res: ServerResponse) => {
    const form = new URLSearchParams(await readBody(req));
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.url === '/token') {
      state.requests++;
      state.lastForm = form;
      if (state.fail)
        return json(state.fail.status, { error: state.fail.error, error_description: 'secret-ish detail' });
      const user = grants.get(form.get('refresh_token') ?? '');
      if (form.get('client_id') !== client.id || form.get('client_secret') !== client.secret)
        return json(401, { error: 'invalid_client' });
      if (form.get('grant_type') !== 'refresh_token' || !user) return json(400, { error: 'invalid_grant' });
      const token = `at-${randomBytes(12).toString('hex')}`;
      tokens.set(token, { user, expiresAt: Date.now() + state.lifetimeS * 1000 });
      state.issued++;
      return json(200, { access_token: token, token_type: 'Bearer', expires_in: state.lifetimeS });
    }
    if (req.url === '/introspect') {
      const t = tokens.get(form.get('token') ?? '');
      const active = !!t && t.expiresAt > Date.now();
      return json(200, active ? { active: true, username: t!.user } : { active: false });
    }
    json(404, {});
  };
  // a request whose body cannot be read answers 500 instead of leaving an unhandled rejection
  const server: Server = createServer((req, res) => {
    answer(req, res).catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const url = `http://127.0.0.1:${port}`;
  return Object.assign(state, {
    url,
    tokenUrl: `${url}/token`,
    grant: (refreshToken: string, user: string) => void grants.set(refreshToken, user),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }) as OAuthTestServer;
}
