// The 'rvu' facts of the look-up (migrations/sql/refdata_lookup.sql): the PFS row of each asked code,
// and, as 'rvu_base' facts, the row of each asked endoscopy's base code (its ENDO BASE field).
import type { Cell, Fact } from './lookup-columns.js';
import type { RvuFact } from './lookup.types.js';

const num = (v: Cell) => (v === null || v === '' ? null : Number(v));
const str = (v: Cell) => (v === null || v === '' ? null : v);

/** An 'rvu' fact: numbers parsed, empty text as null. */
export function rvuFact(f: Fact<'rvu'>): RvuFact {
  return {
    code: f.code!,
    modifier: str(f.modifier),
    statusCode: f.statusCode!,
    workRvu: num(f.workRvu),
    nonFacilityPeRvu: num(f.nonFacilityPeRvu),
    facilityPeRvu: num(f.facilityPeRvu),
    mpRvu: num(f.mpRvu),
    nonFacilityTotal: num(f.nonFacilityTotal),
    facilityTotal: num(f.facilityTotal),
    pctcIndicator: str(f.pctcIndicator),
    globalDays: str(f.globalDays),
    multProc: str(f.multProc),
    bilatSurg: str(f.bilatSurg),
    asstSurg: str(f.asstSurg),
    coSurg: str(f.coSurg),
    teamSurg: str(f.teamSurg),
    conversionFactor: num(f.conversionFactor),
    endoBase: str(f.endoBase),
    edition: '',
  };
}
