// Handlebars templates, compiled once per process and cached by name (as n8n's mailer does).
// Two instances: HTML escapes every {{ }}; the text part must not carry entities like &amp;, so its
// instance compiles with noEscape and the layout wraps the result at 72 columns.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import type { ReplyKind } from './draft.types.js';
import type { ReplyModel } from './reply-model.types.js';
import { wrapText } from './text-wrap.js';

export type ReplyTemplateName = ReplyKind;
export type ReplyPart = 'html' | 'txt';

const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

type Compiled = Handlebars.TemplateDelegate<ReplyModel>;

function createInstance(part: ReplyPart): typeof Handlebars {
  const hbs = Handlebars.create();
  const options: CompileOptions = { strict: true, noEscape: part === 'txt' };
  const dir = `${TEMPLATES_DIR}partials/`;
  for (const file of readdirSync(dir).filter((f) => f.endsWith(`.${part}.hbs`))) {
    const name = file.slice(0, -`.${part}.hbs`.length);
    hbs.registerPartial(name, hbs.compile(readFileSync(`${dir}${file}`, 'utf8'), options));
  }
  if (part === 'txt') {
    hbs.registerHelper('wrap', function (this: unknown, opts: Handlebars.HelperOptions) {
      return wrapText(opts.fn(this));
    });
  }
  return hbs;
}

let instances: Record<ReplyPart, typeof Handlebars> | null = null;
const cache = new Map<string, Compiled>();

function template(name: ReplyTemplateName, part: ReplyPart): Compiled {
  const key = `${name}.${part}`;
  const hit = cache.get(key);
  if (hit) return hit;
  instances ??= { html: createInstance('html'), txt: createInstance('txt') };
  const source = readFileSync(`${TEMPLATES_DIR}replies/${key}.hbs`, 'utf8');
  const compiled = instances[part].compile<ReplyModel>(source, { strict: true, noEscape: part === 'txt' });
  cache.set(key, compiled);
  return compiled;
}

export function renderReply(name: ReplyTemplateName, model: ReplyModel): { text: string; html: string } {
  return { text: template(name, 'txt')(model), html: template(name, 'html')(model) };
}

/** How many templates are compiled (each kind x part at most once). */
export const cachedTemplateCount = (): number => cache.size;
