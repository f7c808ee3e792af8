import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { CoreTables } from './schema/core.js';
import type { RefdataTables } from './schema/refdata.js';

export interface Database extends CoreTables, RefdataTables {}

// bigint columns come back as strings (ids) — but COUNT(*) and friends are parsed to numbers where needed.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

export function createPool(databaseUrl: string, max = 10): pg.Pool {
  return new pg.Pool({ connectionString: databaseUrl, max });
}

export function createDb(pool: pg.Pool): Kysely<Database> {
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
