// A Kysely instance with PostgreSQL's query compiler and a driver that records each statement instead
// of sending it, so a unit test can read the SQL the code sends without a server (kysely's DummyDriver
// pattern). Every statement answers with the case's canned rows; a function that needs more than that
// may throw once its statements are recorded, which is all a capture needs.
import {
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
} from 'kysely';
import type { Database } from '../../src/db/database.js';

export interface QueryCase {
  /** The function and its arguments: the header of its statements in the file. */
  name: string;
  run: (db: Kysely<Database>) => Promise<unknown>;
  /** What every statement of the case returns, so the function goes on past a look-up to what follows. */
  rows?: readonly object[];
}

export interface Captured {
  name: string;
  /** Statements in the order sent; `begin`, `commit` and `rollback` included, being round trips too. */
  sent: string[];
}

class RecordingDriver implements Driver {
  sent: string[] = [];
  rows: readonly object[] = [];

  private readonly connection: DatabaseConnection = {
    executeQuery: <R>(query: CompiledQuery): Promise<QueryResult<R>> => {
      this.sent.push(query.sql);
      return Promise.resolve({ rows: this.rows.map((r) => ({ ...r }) as R), numAffectedRows: 1n });
    },
    streamQuery: () => {
      throw new Error('the recording driver does not stream');
    },
  };

  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    return this.connection;
  }
  async beginTransaction(): Promise<void> {
    this.sent.push('begin');
  }
  async commitTransaction(): Promise<void> {
    this.sent.push('commit');
  }
  async rollbackTransaction(): Promise<void> {
    this.sent.push('rollback');
  }
  async releaseConnection(): Promise<void> {}
  async destroy(): Promise<void> {}
}

/**
 * Runs the cases in order on one recording database and returns what each sent. One database, so a
 * cache a process keeps per database (the edition catalog) is filled by the case that reads it, and
 * later cases show only their own statements.
 */
export async function captureQueries(cases: readonly QueryCase[]): Promise<Captured[]> {
  const driver = new RecordingDriver();
  const db = new Kysely<Database>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => driver,
      createIntrospector: (k) => new PostgresIntrospector(k),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
  const out: Captured[] = [];
  for (const c of cases) {
    if (out.some((o) => o.name === c.name)) throw new Error(`two cases are named ${c.name}`);
    driver.sent = [];
    driver.rows = c.rows ?? [];
    const failed = await c.run(db).then(
      () => null,
      (err: unknown) => err,
    );
    if (driver.sent.length === 0) throw new Error(`${c.name} sent no statement`, { cause: failed });
    out.push({ name: c.name, sent: driver.sent });
  }
  await db.destroy();
  return out;
}
