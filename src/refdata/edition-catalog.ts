// The catalog of reference-data editions, read in one statement so that a process can keep a copy and
// choose editions by date of service without asking the database each time. `version` is the catalog's
// version when it was read (refdata_catalog, bumped by every change); refdata_lookup refuses an older copy.
import { sql, type Kysely } from 'kysely';
import type { EditionRef } from './refdata.types.js';
import type { Database } from '../db/database.js';

export interface EditionCatalog {
  /** A bigint, as pg returns it. */
  version: string;
  /** Every edition, by dataset, then effective date, then id. */
  editions: EditionRef[];
  byId: Map<number, EditionRef>;
}

export async function readEditionCatalog(db: Kysely<Database>): Promise<EditionCatalog> {
  // One statement, one snapshot: the version belongs to exactly these rows.
  const { rows } = await sql<{ version: string; editions: EditionRef[] | null }>`
    select (select c.version from refdata_catalog c) as version,
      (select json_agg(json_build_object('id', e.id, 'dataset', e.dataset, 'label', e.label,
        'effectiveFrom', e.effective_from, 'effectiveTo', e.effective_to) order by e.dataset, e.effective_from, e.id)
       from refdata_editions e) as editions`.execute(db);
  const editions = rows[0]?.editions ?? [];
  return { version: rows[0]!.version, editions, byId: new Map(editions.map((e) => [e.id, e])) };
}

/** Each database handle's copy of the edition catalog, read again when the database says it is stale. */
const catalogs = new WeakMap<Kysely<Database>, Promise<EditionCatalog>>();

export function catalogOf(db: Kysely<Database>): Promise<EditionCatalog> {
  let catalog = catalogs.get(db);
  if (!catalog) {
    catalog = readEditionCatalog(db);
    catalogs.set(db, catalog);
    catalog.catch(() => catalogs.get(db) === catalog && catalogs.delete(db));
  }
  return catalog;
}

/** Drops `copy` when the database said it is stale, unless a newer copy replaced it already. */
export function forgetCatalog(db: Kysely<Database>, copy: Promise<EditionCatalog>): void {
  if (catalogs.get(db) === copy) catalogs.delete(db);
}

/** Physician fee schedule files are made per calendar year: a quarter of another year never prices a date. */
const calendarYearly = (dataset: string) => dataset.startsWith('pfs_');

/** The edition of each dataset in force on `date`: the latest that started on or before it, else the earliest.
 *  For the fee schedule, a later release of the date's own year beats one of the year before. */
export function editionsInForce(catalog: EditionCatalog, date: string): Map<string, EditionRef> {
  const started = new Map<string, EditionRef>();
  const earliest = new Map<string, EditionRef>();
  const sameYearLater = new Map<string, EditionRef>();
  for (const e of catalog.editions) {
    // Editions come by dataset, effective date, then id: the last of a date wins a tie, as a reload of that quarter.
    if (e.effectiveFrom <= date) started.set(e.dataset, e);
    else if (e.effectiveFrom.slice(0, 4) === date.slice(0, 4) && !sameYearLater.has(e.dataset))
      sameYearLater.set(e.dataset, e);
    const first = earliest.get(e.dataset);
    if (!first || e.effectiveFrom === first.effectiveFrom) earliest.set(e.dataset, e);
  }
  for (const [dataset, e] of sameYearLater) {
    const held = started.get(dataset);
    if (calendarYearly(dataset) && (!held || held.effectiveFrom.slice(0, 4) < date.slice(0, 4)))
      started.set(dataset, e);
  }
  for (const [dataset, e] of earliest) if (!started.has(dataset)) started.set(dataset, e);
  return started;
}
