// The bottom line's first word on a code read from the asker's description rather than written: which
// code we read it as and that it wants confirming, or, when no match stands out, what is needed.
import type { Findings } from '../coding/types.js';
import type { SuggestionLine } from './reply-model.types.js';
import { listing } from '../answers/text.js';

const MAX_SUGGESTION_CHARS = 180;

// Some CMS descriptors run to 500 characters; a suggestion list needs only enough to recognise the code.
export function shorten(text: string): string {
  if (text.length <= MAX_SUGGESTION_CHARS) return text;
  const cut = text.slice(0, MAX_SUGGESTION_CHARS);
  return `${cut.slice(0, cut.lastIndexOf(' '))} ...`;
}

/** The line for a service asked in words beside the codes named: its closest match, or what is needed. */
export function describedServiceLine(f: Findings, ranked: SuggestionLine[]): string[] {
  const read = f.mentions.filter((m) => m.matchedFrom === 'words' && m.code);
  const matched = read[0];
  const finding = f.codes.find((c) => c.code === matched?.code);
  // A definition question states the descriptor in its own line.
  const described = (code: string) => {
    const descriptor = f.codes.find((c) => c.code === code)?.descriptor;
    return descriptor && !f.questionTypes.includes('definition')
      ? ` (${shorten(descriptor).replace(/\.$/, '')})`
      : '';
  };
  if (matched?.code && !f.serviceInWords)
    return [
      f.questionTypes.includes('definition')
        ? `We found no code in your message; the code in our data closest to your description is ${matched.code}. Please confirm it against the procedure note.`
        : read.length > 1
          ? `We found no code in your message and read your description as ${listing(read.map((m) => `${m.code}${described(m.code!)} for "${m.text}"`))}, and answered with them; please confirm them against the note.`
          : `We found no code in your message and read your description as ${matched.code}${described(matched.code)}, the closest code in our data, and answered with it; please confirm it against the note.`,
    ];
  if (!f.serviceInWords) return [];
  if (matched?.code)
    return [
      `We read "${f.serviceInWords}" as ${matched.code}${finding?.descriptor ? ` (${shorten(finding.descriptor).replace(/\.$/, '')})` : ''}, the closest code in our data for it, and answered with it; please confirm it against the note.`,
    ];
  if (!ranked.length)
    return [
      `You also asked for the code for "${f.serviceInWords}": nothing in our data matches it closely enough to name one. Please send the code you are considering or the procedure note.`,
    ];
  return [
    `For "${f.serviceInWords}" no single code stands out; the candidates are listed below. Please confirm the code against the note and send it with the others if you need them checked together.`,
  ];
}
