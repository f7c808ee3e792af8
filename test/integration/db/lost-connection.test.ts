// A connection the server ends while the desk holds it (a lock, a transaction between statements)
// must fail that holder's next statement, not the whole process.
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb, createPool } from '../../../src/db/database.js';
import { testConfig } from '../../helpers/stack-env.js';

const pool = createPool(testConfig().databaseUrl, 2);
const db = createDb(pool);

describe('a held connection the server ends', () => {
  afterAll(() => db.destroy());

  it('raises no unhandled error; the holder sees the failure and the pool serves a fresh connection', async () => {
    const held = await pool.connect();
    const pid = (await held.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
    // The server ends the session while it sits checked out and idle, as a PostgreSQL restart does.
    await sql`select pg_terminate_backend(${pid})`.execute(db);
    await new Promise((r) => setTimeout(r, 300));
    await expect(held.query('select 1')).rejects.toThrow();
    held.release(true);
    const { rows } = await sql<{ one: number }>`select 1 as one`.execute(db);
    expect(rows).toEqual([{ one: 1 }]);
  });
});
