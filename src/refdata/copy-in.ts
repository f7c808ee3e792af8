// COPY ... FROM STDIN on the connection of a Kysely transaction. Kysely hides the pg client, but pg's
// `client.query()` returns any "submittable" object it is given unchanged (pg/lib/client.js), so a
// pg-copy-streams stream passed as the query text runs on that same connection and transaction.
import { pipeline } from 'node:stream/promises';
import type { Readable, Transform } from 'node:stream';
import { CompiledQuery, type Transaction } from 'kysely';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database } from '../db/database.js';

export async function copyIn(
  trx: Transaction<Database>,
  copySql: string,
  source: Readable,
  ...through: Transform[]
): Promise<void> {
  const stream = copyFrom(copySql);
  const query = { ...CompiledQuery.raw(''), sql: stream as unknown as string };
  await trx.executeQuery(query);
  await pipeline([source, ...through, stream]);
}

/** One row in COPY text format: tab-separated, `\N` for null, backslash escapes. */
export function copyTextLine(values: readonly (string | number | null)[]): string {
  let out = '';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (i) out += '\t';
    out += v === null || v === undefined ? '\\N' : String(v).replace(/[\\\t\n\r]/g, escapeChar);
  }
  return out + '\n';
}

const escapeChar = (c: string) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r');
