// The payment part of the look-up: the locality asked for, as refdata_lookup's parameters, and its
// 'gpci' facts (migrations/sql/refdata_lookup.sql).
import type { Fact } from './lookup-columns.js';
import type { GpciFact, LocalityQuery } from './lookup.types.js';

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

/** A 'gpci' fact: the locality and its work, PE and MP GPCI. */
export function gpciFact(f: Fact<'gpci'>, edition: string): GpciFact {
  return {
    mac: f.mac!,
    locality: f.locality!,
    state: f.state!,
    name: f.name!,
    workGpci: Number(f.workGpci),
    peGpci: Number(f.peGpci),
    mpGpci: Number(f.mpGpci),
    edition,
  };
}
