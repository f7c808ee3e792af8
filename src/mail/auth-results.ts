// Authentication-Results (RFC 8601), parsed (pure): who wrote the header (its authserv-id) and each
// method's result with its properties. Tolerant: real headers carry comments everywhere, old RFC 5451
// spellings (smtp.mail=) and, from Microsoft 365, no authserv-id at all; what cannot be read is left out.

export interface MethodResult {
  /** Lower-cased method name without its version: spf, dkim, dmarc, arc, ... */
  method: string;
  /** Lower-cased result keyword: pass, fail, softfail, none, neutral, temperror, permerror, ... */
  result: string;
  /** `ptype.property` (lower-cased) -> value, e.g. header.from, header.d, smtp.mailfrom. */
  props: Record<string, string>;
}

export interface AuthResultsHeader {
  /** Lower-cased; null when the header names no server (the first element is already a result). */
  authservId: string | null;
  results: MethodResult[];
}

const PAIR = /([^\s=]+?)\s*=\s*("(?:[^"\\]|\\.)*"|[^\s"]+)/g;

export function parseAuthResults(value: string): AuthResultsHeader {
  const [head = '', ...rest] = splitOutsideQuotes(withoutComments(value), ';').map((s) => s.trim());
  // RFC 8601 §2.2: authserv-id [version]; a first element with '=' is a result, not a server name.
  const named = !head.includes('=');
  const authservId = named ? unquote(head.split(/\s+/)[0] ?? '').toLowerCase() || null : null;
  const results = (named ? rest : [head, ...rest]).flatMap((part) => {
    const pairs = [...part.matchAll(PAIR)].map((m) => [m[1]!.toLowerCase(), unquote(m[2]!)] as const);
    const [first, ...props] = pairs;
    if (!first) return []; // "none": no result (§2.2)
    return [
      {
        method: first[0].split('/')[0]!,
        result: first[1].toLowerCase(),
        props: Object.fromEntries(props.filter(([k]) => k.includes('.'))),
      },
    ];
  });
  return { authservId, results };
}

function unquote(s: string): string {
  return s.startsWith('"') && s.endsWith('"') && s.length > 1 ? s.slice(1, -1).replace(/\\(.)/g, '$1') : s;
}

/** Comments (nested parentheses, RFC 5322 §3.2.2) become a space; quoted strings are kept whole. */
function withoutComments(value: string): string {
  let out = '';
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '\\') {
      if (depth === 0) out += value.slice(i, i + 2);
      i++;
    } else if (quoted) {
      out += c;
      if (c === '"') quoted = false;
    } else if (c === '(') depth++;
    else if (c === ')' && depth > 0) {
      if (--depth === 0) out += ' ';
    } else if (depth === 0) {
      out += c;
      if (c === '"') quoted = true;
    }
  }
  return out;
}

function splitOutsideQuotes(value: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '\\' && quoted) {
      current += value.slice(i, i + 2);
      i++;
      continue;
    }
    if (c === '"') quoted = !quoted;
    if (c === separator && !quoted) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  return [...parts, current];
}
