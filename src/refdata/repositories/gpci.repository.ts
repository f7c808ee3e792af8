// Every locality's GPCIs for a date, for payment questions: the answer finds the locality from the
// asker's words (a city, county or state) among all of them. About 110 rows an edition, read once per
// edition and process, so a payment question costs no extra round trip after the first.
import type { Kysely } from 'kysely';
import type { GpciFact } from '../../answers/types.js';
import { catalogOf } from '../../coding/lookup.js';
import type { Database } from '../../db/database.js';
import { editionsInForce } from '../edition-catalog.js';

const byEdition = new Map<number, Promise<GpciFact[]>>();

export async function gpciInForce(db: Kysely<Database>, date: string): Promise<GpciFact[]> {
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
