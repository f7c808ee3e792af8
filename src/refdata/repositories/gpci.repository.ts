// Every locality's GPCIs for a date, for payment questions: the answer finds the locality from the
// asker's words (a city, county or state) among all of them. About 110 rows an edition, read once per
// edition and process, so a payment question costs no extra round trip after the first.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { catalogOf, editionsInForce } from '../edition-catalog.js';

/** One Medicare PFS payment locality and its geographic practice cost indices (CMS GPCI file). */
export interface LocalityGpci {
  /** MAC contractor number ("13202") and the locality number within it ("01"). */
  mac: string;
  locality: string;
  /** Two-letter state code ("NY"). */
  state: string;
  /** The locality's name as CMS writes it ("MANHATTAN", "REST OF TEXAS", "ALABAMA"). */
  name: string;
  /** Work (with any floor applied), practice expense and malpractice GPCIs. */
  work: number;
  pe: number;
  mp: number;
  /** Counties in the locality (CMS locality-county file), when loaded. */
  counties?: string[];
  /** Edition label, e.g. "GPCI 2026". */
  edition: string;
}

const byEdition = new Map<number, Promise<LocalityGpci[]>>();

export async function gpciInForce(db: Kysely<Database>, date: string): Promise<LocalityGpci[]> {
  const edition = editionsInForce(await catalogOf(db), date).get('pfs_gpci');
  if (!edition) return [];
  let rows = byEdition.get(edition.id);
  if (!rows) {
    rows = db
      .selectFrom('pfs_gpci')
      .select(['mac', 'locality', 'state', 'locality_name', 'pw_gpci', 'pe_gpci', 'mp_gpci'])
      .where('edition_id', '=', edition.id)
      .orderBy('mac')
      .orderBy('locality')
      .execute()
      .then((found) =>
        found.map((g) => ({
          mac: g.mac,
          locality: g.locality,
          state: g.state,
          name: g.locality_name,
          work: Number(g.pw_gpci),
          pe: Number(g.pe_gpci),
          mp: Number(g.mp_gpci),
          edition: edition.label,
        })),
      );
    byEdition.set(edition.id, rows);
    rows.catch(() => byEdition.delete(edition.id));
  }
  return rows;
}
