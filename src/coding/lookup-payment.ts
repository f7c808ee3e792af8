// The payment part of the look-up: the locality asked for, as refdata_lookup's parameters, and its
// 'gpci' facts (migrations/sql/refdata_lookup.sql).
import type { GpciFact, LocalityQuery } from './types.js';

/** The locality as the GPCI file writes it: MAC of 5 digits, locality of 2, state in capitals. */
export function localityParams(q: LocalityQuery | null | undefined) {
  const digits = (v: string | undefined, width: number) =>
    v && /^\d+$/.test(v.trim()) ? v.trim().padStart(width, '0') : null;
  const mac = digits(q?.mac, 5);
  return {
    mac,
    locality: digits(q?.locality, 2),
    state: !mac && q?.state ? q.state.trim().toUpperCase() : null,
    area: !mac && q?.name ? q.name.trim() : null,
  };
}

/** A 'gpci' row: mac, locality, state, name, work, PE and MP GPCI. */
export function gpciFact(f: (string | null)[], edition: string): GpciFact {
  return {
    mac: f[0]!,
    locality: f[1]!,
    state: f[2]!,
    name: f[3]!,
    workGpci: Number(f[4]),
    peGpci: Number(f[5]),
    mpGpci: Number(f[6]),
    edition,
  };
}
