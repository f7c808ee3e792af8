// `npm run codedesk -- token create --name N` (prints the secret once) · `token revoke --name N | --id I` · `token list`
import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { listTokens } from '../review/repositories/token.repository.js';
import type { By } from '../review/services/account.service.js';
import { createApiToken, revokeApiToken } from '../review/services/token.service.js';
import { withDb } from './with-db.js';

const USAGE = 'usage: token <create --name N|revoke --name N|--id I|list>';
const CLI: By = { actor: 'cli', reviewerId: null };

export async function runWith(db: Kysely<Database>, args: string[]): Promise<number> {
  const { positionals, values: v } = parseArgs({
    args,
    allowPositionals: true,
    options: { name: { type: 'string' }, id: { type: 'string' } },
  });
  switch (positionals[0]) {
    case 'create': {
      if (!v.name) throw new Error('create needs --name');
      const { token, info } = await createApiToken(db, CLI, v.name);
      console.error(`token #${info.id} "${info.name}" created; it is shown only now:`);
      console.log(token);
      return 0;
    }
    case 'revoke': {
      const target = v.id ? Number(v.id) : v.name;
      if (target === undefined || (typeof target === 'number' && !Number.isInteger(target)))
        throw new Error('revoke needs --name or --id');
      console.log(`revoked ${await revokeApiToken(db, CLI, target)} token(s)`);
      return 0;
    }
    case 'list':
      for (const t of await listTokens(db))
        console.log(`#${t.id}\t${t.revoked_at ? 'revoked' : 'live'}\t${t.name}`);
      return 0;
    default:
      console.error(USAGE);
      return 2;
  }
}

export function run(args: string[]): Promise<number> {
  return withDb((db) => runWith(db, args));
}
