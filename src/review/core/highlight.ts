// Splits the question text into plain and highlighted pieces, one per mention span. Pure: the view
// escapes each piece, so a mention can never smuggle markup into the page.
export interface Span {
  start: number;
  end: number;
  label: string;
}

export interface Segment {
  text: string;
  mark: string | null;
}

export function segmentText(text: string, spans: readonly Span[]): Segment[] {
  const valid = spans
    .filter(
      (s) =>
        Number.isInteger(s.start) &&
        Number.isInteger(s.end) &&
        s.start >= 0 &&
        s.end <= text.length &&
        s.start < s.end,
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let at = 0;
  for (const s of valid) {
    // Overlapping spans (a range and its members) keep the first, widest one.
    if (s.start < at) continue;
    if (s.start > at) out.push({ text: text.slice(at, s.start), mark: null });
    out.push({ text: text.slice(s.start, s.end), mark: s.label });
    at = s.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: null });
  return out;
}
