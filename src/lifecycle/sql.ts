// Declared states written into one-statement SQL as literals: the statement text stays constant
// (prepared statements stay reused) and still comes from the typed declarations.
import { sql, type RawBuilder } from 'kysely';

export const stateLit = (state: string): RawBuilder<unknown> => sql.lit(state);

/** `('a', 'b')` for `state in ...`. */
export const stateList = (states: readonly string[]): RawBuilder<unknown> =>
  sql`(${sql.join(states.map((s) => sql.lit(s)))})`;
