// `npm run codedesk -- reviewer add --email E --name N --password P [--admin]`
// `reviewer disable --email E` · `reviewer enable --email E` · `reviewer reset-password --email E --password P` · `reviewer list`
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { findReviewerByEmail, listReviewers } from '../review/repositories/reviewer.repository.js';
import { addReviewer, resetPassword, setReviewerDisabled } from '../review/services/account.service.js';
import { CLI, dbCommand } from './db-command.js';

async function idOf(db: Kysely<Database>, email: string | undefined): Promise<number> {
  if (!email) throw new Error('--email is required');
  const r = await findReviewerByEmail(db, email);
  if (!r) throw new Error('no reviewer with that e-mail');
  return r.id;
}

async function setDisabled(db: Kysely<Database>, v: { email?: string }, name: string): Promise<void> {
  const r = await setReviewerDisabled(db, CLI, await idOf(db, v.email), name === 'disable');
  console.log(`${r.email} is now ${r.disabled ? 'disabled' : 'enabled'}`);
}

export const { runWith, run } = dbCommand(
  'usage: reviewer <add|disable|enable|reset-password|list> [--email E] [--name N] [--password P] [--admin]',
  {
    email: { type: 'string' },
    name: { type: 'string' },
    password: { type: 'string' },
    admin: { type: 'boolean' },
  },
  {
    async add(db, v) {
      if (!v.email || !v.name || !v.password) throw new Error('add needs --email, --name and --password');
      const r = await addReviewer(db, CLI, {
        email: v.email,
        name: v.name,
        password: v.password,
        role: v.admin ? 'admin' : 'reviewer',
      });
      console.log(`added ${r.role} #${r.id} ${r.email}`);
    },
    disable: setDisabled,
    enable: setDisabled,
    async 'reset-password'(db, v) {
      if (!v.password) throw new Error('reset-password needs --password');
      const r = await resetPassword(db, CLI, await idOf(db, v.email), v.password);
      console.log(`password reset for ${r.email}; their sessions were ended`);
    },
    async list(db) {
      for (const r of await listReviewers(db))
        console.log(`#${r.id}\t${r.role}\t${r.disabled ? 'disabled' : 'active'}\t${r.email}\t${r.name}`);
    },
  },
);
