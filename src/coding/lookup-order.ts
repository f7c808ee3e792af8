// The order a reply lists the look-up's facts in: refdata_lookup returns them unsorted, and sorting a
// question's few facts here costs less than the aggregates' sorts on the server.
import type { LookupResult } from './lookup.types.js';

const byText = (a: string | null, b: string | null) =>
  a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1;

const latestFirst = (a: string | null, b: string | null) =>
  a === b ? 0 : a === null ? -1 : b === null ? 1 : a > b ? -1 : 1;

/** The order the reply lists facts in (refdata_lookup returns them unsorted). */
export function sortFacts(r: LookupResult): void {
  // each pair's edits, the one in force longest (never deleted, then the latest deletion) first
  r.ptp.sort(
    (a, b) =>
      byText(a.column1, b.column1) || byText(a.column2, b.column2) || latestFirst(a.deleted, b.deleted),
  );
  r.mue.sort((a, b) => byText(a.code, b.code) || Number(b.setting === 'dme') - Number(a.setting === 'dme'));
  r.addOns.sort((a, b) => byText(a.addOn, b.addOn) || byText(a.primary, b.primary));
  r.rvu.sort((a, b) => byText(a.code, b.code) || byText(a.modifier, b.modifier));
  r.payment?.localities.sort((a, b) => byText(a.mac, b.mac) || byText(a.locality, b.locality));
}
