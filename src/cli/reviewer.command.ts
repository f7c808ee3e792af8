// `npm run codedesk -- reviewer add --email E --name N --password P [--admin]`
// `reviewer disable --email E` · `reviewer enable --email E` · `reviewer reset-password --email E --password P` · `reviewer list`
import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { findReviewerByEmail, listReviewers } from '../review/repositories/reviewer.repository.js';
import {
  addReviewer,
  resetPassword,
  setReviewerDisabled,
  type By,
} from '../review/services/account.service.js';
import { withDb } from './with-db.js';

const USAGE =
  'usage: reviewer <add|disable|enable|reset-password|list> [--email E] [--name N] [--password P] [--admin]';
const CLI: By = { actor: 'cli', reviewerId: null };

async function idOf(db: Kysely<Database>, email: string | undefined): Promise<number> {
  if (!email) throw new Error('--email is required');
  const r = await findReviewerByEmail(db, email);
  if (!r) throw new Error('no reviewer with that e-mail');
  return r.id;
}

export async function runWith(db: Kysely<Database>, args: string[]): Promise<number> {
  const { positionals, values: v } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
      admin: { type: 'boolean' },
    },
  });
  switch (positionals[0]) {
    case 'add': {
      if (!v.email || !v.name || !v.password) throw new Error('add needs --email, --name and --password');
      const r = await addReviewer(db, CLI, {
        email: v.email,
        name: v.name,
        password: v.password,
        role: v.admin ? 'admin' : 'reviewer',
      });
      console.log(`added ${r.role} #${r.id} ${r.email}`);
      return 0;
    }
    case 'disable':
    case 'enable': {
      const r = await setReviewerDisabled(db, CLI, await idOf(db, v.email), positionals[0] === 'disable');
      console.log(`${r.email} is now ${r.disabled ? 'disabled' : 'enabled'}`);
      return 0;
    }
    case 'reset-password': {
      if (!v.password) throw new Error('reset-password needs --password');
      const r = await resetPassword(db, CLI, await idOf(db, v.email), v.password);
      console.log(`password reset for ${r.email}; their sessions were ended`);
      return 0;
    }
    case 'list':
      for (const r of await listReviewers(db))
        console.log(`#${r.id}\t${r.role}\t${r.disabled ? 'disabled' : 'active'}\t${r.email}\t${r.name}`);
      return 0;
    default:
      console.error(USAGE);
      return 2;
  }
}

export function run(args: string[]): Promise<number> {
  return withDb((db) => runWith(db, args));
}
