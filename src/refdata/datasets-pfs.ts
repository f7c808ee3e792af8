// PFS locality files (CMS RVU zip): GPCIs, counties of each locality, anesthesia conversion factors.
// Their official layouts are read by official/layouts-pfs.ts; the CSV formats here take the same
// columns with a header row of the column names (for files prepared by hand or by another tool).
import type { DatasetSpec } from './dataset.types.js';
import type { Fields } from './fields.js';

const PADDED = (width: number) => new RegExp(`^\\d{${width}}$`);

const spec = (
  dataset: string,
  title: string,
  table: string,
  columns: string[],
  map: (f: Fields) => (string | null)[],
): DatasetSpec => ({ dataset, title, table, columns, formats: [{ header: columns, mapper: () => map }] });

export const PFS_DATASETS: DatasetSpec[] = [
  spec(
    'pfs_gpci',
    'PFS GPCI',
    'pfs_gpci',
    ['mac', 'state', 'locality', 'locality_name', 'pw_gpci', 'pe_gpci', 'mp_gpci'],
    (f) => [
      f.code('mac', PADDED(5)),
      f.code('state', /^[A-Z]{2}$/),
      f.code('locality', PADDED(2)),
      f.required('locality_name'),
      f.num('pw_gpci'),
      f.num('pe_gpci'),
      f.num('mp_gpci'),
    ],
  ),
  spec(
    'pfs_locality',
    'PFS localities and counties',
    'pfs_localities',
    ['mac', 'locality', 'state_name', 'fee_schedule_area', 'counties'],
    (f) => [
      f.code('mac', PADDED(5)),
      f.code('locality', PADDED(2)),
      f.text('state_name'),
      f.text('fee_schedule_area'),
      f.text('counties'),
    ],
  ),
  spec(
    'pfs_anesthesia',
    'PFS anesthesia conversion factors',
    'pfs_anesthesia_cf',
    ['mac', 'locality', 'locality_name', 'anesthesia_cf'],
    (f) => [
      f.code('mac', PADDED(5)),
      f.code('locality', PADDED(2)),
      f.required('locality_name'),
      f.num('anesthesia_cf'),
    ],
  ),
];
