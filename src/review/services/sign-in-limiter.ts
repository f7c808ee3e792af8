// Sign-in limits, counted per client address and per account: a guesser who rotates addresses (a
// botnet, or X-Forwarded-For when it was trusted blindly) still meets the account's lockout, and one
// who rotates accounts still meets the address's limit. The account is keyed by a hash of the e-mail
// as typed, whether or not it exists, so a lockout says nothing about which accounts exist.
import { AppError } from '../../errors.js';
import { sha256 } from '../core/secrets.js';
import type { AttemptCounter, AttemptWindow } from '../limits/attempt-counter.js';

export const SIGN_IN_LIMITS = {
  /** Every sign-in post from one address, whatever its outcome. */
  perClient: { max: 10, windowMs: 60_000 },
  /** Failed passwords for one account; then it is locked until the window ends. */
  perAccount: { max: 10, windowMs: 15 * 60_000 },
} as const;

export class SignInRefused extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super('SIGN_IN.TOO_MANY', message, 429);
  }
}

const secondsUntil = (w: AttemptWindow) => Math.max(1, Math.ceil((w.resetAt.getTime() - Date.now()) / 1000));
const accountKey = (email: string) => `account:${sha256(email.trim().toLowerCase())}`;

export class SignInLimiter {
  constructor(private readonly counter: AttemptCounter) {}

  /** Counts an attempt from `client`; throws once the address has used its attempts. */
  async countClient(client: string): Promise<void> {
    const { max, windowMs } = SIGN_IN_LIMITS.perClient;
    const w = await this.counter.hit(`client:${client}`, windowMs);
    if (w.count > max)
      throw new SignInRefused('Too many sign-in attempts from your address; wait a minute.', secondsUntil(w));
  }

  /** Throws while the account is locked by failed attempts (the password is not even checked). */
  async checkAccount(email: string): Promise<void> {
    const w = await this.counter.peek(accountKey(email));
    if (w && w.count >= SIGN_IN_LIMITS.perAccount.max) {
      const minutes = Math.ceil(secondsUntil(w) / 60);
      throw new SignInRefused(
        `Too many failed sign-ins for this account; try again in ${minutes} minute(s).`,
        secondsUntil(w),
      );
    }
  }

  async failed(email: string): Promise<void> {
    await this.counter.hit(accountKey(email), SIGN_IN_LIMITS.perAccount.windowMs);
  }

  async succeeded(email: string): Promise<void> {
    await this.counter.clear(accountKey(email));
  }
}
