// Threading (pure part): which keys in a message can tie it to an existing consult.
import { TOKEN_IN_SUBJECT } from '../lifecycle/consult-token.js';
import type { ThreadKeys } from '../repositories/consult.repository.js';
import type { ParsedMessage } from './parse.js';

/** One reply or forward prefix at the start of a subject: "Re:", "FW:", "AW:", "RE[2]:". */
export const SUBJECT_PREFIX = /^\s*(?:re|fwd?|aw|wg|sv|antw)\s*(?:\[\d+\]\s*)?:\s*/i;

export function threadKeys(msg: Pick<ParsedMessage, 'subject' | 'inReplyTo' | 'references'>): ThreadKeys {
  const token = TOKEN_IN_SUBJECT.exec(msg.subject)?.[1]?.toUpperCase() ?? null;
  const ids = [msg.inReplyTo, ...[...msg.references].reverse()].filter((x): x is string => !!x);
  return { token, parentIds: [...new Set(ids)] };
}

/** The subject a consult is known by: without reply/forward prefixes and without our token. */
export function consultSubject(subject: string): string {
  let s = subject.replace(TOKEN_IN_SUBJECT, '').trim();
  for (;;) {
    const next = s.replace(SUBJECT_PREFIX, '');
    if (next === s) break;
    s = next;
  }
  return s.trim() || '(no subject)';
}
