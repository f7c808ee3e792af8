import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';

/** Loads every dataset of the shipped refdata folder when the database holds none yet. */
export async function ensureSampleLoaded(_db: Kysely<Database>, _dir: string): Promise<void> {
  // Filled in by the refdata importers (issue 3).
}
