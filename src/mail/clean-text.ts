// Text from mail goes into PostgreSQL, which refuses some of what a sender can put in a message: a
// `text` value cannot hold U+0000, and `jsonb` refuses "\u0000" and unpaired surrogates (which a
// UTF-16 part with an odd byte count decodes to). One such character used to make every write of the
// message fail, so it was never processed. Each is replaced with U+FFFD, the Unicode replacement
// character, so the rest of the message is kept and a reader can see where something was.

const REPLACEMENT = '\uFFFD';
// eslint-disable-next-line no-control-regex -- U+0000 is exactly what has to go
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanText(value: string): string {
  return value.replace(UNSTORABLE, REPLACEMENT);
}

export function cleanNullable(value: string | null): string | null {
  return value === null ? null : cleanText(value);
}

/** The first `max` characters, never ending inside a surrogate pair. */
export function truncateText(value: string, max: number): string {
  if (value.length <= max) return value;
  const end = /[\uD800-\uDBFF]/.test(value[max - 1] ?? '') ? max - 1 : max;
  return value.slice(0, end);
}
