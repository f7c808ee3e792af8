// Raw RFC 5322 source -> the fields the pipeline needs. mailparser does the MIME work; this module
// only chooses what to keep, so every other step sees one plain shape.
import { createHash } from 'node:crypto';
import type { HeaderLines, HeaderValue } from 'mailparser';
import type { AttachmentInfo } from '../db/schema/core.js';
import { readMailbox } from './address.js';
import { DEFAULT_PARSE_LIMITS, parseWithinLimits, type ParseLimits } from './bounded-parse.js';
import { cleanNullable, cleanText } from './clean-text.js';

export interface ParsedMessage {
  messageId: string;
  /** True when the message had no usable Message-ID and one was derived from its bytes. */
  messageIdSynthesized: boolean;
  /** The one mailbox of the From header (see address.ts); null when there is not exactly one. */
  fromAddress: string | null;
  fromName: string | null;
  /** Why the From is not exactly one valid mailbox; null when it is. */
  fromProblem: string | null;
  /** The one valid mailbox of Reply-To, if it has exactly one; whether it is used is ingest's choice. */
  replyTo: string | null;
  /** Every Authentication-Results value, topmost (added last, nearest to us) first. */
  authResults: string[];
  subject: string;
  inReplyTo: string | null;
  references: string[];
  date: Date | null;
  text: string;
  html: string | null;
  attachments: AttachmentInfo[];
  /** Lower-cased header name -> raw string value(s), for screening. */
  headers: Record<string, string>;
  contentType: string;
  size: number;
  /** What a limit cut or changed (a truncated question, HTML read without layout), for the reviewer. */
  notes: string[];
}

const MSGID = /<[^<>\s]+>/g;

/** An id this long is a sender's doing, not a mail system's: kept as a digest, it still identifies
 * the message but cannot overflow the index that keeps Message-IDs unique (2,704 bytes a row). */
const MAX_MESSAGE_ID_CHARS = 500;

export function normalizeMessageId(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = value.match(MSGID);
  const bare = value.trim();
  const id = m ? m[0] : bare && !/\s/.test(bare) ? `<${bare}>` : null;
  if (id === null) return null;
  if (id.length > MAX_MESSAGE_ID_CHARS)
    return `<sha256.${createHash('sha256').update(id).digest('hex').slice(0, 40)}@codedesk.invalid>`;
  return cleanText(id);
}

export function synthesizeMessageId(raw: Buffer): string {
  return `<sha256.${createHash('sha256').update(raw).digest('hex').slice(0, 40)}@codedesk.invalid>`;
}

function headerText(value: HeaderValue): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value))
    return value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
  if (value && typeof value === 'object' && 'value' in value) {
    const v = value as { value: unknown; params?: Record<string, string>; text?: string };
    if (typeof v.text === 'string') return v.text;
    return String(v.value ?? '');
  }
  return String(value ?? '');
}

/** The raw values of one header, in order, read as UTF-8 (RFC 6532; an invalid byte becomes U+FFFD, as
 * mailparser reads it): address and authentication checks read these, not mailparser's repaired view. */
function rawValues(lines: HeaderLines, key: string): string[] {
  return lines
    .filter((l) => l.key === key)
    .map((l) => Buffer.from(l.line.slice(l.line.indexOf(':') + 1), 'latin1').toString('utf8'));
}

export async function parseMessage(
  raw: Buffer,
  limits: ParseLimits = { ...DEFAULT_PARSE_LIMITS, deadline: Date.now() + DEFAULT_PARSE_LIMITS.timeoutMs },
): Promise<ParsedMessage> {
  const { mail, text, html, notes } = await parseWithinLimits(raw, limits);
  const headers: Record<string, string> = {};
  for (const [k, v] of mail.headers) headers[k.toLowerCase()] = headerText(v);
  const ownId = normalizeMessageId(mail.messageId);
  const refs = Array.isArray(mail.references) ? mail.references : mail.references ? [mail.references] : [];
  const from = readMailbox('From', rawValues(mail.headerLines, 'from'));
  const replyTo = readMailbox('Reply-To', rawValues(mail.headerLines, 'reply-to'));
  return cleanParsed({
    messageId: ownId ?? synthesizeMessageId(raw),
    messageIdSynthesized: !ownId,
    fromAddress: from.ok ? from.mailbox.address : null,
    fromName: from.ok ? from.mailbox.name : null,
    fromProblem: from.ok ? null : from.problem,
    replyTo: replyTo.ok ? replyTo.mailbox.address : null,
    authResults: rawValues(mail.headerLines, 'authentication-results'),
    subject: (mail.subject ?? '').replace(/\s+/g, ' ').trim(),
    inReplyTo: normalizeMessageId(mail.inReplyTo),
    references: refs.flatMap((r) => r.match(MSGID) ?? []),
    date: mail.date ?? null,
    text: text.replace(/\r\n?/g, '\n'),
    html,
    attachments: mail.attachments.map((a) => ({
      filename: a.filename ?? null,
      contentType: a.contentType,
      size: a.size,
    })),
    headers,
    contentType: (headers['content-type'] ?? 'text/plain').toLowerCase(),
    size: raw.length,
    notes,
  });
}

/** Every string made storable (clean-text.ts) in one place, so no field that a later step writes can
 * carry a NUL or an unpaired surrogate into PostgreSQL. */
function cleanParsed(msg: ParsedMessage): ParsedMessage {
  return {
    ...msg,
    messageId: cleanText(msg.messageId),
    fromAddress: cleanNullable(msg.fromAddress),
    fromName: cleanNullable(msg.fromName),
    fromProblem: cleanNullable(msg.fromProblem),
    replyTo: cleanNullable(msg.replyTo),
    authResults: msg.authResults.map(cleanText),
    subject: cleanText(msg.subject),
    inReplyTo: cleanNullable(msg.inReplyTo),
    references: msg.references.map(cleanText),
    text: cleanText(msg.text),
    html: cleanNullable(msg.html),
    attachments: msg.attachments.map((a) => ({
      ...a,
      filename: cleanNullable(a.filename),
      // mailparser leaves it unset on some malformed parts, whatever its type says
      contentType: typeof a.contentType === 'string' ? cleanText(a.contentType) : a.contentType,
    })),
    headers: Object.fromEntries(Object.entries(msg.headers).map(([k, v]) => [cleanText(k), cleanText(v)])),
    contentType: cleanText(msg.contentType),
    notes: msg.notes.map(cleanText),
  };
}
