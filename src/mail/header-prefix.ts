// The header block at the start of a source, read from a bounded prefix: for a message over the size
// limit, which is stored in parts and never parsed, this is all that is read (its Message-ID when it
// is stored, its sender and subject for the quarantine notice).
import { normalizeMessageId } from './parse.js';

/** Headers longer than this are not read (RFC 5322 has no limit; real ones are a few kilobytes). */
export const HEAD_BYTES = 64 * 1024;

/** The header block (up to and including the blank line), or the whole prefix when none ends in it. */
export function headerBlock(start: Buffer): Buffer {
  const head = start.subarray(0, HEAD_BYTES);
  const crlf = head.indexOf('\r\n\r\n');
  if (crlf >= 0) return head.subarray(0, crlf + 4);
  const lf = head.indexOf('\n\n');
  return lf >= 0 ? head.subarray(0, lf + 2) : head;
}

export function messageIdFromHead(start: Buffer): string | null {
  const unfolded = headerBlock(start)
    .toString('utf8')
    .replace(/\r?\n[ \t]+/g, ' ');
  const m = /^message-id[ \t]*:(.*)$/im.exec(unfolded);
  return m ? normalizeMessageId(m[1]) : null;
}
