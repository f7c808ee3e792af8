// TRUST_PROXY names the proxies allowed to say who the client is (X-Forwarded-For). Only addresses and
// CIDRs: `true` would believe whatever X-Forwarded-For a client sends, and a client that rotates it
// escapes every per-address limit (issue 15: 15 of 15 sign-in attempts went through).
import { isIP } from 'node:net';

export type TrustProxy = false | string[];

const ANY_PROXY = new Set(['true', '1', 'yes', '*']);

function isAddressOrCidr(entry: string): boolean {
  const [address, prefix, extra] = entry.split('/');
  const family = isIP(address ?? '');
  if (family === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

/** `false` (the default) or the proxies' addresses/CIDRs; a problem to report otherwise. */
export function parseTrustProxy(value: string): { trust: TrustProxy } | { problem: string } {
  const v = value.trim().toLowerCase();
  if (v === 'false' || v === '0' || v === 'no' || v === '') return { trust: false };
  if (ANY_PROXY.has(v))
    return {
      problem:
        `\`${value.trim()}\` would trust any client's X-Forwarded-For, so sign-in limits could be bypassed; ` +
        'list the load balancer addresses or CIDRs instead (e.g. TRUST_PROXY=10.0.0.0/8,192.0.2.10)',
    };
  const entries = v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = entries.filter((e) => !isAddressOrCidr(e));
  if (bad.length)
    return {
      problem: `not an IP address or CIDR: ${bad.join(', ')} (only addresses and CIDRs are accepted)`,
    };
  return { trust: entries };
}
