// Each statement in src/queries/*.sql parses and plans on the migrated test database, so a file that
// names a column or function a migration changed fails here rather than going stale unnoticed. Each is
// prepared with the parameter types PostgreSQL infers (as for the code's unnamed statements) and
// planned generic with EXPLAIN EXECUTE and NULL values: nothing runs, no lock is taken.
import { readdirSync, readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { statementsOf } from '../../helpers/sql-file.js';
import { testConfig } from '../../helpers/stack-env.js';

const dir = new URL('../../../src/queries/', import.meta.url);
const statements = readdirSync(dir)
  .filter((f) => f.endsWith('.sql'))
  .flatMap((f) =>
    statementsOf(readFileSync(new URL(f, dir), 'utf8')).map((s, i) => ({
      label: `${f} #${i + 1} ${s.name}`,
      ...s,
    })),
  )
  // `begin`, `commit` and `set local` have no plan
  .filter((s) => /^(select|with|insert|update|delete)\b/.test(s.sql));

describe('the checked-in statements of src/queries', () => {
  const client = new pg.Client(testConfig().databaseUrl);

  beforeAll(async () => {
    await client.connect();
    await client.query('set plan_cache_mode = force_generic_plan');
  });
  afterAll(() => client.end());

  it.each(statements.map((s) => [s.label, s.sql]))('%s plans', async (_label, sql) => {
    await client.query(`prepare checked as ${sql}`);
    try {
      const { rows } = await client.query<{ n: number }>(
        `select cardinality(parameter_types) as n from pg_prepared_statements where name = 'checked'`,
      );
      const values = Array.from({ length: rows[0]!.n }, () => 'null').join(', ');
      await client.query(`explain execute checked${values ? `(${values})` : ''}`);
    } finally {
      await client.query('deallocate checked');
    }
  });
});
