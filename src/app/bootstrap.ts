// Process start-up shared by every entry point: local stack when nothing is configured, validated
// config, migrations, reference data on an empty database, the roles, graceful shutdown.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { ConfigError, loadConfig, STACK_ENV_FILE, usesLocalStack, type Config } from '../config.js';
import { migrateToLatest } from '../db/migrate.js';
import { ensureSampleLoaded } from '../refdata/sample.js';
import { hashPassword } from '../review/core/password.js';
import { findReviewerByEmail, insertReviewerIfAbsent } from '../review/repositories/reviewer.repository.js';
import { createContext, type AppContext } from './context.js';
import { startOAuth } from './oauth.js';
import { startPipeline, startPoller, startSender, startWeb, type Role } from './roles.js';
import { startSweeper } from './sweeper.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

function ensureLocalStack(): void {
  const result = spawnSync('bash', [path.join(ROOT, 'src/stack/stack.sh'), 'up'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the local stack did not start (npm run stack -- up)');
}

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
}

/** On the local stack only: an admin account to sign in with, its password kept under .stack/. */
async function ensureLocalAdmin(ctx: AppContext): Promise<string | null> {
  const file = path.join(path.dirname(STACK_ENV_FILE), 'secrets', 'admin');
  const email = 'admin@example.test';
  const existing = await findReviewerByEmail(ctx.db, email);
  if (existing) return existsSync(file) ? `${email} / ${readFileSync(file, 'utf8').trim()}` : null;
  const password = randomBytes(12).toString('base64url');
  await insertReviewerIfAbsent(ctx.db, {
    email,
    name: 'Local Admin',
    passwordHash: await hashPassword(password),
    role: 'admin',
  });
  writeFileSync(file, password + '\n', { mode: 0o600 });
  return `${email} / ${password}`;
}

export async function runRoles(roles: readonly Role[]): Promise<AppContext> {
  const local = usesLocalStack();
  if (local) ensureLocalStack();
  const ctx = createContext(readConfig());
  await migrateToLatest(ctx.db);
  if (roles.includes('pipeline') || roles.includes('web'))
    await ensureSampleLoaded(ctx.db, ctx.config.refdataDir);

  // Before the mailbox is first signed in to: the poller and the sender read the renewed token.
  if (roles.includes('poller') || roles.includes('sender')) await startOAuth(ctx);
  if (roles.includes('pipeline')) startPipeline(ctx);
  if (roles.includes('sender')) await startSender(ctx);
  if (roles.includes('pipeline') || roles.includes('sender')) {
    const stop = startSweeper(ctx, {
      pipeline: roles.includes('pipeline'),
      sender: roles.includes('sender'),
    });
    ctx.shutdown.add('sweeper', 0, async () => stop());
  }
  if (roles.includes('poller')) startPoller(ctx);
  if (roles.includes('web')) {
    const app = await startWeb(ctx);
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : ctx.config.web.port;
    const admin = local ? await ensureLocalAdmin(ctx) : null;
    console.log(`CodeDesk ready at http://${ctx.config.web.host}:${port}`);
    if (admin) console.log(`Local sign-in: ${admin}`);
  } else {
    console.log(`CodeDesk ${roles.join(', ')} running`);
  }
  ctx.shutdown.listen();
  return ctx;
}
