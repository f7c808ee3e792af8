// What an API token may do. Scopes are ranked: `read` (GET routes), `review` (also the decisions:
// approve, reject, ask for information, release or discard quarantine), `admin` (also admin routes,
// such as deleting a consult). Claim and edit stay with signed-in reviewers.
import { TOKEN_SCOPES, type TokenScope } from '../../db/schema/desk.js';

export const scopeAllows = (have: TokenScope, need: TokenScope): boolean =>
  TOKEN_SCOPES.indexOf(have) >= TOKEN_SCOPES.indexOf(need);

export const isTokenScope = (value: unknown): value is TokenScope =>
  (TOKEN_SCOPES as readonly unknown[]).includes(value);

export const DEFAULT_TOKEN_DAYS = 90;
export const MAX_TOKEN_DAYS = 366;

/**
 * A token's expiry from `90d`, `12h` or a date (YYYY-MM-DD, the end of that day UTC): in the future and
 * at most a year away, so every token is rotated. Null when the value cannot be read.
 */
export function parseExpiry(value: string | undefined, now = new Date()): Date | null {
  const v = (value ?? `${DEFAULT_TOKEN_DAYS}d`).trim();
  const span = /^(\d{1,4})([dh])$/.exec(v);
  const at = span
    ? new Date(now.getTime() + Number(span[1]) * (span[2] === 'd' ? 86_400_000 : 3_600_000))
    : /^\d{4}-\d{2}-\d{2}$/.test(v)
      ? new Date(`${v}T23:59:59Z`)
      : null;
  if (!at || Number.isNaN(at.getTime())) return null;
  if (at <= now || at.getTime() - now.getTime() > MAX_TOKEN_DAYS * 86_400_000) return null;
  return at;
}
