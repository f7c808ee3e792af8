// Random secrets and their stored form. Session ids and API tokens are 256-bit random values, so a
// plain SHA-256 is enough to keep a database dump from yielding usable credentials (no slow hash needed).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const newSecret = (prefix = ''): string => prefix + randomBytes(32).toString('base64url');

export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
