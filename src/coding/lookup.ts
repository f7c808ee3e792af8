// Look-up for a whole question in ONE round trip: every requested code's status, descriptor and
// children, all PTP edits between every ordered pair, MUE, add-on and RVU rows, from the editions in
// force at the date of service (see lookup-sql.ts for the statement).
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { executePrepared } from '../db/prepared.js';
import { catalogOf, editionsInForce, forgetCatalog } from '../refdata/edition-catalog.js';
import { pairFilterFor } from './lookup-pair-filters.js';
import { readLookup } from './lookup-read.js';
import { lookupStatement, type LookupEditions } from './lookup-sql.js';
import { candidatesFor, fiscalYear } from './lookup-systems.js';
import type { LookupRequest, LookupResult } from './lookup.types.js';

const today = () => new Date().toISOString().slice(0, 10);

/** An import committing between reading the catalog and asking would make one attempt stale; three is plenty. */
const ATTEMPTS = 3;

export async function lookupCodes(db: Kysely<Database>, req: LookupRequest): Promise<LookupResult> {
  const dos = req.dateOfService ?? today();
  const codes = [...new Set(req.codes.map((c) => c.trim().toUpperCase()).filter(Boolean))];
  const cands = codes.flatMap(candidatesFor);
  const procs = [
    ...new Set(cands.filter((c) => c.system === 'cpt' || c.system === 'hcpcs').map((c) => c.key)),
  ];
  for (let attempt = 1; ; attempt++) {
    const copy = catalogOf(db);
    const catalog = await copy;
    const editions: LookupEditions = { catalog, inForce: editionsInForce(catalog, dos) };
    const ptpEdition = procs.length > 1 ? editions.inForce.get(`ptp_${req.setting}`) : undefined;
    const filter = ptpEdition && pairFilterFor(db, ptpEdition.id);
    const pairs = filter ? filter.pairsAmong(procs) : null;
    const locality = req.locality ?? null;
    const statement = lookupStatement(
      cands,
      procs,
      pairs,
      dos,
      req.setting,
      fiscalYear(dos),
      editions,
      locality,
    );
    const { rows } = await executePrepared(db, statement.compile(db));
    if (rows[0]?.section !== 'stale') return readLookup(rows, dos, req.setting, editions, locality !== null);
    forgetCatalog(db, copy);
    if (attempt === ATTEMPTS)
      throw new Error(`the reference-data editions changed during ${ATTEMPTS} look-ups in a row`);
  }
}
