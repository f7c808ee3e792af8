// `npm run codedesk -- consult delete --id N --confirm CD-XXXXXX`: deletes a consult with its messages,
// drafts, replies and raw source for good (the audit log keeps a tombstone); the token confirms.
import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { By } from '../review/services/account.service.js';
import { deleteConsultConfirmed } from '../review/services/consult-deletion.service.js';
import { withDb } from './with-db.js';

const USAGE = 'usage: consult delete --id N --confirm TOKEN';
const CLI: By = { actor: 'cli', reviewerId: null };

export async function runWith(db: Kysely<Database>, args: string[]): Promise<number> {
  const { positionals, values: v } = parseArgs({
    args,
    allowPositionals: true,
    options: { id: { type: 'string' }, confirm: { type: 'string' } },
  });
  if (positionals[0] !== 'delete') {
    console.error(USAGE);
    return 2;
  }
  if (!v.id || !/^\d{1,18}$/.test(v.id)) throw new Error('delete needs --id and the consult id');
  if (!v.confirm) throw new Error("delete needs --confirm and the consult's token (CD-...)");
  const d = await deleteConsultConfirmed(db, CLI, v.id, v.confirm);
  console.log(
    `deleted consult ${d.consultId}: ${d.messages} message(s), ${d.drafts} draft(s), ${d.outbox} outbox row(s)`,
  );
  return 0;
}

export function run(args: string[]): Promise<number> {
  return withDb((db) => runWith(db, args));
}
