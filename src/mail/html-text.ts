// Linear scans of an HTML part, for mail whose HTML is too deep or too long to hand to mailparser's
// html-to-text: that converter recurses once per level (a few thousand levels overflow the stack) and
// indents or quotes every line once per enclosing list or blockquote, so nested blockquotes make its
// output, and its time, grow with the square of the depth (1,000 levels of 40 KB took 1.4 s and gave
// 2 MB of text). Both functions here walk the string once with indexOf, whatever the nesting.

// Elements that never hold content, and those whose end tag may be left out (HTML "optional tags"):
// neither makes the tree deeper, so neither is counted.
const NOT_NESTING = new Set(
  (
    'area base br col embed hr img input link meta param source track wbr ' +
    'p li dt dd tr td th option optgroup thead tbody tfoot colgroup rt rp'
  ).split(' '),
);
const BLOCK = new Set(
  (
    'address article aside blockquote br dd div dl dt fieldset figcaption figure footer form h1 h2 h3 ' +
    'h4 h5 h6 header hr li main nav ol p pre section table tr ul'
  ).split(' '),
);
const SKIPPED = new Set(['script', 'style', 'head', 'title']);
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  copy: '©',
  reg: '®',
  trade: '™',
  bull: '•',
};

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  /** Index just past the tag's '>' (or the end of the input). */
  end: number;
}

/** Reads the tag that starts at `at` (html[at] === '<'); null when it is not a tag (a bare '<'). */
function readTag(html: string, at: number): Tag | null {
  const m = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/.exec(html.slice(at, at + 64));
  if (!m) return null;
  const close = html.indexOf('>', at);
  const end = close < 0 ? html.length : close + 1;
  return {
    name: m[2]!.toLowerCase(),
    closing: m[1] === '/',
    selfClosing: html[end - 2] === '/',
    end,
  };
}

/** Index just past a comment or doctype starting at `at`, or null when none starts there. */
function skipMarkup(html: string, at: number): number | null {
  if (html.startsWith('<!--', at)) {
    const close = html.indexOf('-->', at + 4);
    return close < 0 ? html.length : close + 3;
  }
  if (html.startsWith('<!', at) || html.startsWith('<?', at)) {
    const close = html.indexOf('>', at);
    return close < 0 ? html.length : close + 1;
  }
  return null;
}

/** How deep the elements nest, counting up to `stopAt` (the scan ends there: deeper is deeper). */
export function htmlNestingDepth(html: string, stopAt = Infinity): number {
  let depth = 0;
  let max = 0;
  for (let i = html.indexOf('<'); i >= 0 && max < stopAt; i = html.indexOf('<', i + 1)) {
    const skipped = skipMarkup(html, i);
    if (skipped !== null) {
      i = skipped - 1;
      continue;
    }
    const tag = readTag(html, i);
    if (!tag) continue;
    i = tag.end - 1;
    if (NOT_NESTING.has(tag.name) || tag.selfClosing) continue;
    if (tag.closing) depth = Math.max(0, depth - 1);
    else max = Math.max(max, ++depth);
  }
  return max;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
  });
}

/** The text of an HTML part without its layout: tags dropped, block elements as line breaks. */
export function htmlToPlainText(html: string): string {
  const out: string[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out.push(html.slice(i));
      break;
    }
    out.push(html.slice(i, lt));
    const skipped = skipMarkup(html, lt);
    const tag = skipped === null ? readTag(html, lt) : null;
    if (skipped !== null) i = skipped;
    else if (!tag) {
      out.push('<');
      i = lt + 1;
    } else if (!tag.closing && !tag.selfClosing && SKIPPED.has(tag.name)) {
      // Searched from here on only: an unclosed one ends the scan, so every byte is read once.
      const closing = new RegExp(`</${tag.name}\\b`, 'gi');
      closing.lastIndex = tag.end;
      const close = closing.exec(html);
      i = close ? (readTag(html, close.index)?.end ?? html.length) : html.length;
    } else {
      if (BLOCK.has(tag.name)) out.push('\n');
      else if (tag.name === 'td' || tag.name === 'th') out.push(' ');
      i = tag.end;
    }
  }
  return decodeEntities(out.join(''))
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ ?\n[ \n]*/g, (m) => (m.split('\n').length > 2 ? '\n\n' : '\n'))
    .trim();
}
