// RFC 2047 encoded-words (=?charset?B|Q?text?=) in a display name, decoded (pure). Sender checks read
// the raw header themselves, so they decode the name themselves too: what they judge is what the
// reviewer and the reply greeting see.
const WORD = /=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=/g;
// RFC 2047 §6.2: white space between two adjacent encoded-words is not displayed.
const GAP = /(\?=)\s+(?==\?[^?\s]+\?[bBqQ]\?)/g;

function bytesOf(encoding: string, text: string): Buffer {
  if (encoding.toUpperCase() === 'B') return Buffer.from(text, 'base64');
  const qp = text.replace(/_/g, ' ');
  const out: number[] = [];
  for (let i = 0; i < qp.length; i++) {
    const hex = qp[i] === '=' ? qp.slice(i + 1, i + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else out.push(qp.charCodeAt(i) & 0xff);
  }
  return Buffer.from(out);
}

/** Decodes every encoded-word (one in a charset Node does not know, as Latin-1). Adjacent words in the same
 * charset are decoded together, so a character split between two words survives. */
export function decodeEncodedWords(value: string): string {
  const joined = value.replace(GAP, '$1');
  const pieces: { charset: string; bytes: Buffer }[] = [];
  let out = '';
  let last = 0;
  const flush = () => {
    for (const p of pieces.splice(0)) out += decodeBytes(p.charset, p.bytes);
  };
  for (const m of joined.matchAll(WORD)) {
    const charset = m[1]!.split('*')[0]!.toLowerCase(); // RFC 2231 §5: charset*language
    if (m.index !== last) {
      flush();
      out += joined.slice(last, m.index);
    }
    const prev = pieces.at(-1);
    const bytes = bytesOf(m[2]!, m[3]!);
    if (prev && prev.charset === charset) prev.bytes = Buffer.concat([prev.bytes, bytes]);
    else pieces.push({ charset, bytes });
    last = m.index + m[0].length;
  }
  flush();
  return out + joined.slice(last);
}

function decodeBytes(charset: string, bytes: Buffer): string {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}
