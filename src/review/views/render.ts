// Server-rendered desk pages: Handlebars templates in templates/desk, compiled once with strict: true
// and cached (n8n's mailer pattern). Every value goes through escaped {{ }}; the only {{{ }}} is the
// layout's body slot, which holds output of these same templates.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Handlebars from 'handlebars';
import type { Actor } from '../actor.js';

export const DESK_TEMPLATES = resolve(import.meta.dirname, '..', '..', '..', 'templates', 'desk');

export type PageName =
  'sign-in' | 'queue' | 'consult' | 'admin' | 'health' | 'error' | 'refdata' | 'dashboard';

const hb = Handlebars.create();
hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
hb.registerHelper('time', (d: unknown) =>
  d instanceof Date ? d.toISOString().replace('T', ' ').slice(0, 16) + ' UTC' : String(d ?? ''),
);
hb.registerHelper('iso', (d: unknown) => (d instanceof Date ? d.toISOString() : ''));

const cache = new Map<string, HandlebarsTemplateDelegate>();
function template(name: string): HandlebarsTemplateDelegate {
  let t = cache.get(name);
  if (!t) {
    t = hb.compile(readFileSync(resolve(DESK_TEMPLATES, `${name}.hbs`), 'utf8'), { strict: true });
    cache.set(name, t);
  }
  return t;
}

export interface PageContext {
  title: string;
  [key: string]: unknown;
}

export function renderPage(name: PageName, ctx: PageContext, actor: Actor | null): string {
  const user =
    actor?.kind === 'reviewer'
      ? { name: actor.name, isAdmin: actor.role === 'admin', csrf: actor.csrfToken }
      : null;
  const body = template(name)({ ...ctx, user });
  // The mailbox sign-in banner (services/mail-sign-in-alert.service.ts), on the pages that look it up.
  return template('layout')({ title: ctx.title, page: name, body, user, mailAlert: ctx.mailAlert ?? null });
}
