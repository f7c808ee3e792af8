// refdata_lookup (migrations/sql/refdata_lookup.sql) returns each section's facts as text arrays, the
// cheapest form to build on the server (json objects cost ~20% of the function). This is the one place
// that knows each array's column order: the rest of the reader uses the names.
export type Cell = string | null;

export const LOOKUP_COLUMNS = {
  code: ['ord', 'code', 'system', 'known', 'billable', 'descriptor', 'source', 'deletedOn', 'valid'],
  child: ['ord', 'code', 'description'],
  ptp: ['column1', 'column2', 'modifierIndicator', 'deleted', 'rationaleId', 'active', 'effective'],
  rationale: ['rationaleId', 'rationale'],
  mue: ['code', 'editionId', 'value', 'mai', 'rationale'],
  addon: ['addOn', 'primary', 'type'],
  rvu: [
    'code',
    'modifier',
    'statusCode',
    'workRvu',
    'nonFacilityPeRvu',
    'facilityPeRvu',
    'mpRvu',
    'nonFacilityTotal',
    'facilityTotal',
    'pctcIndicator',
    'globalDays',
    'multProc',
    'bilatSurg',
    'asstSurg',
    'coSurg',
    'teamSurg',
    'conversionFactor',
    'endoBase',
  ],
  gpci: ['mac', 'locality', 'state', 'name', 'workGpci', 'peGpci', 'mpGpci'],
} as const;

export type FactSection = keyof typeof LOOKUP_COLUMNS;
/** One fact of a section, by column name (a column the row does not carry reads as null). */
export type Fact<S extends FactSection> = Record<(typeof LOOKUP_COLUMNS)[S][number], Cell>;

/** Names the cells of one fact of `section`. */
export function namedFact<S extends FactSection>(section: S, cells: readonly Cell[]): Fact<S> {
  const fact: Record<string, Cell> = {};
  LOOKUP_COLUMNS[section].forEach((name, i) => (fact[name] = cells[i] ?? null));
  return fact as Fact<S>;
}
