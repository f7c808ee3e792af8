// Drug administration described in words ("IV hydration for an hour, then an IV push of ondansetron"):
// when a question naming no code describes two or more of hydration, an IV push and a therapeutic IV
// infusion, each is read as its initial-service code, so the one-initial-service rule
// (src/answers/rules/infusion-hierarchy.ts) answers which is initial and which takes its add-on. A word
// search would find only one of them, or a tie between them. Pure.

export interface AdministrationInWords {
  code: string;
  /** The words it was read from, as written in the question. */
  phrase: string;
}

const SERVICES: readonly (readonly [string, RegExp])[] = [
  [
    '96360',
    /\b(?:IV\s+)?hydration\b|\bIV\s+fluids?(?:\s+bolus)?\b|\b(?:normal\s+saline|saline|NS|LR|lactated\s+ringer'?s?)\s+(?:bolus|infusion)\b|\binfusion\s+of\s+(?:normal\s+)?saline\b/i,
  ],
  ['96374', /\bIV\s*push(?:\s+of\s+[a-z][\w-]*)?|\bIVP\b|\bpush(?:ed)?\s+(?:IV|intravenously)\b/i],
  [
    '96365',
    /\b(?:IV\s+)?infusion\s+of\s+(?!(?:IV\s+)?(?:fluids?|normal\s+saline|saline|NS|LR|lactated|hydration)\b)[a-z][\w-]*|\b(?:abx|antibiotic|drug|medication|iron)\s+infusion\b/i,
  ],
];

/** Each drug administration service the words describe, when they describe two or more; else none. */
export function administrationsInWords(text: string): AdministrationInWords[] {
  const found = SERVICES.flatMap(([code, words]) => {
    const m = words.exec(text);
    return m ? [{ code, phrase: m[0] }] : [];
  });
  return found.length >= 2 ? found : [];
}
