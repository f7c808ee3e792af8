// mailparser within the limits of issue 15. The source is fed in 64 KiB chunks with a turn of the event
// loop between them, so a large message neither holds up the other jobs of the process nor outlives
// its deadline; HTML reaches mailparser's html-to-text only when it is shallow and short enough for
// that synchronous converter (see html-text.ts), and is otherwise read by a linear scan, with a note.
import { Readable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { simpleParser, type ParsedMail, type SimpleParserOptions } from 'mailparser';
import { truncateText } from './clean-text.js';
import { htmlNestingDepth, htmlToPlainText } from './html-text.js';

export interface ParseLimits {
  /** Epoch milliseconds by which parsing must be done. */
  deadline: number;
  /** The configured limit, named when parsing times out: by then the deadline leaves less, even 0 ms. */
  timeoutMs?: number;
  /** The text kept for a question; past it the text is cut, with a note. */
  maxQuestionChars: number;
  /** Deeper HTML is read without html-to-text and not kept for display, with a note. */
  maxHtmlDepth: number;
}

export const DEFAULT_PARSE_LIMITS = { maxQuestionChars: 50_000, maxHtmlDepth: 100, timeoutMs: 20_000 };

export function parseLimits(
  limits: { maxQuestionChars: number; maxHtmlDepth: number; parseTimeoutMs: number },
  now = Date.now(),
): ParseLimits {
  return { ...limits, deadline: now + limits.parseTimeoutMs, timeoutMs: limits.parseTimeoutMs };
}

/** html-to-text runs in one synchronous call: 250 K characters nested 64 deep took 0.2 s, a megabyte
 * 0.4-0.8 s, time in which no other job of the process moves. Longer HTML is read by the linear scan. */
const HTML_TO_TEXT_MAX_CHARS = 256 * 1024;
const CHUNK_BYTES = 64 * 1024;

export class ParseTimeout extends Error {
  constructor(readonly limitMs: number) {
    super(`parsing took longer than ${limitMs} ms`);
  }
}

const BASE_OPTIONS: SimpleParserOptions = { skipTextToHtml: true, skipTextLinks: true, skipImageLinks: true };

export interface BoundedMail {
  mail: ParsedMail;
  text: string;
  html: string | null;
  notes: string[];
}

export async function parseWithinLimits(raw: Buffer, limits: ParseLimits): Promise<BoundedMail> {
  const mail = await parseBefore(raw, { ...BASE_OPTIONS, skipHtmlToText: true }, limits);
  const notes: string[] = [];
  let text = mail.text ?? '';
  let html = typeof mail.html === 'string' ? mail.html : null;
  if (html !== null) {
    const depth = htmlNestingDepth(html, limits.maxHtmlDepth + 1);
    const tooDeep = depth > limits.maxHtmlDepth;
    const deepNote = `nested more than ${limits.maxHtmlDepth} levels deep`;
    if (!text.trim()) {
      if (!tooDeep && html.length <= HTML_TO_TEXT_MAX_CHARS) {
        // A second pass, the only way to reach mailparser's own html-to-text (not a dependency here).
        text = (await parseBefore(raw, BASE_OPTIONS, limits)).text ?? '';
      } else {
        text = htmlToPlainText(html);
        const why = tooDeep ? deepNote : `${html.length} characters, over ${HTML_TO_TEXT_MAX_CHARS}`;
        notes.push(`HTML part read as plain text without its layout (${why})`);
      }
    }
    if (tooDeep) {
      html = null;
      notes.push(`HTML part not kept for display (${deepNote}); the raw source is kept`);
    }
  }
  if (text.length > limits.maxQuestionChars) {
    notes.push(
      `question truncated: only the first ${limits.maxQuestionChars} of ${text.length} characters were read`,
    );
    text = truncateText(text, limits.maxQuestionChars);
  }
  return { mail, text, html, notes };
}

/** One mailparser run that gives up at `deadline` (between chunks, or while mailparser finishes). */
async function parseBefore(
  raw: Buffer,
  options: SimpleParserOptions,
  { deadline, timeoutMs }: ParseLimits,
): Promise<ParsedMail> {
  const waitMs = Math.max(0, deadline - Date.now());
  const limitMs = timeoutMs ?? waitMs;
  // One chunk or less (nearly every question) goes in whole: a stream would only add its overhead.
  const input =
    raw.length <= CHUNK_BYTES ? null : Readable.from(chunks(raw, deadline, limitMs), { objectMode: false });
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const err = new ParseTimeout(limitMs);
      input?.destroy(err);
      reject(err);
    }, waitMs);
  });
  const parsing = simpleParser(input ?? raw, options);
  parsing.catch(() => undefined); // after a timeout it fails too, with nobody left to listen
  try {
    return await Promise.race([parsing, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

async function* chunks(raw: Buffer, deadline: number, limitMs: number): AsyncGenerator<Buffer> {
  for (let at = 0; at < raw.length; at += CHUNK_BYTES) {
    if (Date.now() > deadline) throw new ParseTimeout(limitMs);
    yield raw.subarray(at, at + CHUNK_BYTES);
    // Timers and I/O run between chunks: other jobs, lock renewals and health checks keep going.
    await nextTurn();
  }
}
