// Row types of the reference-data tables. Owned by the refdata importers (src/refdata/).
export interface RefdataTables {}
