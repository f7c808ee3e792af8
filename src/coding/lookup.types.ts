// What the look-up returns for a question, in one round trip: each code's facts and the edits, limits,
// add-on and payment rows among them, from the editions in force at the date of service. Stored in the
// findings (coding/types.ts): names are a public contract.
import type { CodeSystem, DescriptorSource, EditionRef } from '../refdata/refdata.types.js';

export type Setting = 'practitioner' | 'hospital';

export interface CodeFact {
  code: string;
  system: CodeSystem;
  /** Present in the code set's data at all (any edition). */
  known: boolean;
  /** Valid (or billable, for ICD-10) at the date of service. */
  validAtDos: boolean;
  /** ICD-10-CM: false for a header/category that needs more characters. */
  billable: boolean | null;
  descriptor: string | null;
  descriptorSource: DescriptorSource;
  /** ISO date the code stopped being valid, when it did before or at the date of service. */
  deletedOn: string | null;
  /** ICD-10-CM headers: billable children to choose from (bounded list). */
  billableChildren: { code: string; description: string }[];
  /** Dataset edition that said so (label). */
  edition: string | null;
}

export interface PtpFact {
  column1: string;
  column2: string;
  modifierIndicator: '0' | '1' | '9';
  /** ISO dates; effective may be unknown (null) when the source file lacks it. */
  effective: string | null;
  deleted: string | null;
  /** True when in force at the date of service. */
  active: boolean;
  setting: Setting;
  rationale: string | null;
  edition: string;
}

export interface MueFact {
  code: string;
  setting: Setting | 'dme';
  value: number;
  mai: 1 | 2 | 3;
  rationale: string | null;
  edition: string;
}

export interface AddOnFact {
  addOn: string;
  /** 'CCCCC' when the contractor defines the primaries (CMS placeholder). */
  primary: string;
  type: 1 | 2 | 3;
  edition: string;
}

export interface RvuFact {
  code: string;
  modifier: string | null;
  statusCode: string;
  workRvu: number | null;
  nonFacilityPeRvu: number | null;
  facilityPeRvu: number | null;
  mpRvu: number | null;
  nonFacilityTotal: number | null;
  facilityTotal: number | null;
  pctcIndicator: string | null;
  globalDays: string | null;
  multProc: string | null;
  bilatSurg: string | null;
  asstSurg: string | null;
  coSurg: string | null;
  teamSurg: string | null;
  conversionFactor: number | null;
  /** The endoscopic base code of an endoscopy (multiple procedure indicator 3), from the PFS file; absent
   *  from results made before the sixth look-up form. */
  endoBase?: string | null;
  edition: string;
}

/** A Medicare PFS locality: by MAC and locality number ("01112", "54"), or by state and (part of) its name. */
export interface LocalityQuery {
  mac?: string;
  locality?: string;
  /** Two-letter state code, as the GPCI file writes it. */
  state?: string;
  /** Part of the locality name ("BAKERSFIELD", "REST OF STATE"), matched without regard to case. */
  name?: string;
}

export interface LookupRequest {
  codes: string[];
  /** ISO date; null means "today" for edition choice, and the reply flags the missing date. */
  dateOfService: string | null;
  setting: Setting;
  /** The locality whose GPCIs the answer needs (payment questions); none when absent. */
  locality?: LocalityQuery | null;
}

/** The geographic practice cost indices of one PFS locality (PFS Addendum E). */
export interface GpciFact {
  mac: string;
  locality: string;
  /** Two-letter state code. */
  state: string;
  name: string;
  workGpci: number;
  peGpci: number;
  mpGpci: number;
  edition: string;
}

/** Medicare PFS payment inputs at the date of service. */
export interface PaymentFacts {
  /** The conversion factor of the PFS RVU edition in force, as its file gives it (null: no RVU row read). */
  conversionFactor: number | null;
  rvuEdition: string | null;
  /** The localities matching the request's locality (one when it named one; several for a state with
   * several localities; none when it named none or none matched). */
  localities: GpciFact[];
}

/** Everything the analysis needs, fetched in one round trip. */
export interface LookupResult {
  dateOfService: string;
  setting: Setting;
  codes: CodeFact[];
  /** PTP edits between every pair of the requested codes, both directions, all rows (active or not). */
  ptp: PtpFact[];
  mue: MueFact[];
  addOns: AddOnFact[];
  rvu: RvuFact[];
  /** RVU rows of the asked endoscopies' base codes that were not asked themselves. */
  endoscopyBases?: RvuFact[];
  editions: EditionRef[];
  /** Conversion factor and locality GPCIs (absent from results made before issue 18). */
  payment?: PaymentFacts;
}
