// XOAUTH2 that renews itself (issue 17, part 8): in the processes that sign in to the mailbox (poller,
// sender), one token source keeps the access token fresh and the IMAP settings read it at each
// connection; every process can read how renewal goes from Redis (health, the desk's banner, metrics).
import type { Config } from '../config.js';
import { OAuthTokenSource } from '../mail/oauth/token-source.js';
import { redisTokenStatus, type TokenHealthSummary } from '../mail/oauth/token-status.js';
import { ShutdownOrder } from '../shutdown.js';
import type { AppContext } from './context.js';

/** Starts renewing when the mailbox signs in with a refresh token; null otherwise. */
export async function startOAuth(ctx: AppContext): Promise<OAuthTokenSource | null> {
  const client = ctx.config.oauth;
  const imap = ctx.config.imap.auth.kind === 'xoauth2';
  const smtp = ctx.config.smtp.auth === 'xoauth2';
  if (!client || (!imap && !smtp)) return null;
  const status = redisTokenStatus(ctx.config.redisUrl);
  const source = new OAuthTokenSource(client, { logger: ctx.logger, status });
  // The poller and the Sent-folder copy create their IMAP clients from this object at each connection.
  if (imap)
    ctx.config.imap.auth = {
      kind: 'xoauth2',
      get accessToken() {
        return source.current();
      },
    };
  // The sender signs in to SMTP with the same token (one token for the mailbox's account).
  if (smtp) ctx.config.smtp.accessToken = () => source.current();
  ctx.shutdown.add('oauth', ShutdownOrder.connections, async () => {
    source.stop();
    status.close();
  });
  await source.start();
  return source;
}

/** How renewal goes, for a process that does not renew (web); null when the mailbox uses no refresh token. */
export function oauthStatusReader(
  config: Config,
): { read(): Promise<TokenHealthSummary>; close(): void } | null {
  if (!config.oauth || (config.imap.auth.kind !== 'xoauth2' && config.smtp.auth !== 'xoauth2')) return null;
  const store = redisTokenStatus(config.redisUrl);
  return { read: () => store.read(), close: () => store.close() };
}
