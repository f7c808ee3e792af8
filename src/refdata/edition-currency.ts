// Is the edition a look-up uses on a date the one CMS or CDC publish for that date? Each dataset has
// a publication cadence: NCCI PTP, MUE and add-on code edits and HCPCS Level II quarterly (in force
// from 1 January, April, July and October), ICD-10-CM and ICD-10-PCS once a year from 1 October, the
// PFS RVU file yearly with a release each quarter (A-D), the PFS GPCI, locality and anesthesia files
// yearly from 1 January. Pure: the caller gives the editions (all of them, or those in force) and the
// date ("today", or a date of service).
import type { EditionRef } from './refdata.types.js';
import { editionsInForce } from './edition-catalog.js';
import { datasetSpec } from './datasets.js';

export type Cadence = 'quarterly' | 'fiscal-year' | 'pfs-release' | 'yearly';

/** The datasets with a publication cadence; others (lists, histories, descriptors) are not judged. */
export const DATASET_CADENCES: Readonly<Record<string, Cadence>> = {
  ptp_practitioner: 'quarterly',
  ptp_hospital: 'quarterly',
  mue_practitioner: 'quarterly',
  mue_hospital: 'quarterly',
  mue_dme: 'quarterly',
  addon: 'quarterly',
  hcpcs: 'quarterly',
  icd10cm: 'fiscal-year',
  icd10pcs: 'fiscal-year',
  pfs_rvu: 'pfs-release',
  pfs_gpci: 'yearly',
};

export interface DatasetCurrency {
  dataset: string;
  /** "NCCI PTP practitioner". */
  title: string;
  cadence: Cadence;
  /** The edition a look-up on the date uses: the latest in force by then (else the earliest loaded), or null. */
  inForce: EditionRef | null;
  /** Its version, read from its label ("2024 Q3"). */
  inForceVersion: string | null;
  /** The edition the publisher puts in force for the date. */
  due: { version: string; effectiveFrom: string };
  /** The edition in force started before the one due: a newer edition applies and is not loaded. */
  stale: boolean;
  /** "NCCI PTP practitioner: newest loaded 2024 Q3; 2026 Q4 applies from 2026-10-01". */
  message: string;
}

const MONTHS = ['Jan', 'Apr', 'Jul', 'Oct'];
const pad = (n: number) => String(n).padStart(2, '0');

/** The edition due on `date` (YYYY-MM-DD) by a cadence: its version as the files name it, and its first day. */
export function dueEdition(
  dataset: string,
  cadence: Cadence,
  date: string,
): { version: string; effectiveFrom: string } {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const q = Math.floor((month - 1) / 3);
  const quarterStart = `${year}-${pad(q * 3 + 1)}-01`;
  switch (cadence) {
    case 'quarterly':
      return {
        version: dataset === 'hcpcs' ? `${MONTHS[q]} ${year}` : `${year} Q${q + 1}`,
        effectiveFrom: quarterStart,
      };
    case 'pfs-release':
      return { version: `${year} ${'ABCD'[q]}`, effectiveFrom: quarterStart };
    case 'fiscal-year': {
      const fy = month >= 10 ? year + 1 : year;
      return { version: `FY${fy}`, effectiveFrom: `${fy - 1}-10-01` };
    }
    case 'yearly':
      return { version: `CY${year}`, effectiveFrom: `${year}-01-01` };
  }
}

const versionOf = (title: string, e: EditionRef) =>
  e.label.startsWith(`${title} `) ? e.label.slice(title.length + 1) : e.label;

/** For each dataset with a cadence, the edition used on `date` and whether a newer one applies then. */
export function editionCurrency(editions: readonly EditionRef[], date: string): DatasetCurrency[] {
  return Object.entries(DATASET_CADENCES).map(([dataset, cadence]) => {
    const title = datasetSpec(dataset).title;
    const mine = editions.filter((e) => e.dataset === dataset);
    const byStart = (a: EditionRef, b: EditionRef) =>
      a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : a.id - b.id;
    mine.sort(byStart);
    // the look-up's own choice
    const inForce =
      editionsInForce({ version: '', editions: mine, byId: new Map() }, date).get(dataset) ?? null;
    const due = dueEdition(dataset, cadence, date);
    // An edition that starts after the date is used only because nothing earlier is loaded.
    const stale = !inForce || inForce.effectiveFrom < due.effectiveFrom || inForce.effectiveFrom > date;
    const inForceVersion = inForce && versionOf(title, inForce);
    const newest = mine.at(-1);
    const applies = `${due.version} applies from ${due.effectiveFrom}`;
    const message = !inForce
      ? `${title}: none loaded; ${applies}`
      : inForce.effectiveFrom > date && mine[0] !== inForce
        ? `${title}: ${inForceVersion} (from ${inForce.effectiveFrom}) used for ${date}, the nearest release of that year; ${applies}`
        : inForce.effectiveFrom > date
          ? `${title}: nothing loaded for ${date} (the earliest loaded is ${inForceVersion}, from ${inForce.effectiveFrom}); ${applies}`
          : !stale
            ? `${title}: ${inForceVersion} is current (${applies})`
            : inForce === newest
              ? `${title}: newest loaded ${inForceVersion}; ${applies}`
              : `${title}: ${inForceVersion} in force on ${date} (${versionOf(title, newest!)} is loaded for later dates); ${applies}`;
    return { dataset, title, cadence, inForce, inForceVersion, due, stale, message };
  });
}
