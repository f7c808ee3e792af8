import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { namePreparedStatements } from './prepared.js';
import type { CoreTables } from './schema/core.js';
import type { RefdataTables } from './schema/refdata.js';

export interface Database extends CoreTables, RefdataTables {}

// DATE columns stay 'YYYY-MM-DD' strings: a date of service has no time zone to shift it.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

/** `prepared: false` for a pooler that cannot keep named statements (PgBouncer in transaction mode before 1.21). */
export function createPool(databaseUrl: string, max = 10, prepared = true): pg.Pool {
  const pool = new pg.Pool({ connectionString: databaseUrl, max });
  if (prepared) pool.on('connect', namePreparedStatements);
  // An idle client whose server went away emits 'error' on the pool; unhandled, that would end the
  // process (node-postgres docs). The pool drops the client, the next query reconnects, and /healthz
  // reports the database while it is down.
  pool.on('error', () => undefined);
  // A client checked out (a lock held on it, a transaction between statements) has no pool listener:
  // its server's restart would raise an unhandled 'error' and end the process. Its caller sees the
  // failure on its next statement instead, and the pool discards the client.
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}

export function createDb(pool: pg.Pool): Kysely<Database> {
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
