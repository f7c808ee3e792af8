// Look-up for a whole question in ONE round trip: every requested code's status, descriptor and
// children, all PTP edits between every ordered pair, MUE, add-on and RVU rows, and the editions
// in force at the date of service (see lookup-sql.ts for the statement).
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { executePrepared } from '../db/prepared.js';
import { lookupStatement, readLookup } from './lookup-sql.js';
import { candidatesFor, fiscalYear } from './lookup-systems.js';
import type { LookupRequest, LookupResult } from './types.js';

const today = () => new Date().toISOString().slice(0, 10);

export async function lookupCodes(db: Kysely<Database>, req: LookupRequest): Promise<LookupResult> {
  const dos = req.dateOfService ?? today();
  const codes = [...new Set(req.codes.map((c) => c.trim().toUpperCase()).filter(Boolean))];
  const cands = codes.flatMap(candidatesFor);
  const procs = [...new Set(cands.filter((c) => c.system === 'cpt' || c.system === 'hcpcs').map((c) => c.key))];
  const { rows } = await executePrepared(db, lookupStatement(cands, procs, dos, req.setting, fiscalYear(dos)).compile(db));
  return readLookup(rows, dos, req.setting);
}
