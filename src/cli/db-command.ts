// A command group that works on the database as the CLI: `<group> <subcommand> [--options]`, each
// subcommand a function of the parsed options. An unknown subcommand prints the usage and exits 2.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { By } from '../review/services/account.service.js';
import { withDb } from './with-db.js';

/** Who the audit log names for what the CLI does. */
export const CLI: By = { actor: 'cli', reviewerId: null };

type Options = NonNullable<ParseArgsConfig['options']>;
type Values<O extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; allowPositionals: true; options: O }>
>['values'];
type Subcommand<O extends Options> = (db: Kysely<Database>, v: Values<O>, name: string) => Promise<void>;

export interface DbCommand {
  /** For tests: runs on the given database. */
  runWith(db: Kysely<Database>, args: string[]): Promise<number>;
  run(args: string[]): Promise<number>;
}

export function dbCommand<const O extends Options>(
  usage: string,
  options: O,
  subcommands: Record<string, Subcommand<O>>,
): DbCommand {
  const runWith = async (db: Kysely<Database>, args: string[]): Promise<number> => {
    const { positionals, values } = parseArgs({ args, allowPositionals: true, options });
    const name = positionals[0] ?? '';
    const work = Object.hasOwn(subcommands, name) ? subcommands[name] : undefined;
    if (!work) {
      console.error(usage);
      return 2;
    }
    await work(db, values, name);
    return 0;
  };
  return { runWith, run: (args) => withDb((db) => runWith(db, args)) };
}
