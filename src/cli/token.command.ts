// `npm run codedesk -- token create --name N --scope read|review|admin [--expires 90d|12h|YYYY-MM-DD]`
// (prints the secret once) · `token revoke --name N | --id I` · `token list`
import { isTokenScope, MAX_TOKEN_DAYS, parseExpiry } from '../review/core/token-scope.js';
import { listTokens } from '../review/repositories/token.repository.js';
import { createApiToken, revokeApiToken } from '../review/services/token.service.js';
import { CLI, dbCommand } from './db-command.js';

export const { runWith, run } = dbCommand(
  'usage: token <create --name N --scope read|review|admin [--expires 90d|12h|YYYY-MM-DD]|revoke --name N|--id I|list>',
  {
    name: { type: 'string' },
    id: { type: 'string' },
    scope: { type: 'string' },
    expires: { type: 'string' },
  },
  {
    async create(db, v) {
      if (!v.name) throw new Error('create needs --name');
      if (!isTokenScope(v.scope)) throw new Error('create needs --scope read, review or admin');
      const expiresAt = parseExpiry(v.expires);
      if (!expiresAt)
        throw new Error(
          `--expires takes 90d, 12h or YYYY-MM-DD, in the future and within ${MAX_TOKEN_DAYS} days`,
        );
      const { token, info } = await createApiToken(db, CLI, { name: v.name, scope: v.scope, expiresAt });
      console.error(
        `token #${info.id} "${info.name}" (${info.scope}, expires ${info.expiresAt.toISOString()}) created; it is shown only now:`,
      );
      console.log(token);
    },
    async revoke(db, v) {
      const target = v.id ? Number(v.id) : v.name;
      if (target === undefined || (typeof target === 'number' && !Number.isInteger(target)))
        throw new Error('revoke needs --name or --id');
      console.log(`revoked ${await revokeApiToken(db, CLI, target)} token(s)`);
    },
    async list(db) {
      for (const t of await listTokens(db)) {
        const status = t.revokedAt ? 'revoked' : t.expiresAt <= new Date() ? 'expired' : 'live';
        console.log(`#${t.id}\t${status}\t${t.scope}\t${t.expiresAt.toISOString()}\t${t.name}`);
      }
    },
  },
);
