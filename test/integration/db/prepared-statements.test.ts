import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb, createPool } from '../../../src/db/database.js';
import { executePrepared } from '../../../src/db/prepared.js';
import { testConfig } from '../../helpers/stack-env.js';

// One connection per pool, so every statement below runs on the same session.
const preparedDb = createDb(createPool(testConfig().databaseUrl, 1));
const plainDb = createDb(createPool(testConfig().databaseUrl, 1, false));

const statement = (tag: string) => sql<{ tag: string; n: number }>`select ${tag}::text as tag, 7 as n`;
const preparedHere = async (db: typeof preparedDb) =>
  (
    await sql<{
      name: string;
      statement: string;
    }>`select name, statement from pg_prepared_statements`.execute(db)
  ).rows;

describe('named prepared statements for hot queries', () => {
  afterAll(async () => {
    await preparedDb.destroy();
    await plainDb.destroy();
  });

  it('parses a registered statement once per connection and binds it with each call’s values', async () => {
    const q = statement('first');
    expect((await executePrepared(preparedDb, q.compile(preparedDb))).rows).toEqual([{ tag: 'first', n: 7 }]);
    expect((await executePrepared(preparedDb, statement('second').compile(preparedDb))).rows).toEqual([
      { tag: 'second', n: 7 },
    ]);
    const named = (await preparedHere(preparedDb)).filter((s) => s.statement.includes('as tag, 7 as n'));
    expect(named).toHaveLength(1);
    expect(named[0]!.name).toMatch(/^codedesk_\d+$/);
  });

  it('leaves every other query unnamed', async () => {
    await sql`select 'not registered' as x`.execute(preparedDb);
    expect((await preparedHere(preparedDb)).some((s) => s.statement.includes('not registered'))).toBe(false);
  });

  it('prepares nothing when turned off (a pooler that cannot keep named statements)', async () => {
    expect((await executePrepared(plainDb, statement('plain').compile(plainDb))).rows).toEqual([
      { tag: 'plain', n: 7 },
    ]);
    expect(await preparedHere(plainDb)).toEqual([]);
  });

  it('parses a statement again after the server lost it, failing only the call that found out', async () => {
    const compiled = statement('again').compile(preparedDb);
    await executePrepared(preparedDb, compiled);
    const { name } = (await preparedHere(preparedDb)).find((s) => s.statement.includes('as tag, 7 as n'))!;
    await sql`deallocate ${sql.raw(name)}`.execute(preparedDb);
    await expect(executePrepared(preparedDb, compiled)).rejects.toMatchObject({ code: '26000' });
    expect((await executePrepared(preparedDb, compiled)).rows).toEqual([{ tag: 'again', n: 7 }]);
  });
});
