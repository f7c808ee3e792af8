// Every string of a parsed message made storable (clean-text.ts), in one place, so no field that a
// later step writes can carry a NUL or an unpaired surrogate into PostgreSQL.
import type { ParsedMessage } from './parse.js';
import { cleanNullable, cleanText } from './clean-text.js';

export function cleanParsed(msg: ParsedMessage): ParsedMessage {
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
