// Sender addresses (pure). A From (or Reply-To) header, read from its raw value, is exactly one valid
// mailbox or a reason it is not. nodemailer's RFC 5322 parser gives the structure; it is lenient on
// purpose (it repairs what it can), so what it repairs is refused here first: a reply goes to what
// this module returns, and must reach the one person who asked and nobody else.
import { domainToASCII, domainToUnicode } from 'node:url';
import addressparser from 'nodemailer/lib/addressparser';
import { decodeEncodedWords } from './encoded-words.js';

export interface Mailbox {
  /** Lower-cased; the domain in its ASCII (IDNA) form. */
  address: string;
  name: string | null;
}

export type MailboxResult = { ok: true; mailbox: Mailbox } | { ok: false; problem: string };
export type AddressCheck = { ok: true; address: string } | { ok: false; problem: string };

/** RFC 5322 §2.1.1: a line is at most 998 characters; no real From comes near it. */
export const MAX_HEADER_CHARS = 998;
const LEAK = 'a reply could reach people who did not ask';
// RFC 5322 §3.2.3 atext; beyond ASCII (RFC 6532) letters, marks and digits only: no invisible or
// direction-changing characters that make two addresses look alike.
const ATOM = /^(?:[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]|[\p{L}\p{M}\p{N}])+$/u;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/; // eslint-disable-line no-control-regex
const ADDRESS_LIKE = /[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g;

/** A bare addr-spec (`local@domain`), strictly: one @, a dot-atom local part, a host name. */
export function checkAddress(spec: string): AddressCheck {
  const bad = (problem: string): AddressCheck => ({ ok: false, problem });
  if (CONTROL.test(spec)) return bad('control characters');
  const at = spec.indexOf('@');
  if (at < 0) return bad('no @ and domain');
  if (spec.startsWith('"')) return bad('a quoted local part');
  if (spec.indexOf('@', at + 1) >= 0) return bad('more than one @');
  const local = spec.slice(0, at).normalize('NFC');
  const domain = spec.slice(at + 1);
  if (!local) return bad('no local part');
  if (!domain) return bad('no domain');
  if (/=\?.*\?=/.test(local)) return bad('an encoded-word in the local part (RFC 2047 §5)');
  if (local.length > 64) return bad('a local part over 64 characters');
  if (!local.split('.').every((atom) => ATOM.test(atom)))
    return bad('characters or dots not allowed in the local part');
  if (domain.startsWith('[')) return bad('an address literal instead of a domain');
  const ascii = asciiDomain(domain);
  if (!ascii) return bad('a domain that is not a valid host name');
  const address = `${local.toLowerCase()}@${ascii}`;
  return address.length > 254 ? bad('over 254 characters') : { ok: true, address };
}

/** The lower-cased ASCII form of a host name, or null. A Unicode name must already be in the form it
 * maps to (UTS 46 would silently drop a zero-width space, making `clinic\u200b.example` clinic.example). */
function asciiDomain(domain: string): string | null {
  const ascii = domainToASCII(domain);
  const written = domain.toLowerCase().normalize('NFC');
  if (!ascii || (ascii !== written && domainToUnicode(ascii) !== written)) return null;
  const labels = ascii.split('.');
  if (labels.length < 2 || /^\d+$/.test(labels.at(-1)!)) return null;
  return labels.every((l) => LABEL.test(l)) && ascii.length <= 253 ? ascii : null;
}

export const normalizeAddress = (spec: string): string | null => {
  const check = checkAddress(spec);
  return check.ok ? check.address : null;
};

export const domainOf = (address: string): string => address.slice(address.indexOf('@') + 1);

/**
 * Every instance of one header (`field` names it in the reasons) -> its one mailbox. Refused: a second
 * instance, control characters, an over-long value, group syntax, source routes, list separators,
 * more than one address (also where the parser would glue two into one, `<a@x,b@y>`), text beside
 * the address, and a display name that shows an address other than the one replies go to.
 */
export function readMailbox(field: string, values: string[]): MailboxResult {
  const bad = (problem: string): MailboxResult => ({ ok: false, problem });
  if (values.length === 0) return bad(`no sender address in ${field}`);
  if (values.length > 1) return bad(`${values.length} ${field} headers: ${LEAK}`);
  const value = values[0]!.replace(/\r?\n(?=[ \t])/g, '').trim(); // unfold (RFC 5322 §2.2.3)
  if (CONTROL.test(value)) return bad(`${field} holds control characters`);
  if (value.length > MAX_HEADER_CHARS)
    return bad(`${field} is ${value.length} characters long (the limit is ${MAX_HEADER_CHARS})`);
  const shape = lex(value);
  if (shape.unbalanced) return bad(`${field} has unbalanced quotes, brackets or parentheses`);
  if (shape.sourceRoute) return bad(`${field} has a source route (<@host:...>): ${LEAK}`);
  if (shape.colon) return bad(`${field} uses group syntax (name: ...;): ${LEAK}`);
  if (shape.addressWords > 1 || shape.angles > 1)
    return bad(`${field} holds ${Math.max(shape.addressWords, shape.angles)} addresses: ${LEAK}`);
  if (shape.separators > 0) return bad(`${field} has a list separator (, or ;): ${LEAK}`);
  if (shape.textBeside) return bad(`${field} has text beside the address`);

  const entries = addressparser(value);
  if (entries.some((e) => e.group)) return bad(`${field} uses group syntax: ${LEAK}`);
  if (entries.length > 1) return bad(`${field} holds ${entries.length} addresses: ${LEAK}`);
  const entry = entries[0];
  if (!entry?.address) return bad(`no sender address in ${field}`);
  const check = checkAddress(entry.address);
  if (!check.ok) return bad(`${field} address is not valid: ${check.problem}`);
  const name = displayName(entry.name);
  for (const shown of name?.match(ADDRESS_LIKE) ?? []) {
    if ((normalizeAddress(shown) ?? shown.toLowerCase()) !== check.address)
      return bad(`${field} display name shows an address other than the sender's`);
  }
  return { ok: true, mailbox: { address: check.address, name } };
}

function displayName(raw: string): string | null {
  const name = decodeEncodedWords(raw)
    .replace(/[\u0000-\u001f\u007f]+/g, ' ') // eslint-disable-line no-control-regex
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
  return name || null;
}

interface Shape {
  /** Words holding an @, outside quoted strings and comments (an addr-spec, or a name posing as one). */
  addressWords: number;
  angles: number;
  separators: number;
  colon: boolean;
  sourceRoute: boolean;
  /** A word outside angle brackets beside a bare addr-spec, or any word after the closing bracket. */
  textBeside: boolean;
  unbalanced: boolean;
}

/** One pass over the value, skipping quoted strings and comments (RFC 5322 §3.2.2, §3.2.4). */
function lex(value: string): Shape {
  const shape: Shape = {
    addressWords: 0,
    angles: 0,
    separators: 0,
    colon: false,
    sourceRoute: false,
    textBeside: false,
    unbalanced: false,
  };
  const words: string[] = [];
  let word = '';
  let inAngle = false;
  let afterAngle = false;
  const endWord = () => {
    if (word) words.push(word);
    if (word && afterAngle) shape.textBeside = true;
    word = '';
  };
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '"' || c === '(') {
      const end = skipQuotedOrComment(value, i);
      if (end < 0) return { ...shape, unbalanced: true };
      if (c === '"') word += '""';
      else endWord();
      i = end;
    } else if (c === '<') {
      endWord();
      if (inAngle) return { ...shape, unbalanced: true };
      inAngle = true;
      shape.angles++;
      if (
        value
          .slice(i + 1)
          .trimStart()
          .startsWith('@')
      )
        shape.sourceRoute = true;
    } else if (c === '>') {
      endWord();
      if (!inAngle) return { ...shape, unbalanced: true };
      inAngle = false;
      afterAngle = true;
    } else if (c === ',' || c === ';') {
      endWord();
      shape.separators++;
    } else if (c === ':') {
      endWord();
      if (inAngle) shape.sourceRoute = true;
      else shape.colon = true;
    } else if (/\s/.test(c)) endWord();
    else word += c;
  }
  endWord();
  if (inAngle) shape.unbalanced = true;
  shape.addressWords = words.filter((w) => w.includes('@')).length;
  if (shape.angles === 0 && words.length > 1) shape.textBeside = true;
  return shape;
}

/** The index of the quote or parenthesis closing the one at `start` (comments nest), or -1. */
function skipQuotedOrComment(value: string, start: number): number {
  const quote = value[start] === '"';
  let depth = 0;
  for (let i = start; i < value.length; i++) {
    const c = value[i];
    if (c === '\\') i++;
    else if (quote && c === '"' && i > start) return i;
    else if (!quote && c === '(') depth++;
    else if (!quote && c === ')' && --depth === 0) return i;
  }
  return -1;
}
