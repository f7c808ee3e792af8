// Keeps an access token valid for as long as the process runs: renews it ahead of its expiry, retries a
// failed renewal with exponential backoff (the token in hand is used until it expires), reports every
// change to the status store, and logs a failure once per streak, with its error code only.
import type { Logger } from '../../logger.js';
import type { OAuthClient } from './oauth-client.js';
import { renewAccessToken, TokenRenewalError } from './token-endpoint.js';
import type { TokenStatusStore } from './token-status.js';

export interface Backoff {
  firstMs: number;
  maxMs: number;
}

export interface TokenSourceOptions {
  logger: Logger;
  status?: Pick<TokenStatusStore, 'write'>;
  fetch?: typeof fetch;
  /** Renew this long before expiry (at most a quarter of the token's life). */
  renewBeforeMs?: number;
  backoff?: Backoff;
  random?: () => number;
}

/** The wait before retry `attempt` (1, 2, ...): doubling from firstMs up to maxMs, ±20% so that
 * several processes do not retry in step. */
export function retryDelay(attempt: number, b: Backoff, random = Math.random): number {
  const base = Math.min(b.maxMs, b.firstMs * 2 ** (attempt - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

export class OAuthTokenSource {
  private token: { value: string; expiresAt: number } | null = null;
  private refreshToken: string;
  private failingSince: number | null = null;
  private lastError: string | null = null;
  private failures = 0;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly client: OAuthClient,
    private readonly opts: TokenSourceOptions,
  ) {
    this.refreshToken = client.refreshToken;
  }

  /** The current access token; empty when there is none (a connection then fails to sign in, visibly). */
  current(): string {
    return this.token && this.token.expiresAt > Date.now() ? this.token.value : '';
  }

  get expiresAt(): Date | null {
    return this.token ? new Date(this.token.expiresAt) : null;
  }

  get failing(): boolean {
    return this.failingSince !== null;
  }

  /** The first renewal; later ones schedule themselves. Resolves false (and keeps retrying) on failure. */
  start(): Promise<boolean> {
    this.stopped = false;
    return this.renew();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private async renew(): Promise<boolean> {
    let ok: boolean;
    try {
      const issued = await renewAccessToken(this.client, this.refreshToken, this.opts.fetch);
      const now = Date.now();
      this.token = { value: issued.accessToken, expiresAt: now + issued.expiresIn * 1000 };
      if (issued.refreshToken) this.refreshToken = issued.refreshToken;
      if (this.failingSince !== null)
        this.opts.logger.info({ failures: this.failures }, 'OAuth token renewal works again');
      this.failingSince = null;
      this.lastError = null;
      this.failures = 0;
      const lead = Math.min(this.opts.renewBeforeMs ?? 300_000, (issued.expiresIn * 1000) / 4);
      this.schedule(this.token.expiresAt - lead - now);
      ok = true;
    } catch (err) {
      this.failures++;
      this.lastError = err instanceof TokenRenewalError ? err.code : 'error';
      if (this.failingSince === null) {
        this.failingSince = Date.now();
        this.opts.logger.error(
          { error: this.lastError, provider: this.client.provider },
          'OAuth token renewal failed; retrying with backoff (shown on /healthz and the desk until it works)',
        );
      }
      this.schedule(
        retryDelay(this.failures, this.opts.backoff ?? { firstMs: 2000, maxMs: 300_000 }, this.opts.random),
      );
      ok = false;
    }
    await this.report();
    return ok;
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.renew(), Math.max(1000, ms));
    this.timer.unref();
  }

  private async report(): Promise<void> {
    await this.opts.status
      ?.write({
        expiresAt: this.token ? new Date(this.token.expiresAt).toISOString() : null,
        failingSince: this.failingSince === null ? null : new Date(this.failingSince).toISOString(),
        lastError: this.lastError,
      })
      .catch(() => undefined);
  }
}
