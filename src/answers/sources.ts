// Public sources the rules cite, by chapter and section. The manuals are CMS's and CDC's own; we cite
// them and state their rules in our words (CPT guideline text is the AMA's and is never quoted).

export const NCCI = 'NCCI Policy Manual 2026';
export const MCPM = 'Medicare Claims Processing Manual';
export const ICD_GUIDELINES = 'ICD-10-CM Official Guidelines FY2026';
export const PFS_FILE = 'PFS Relative Value File indicator definitions';

export const SOURCES = {
  ptp: `${NCCI}, ch. I §A and §E`,
  modifiers: `${NCCI}, ch. I §E`,
  emModifiers: `${NCCI}, ch. I §D`,
  package: `${NCCI}, ch. I §C`,
  mutuallyExclusive: `${NCCI}, ch. I §P`,
  misuse: `${NCCI}, ch. I §O`,
  addOn: `${NCCI}, ch. I §R and §W`,
  mue: `${NCCI}, ch. I §V`,
  globalSurgery: `${MCPM} ch. 12 §40.1-40.4`,
  globalModifiers: `${MCPM} ch. 12 §40.2`,
  multipleSurgery: `${MCPM} ch. 12 §40.6`,
  bilateral: `${MCPM} ch. 12 §40.7`,
  coSurgeons: `${MCPM} ch. 12 §40.8`,
  assistant: `${MCPM} ch. 12 §20.4.3`,
  criticalCare: `${MCPM} ch. 12 §30.6.12`,
  preventivePlusProblem: `${MCPM} ch. 12 §30.6.2`,
  emDuringGlobal: `${MCPM} ch. 12 §30.6.6`,
  pctc: `${PFS_FILE} (PC/TC indicator); ${MCPM} ch. 13 §20`,
  abn: `${MCPM} ch. 30 §50`,
  discardedDrugs: `${MCPM} ch. 17 §40`,
  preventiveVisits: `${MCPM} ch. 18 §80 (IPPE) and §140 (AWV)`,
  vaccines: `${MCPM} ch. 18 §10`,
  icdConventions: `${ICD_GUIDELINES}, I.A`,
  icdLocating: `${ICD_GUIDELINES}, I.B.1`,
  icdDetail: `${ICD_GUIDELINES}, I.B.2 and I.A.3`,
  icdSeventh: `${ICD_GUIDELINES}, I.A.5`,
  icdExcludes: `${ICD_GUIDELINES}, I.A.12`,
  icdEtiology: `${ICD_GUIDELINES}, I.A.13`,
} as const;

interface ChapterSections {
  chapter: string;
  /** The chapter's "General Policy Statements" section, and the paragraph on guidance in the code. */
  general: string;
  guidance: string | null;
  em: string;
  /** The chapter's "Medically Unlikely Edits" section (it also states the bilateral and ASC reporting). */
  mue: string | null;
}

// Surgery, radiology, pathology and medicine chapters by the first digit of the CPT code.
const CHAPTERS: Record<string, ChapterSections> = {
  '0': { chapter: 'II', general: 'E', guidance: null, em: 'E', mue: null },
  '1': { chapter: 'III', general: 'L', guidance: 'L.19', em: 'B', mue: 'K' },
  '2': { chapter: 'IV', general: 'I', guidance: 'I.29', em: 'B', mue: 'H' },
  '3': { chapter: 'V', general: 'H', guidance: 'H.17', em: 'B', mue: 'G' },
  '4': { chapter: 'VI', general: 'H', guidance: 'H.29', em: 'B', mue: 'G' },
  '5': { chapter: 'VII', general: 'I', guidance: 'I.15', em: 'B', mue: 'H' },
  '6': { chapter: 'VIII', general: 'I', guidance: 'I.15', em: 'B', mue: 'H' },
  '7': { chapter: 'IX', general: 'H', guidance: 'D', em: 'B', mue: 'G' },
  '8': { chapter: 'X', general: 'N', guidance: null, em: 'B', mue: 'M' },
  '9': { chapter: 'XI', general: 'W', guidance: null, em: 'U', mue: 'V' },
};

/** The policy manual chapter of a CPT code, or null for HCPCS Level II and diagnosis codes. */
export function chapterOf(code: string): ChapterSections | null {
  return /^\d{4}[0-9FTU]$/.test(code) ? (CHAPTERS[code[0]!] ?? null) : null;
}

/** "NCCI Policy Manual 2026, ch. IV §I.29": where guidance included in a procedure is stated. */
export function guidanceSource(code: string): string {
  const ch = chapterOf(code);
  return ch?.guidance ? `${NCCI}, ch. ${ch.chapter} §${ch.guidance}` : SOURCES.package;
}

/** "NCCI Policy Manual 2026, ch. VIII §H": the chapter's MUE section, else chapter I's. */
export function mueSource(code: string): string {
  const ch = chapterOf(code);
  return ch?.mue ? `${NCCI}, ch. ${ch.chapter} §${ch.mue}` : SOURCES.mue;
}

export function emSource(procedure: string | null): string {
  const ch = procedure ? chapterOf(procedure) : null;
  return ch ? `${NCCI}, ch. I §D and ch. ${ch.chapter} §${ch.em}` : SOURCES.emModifiers;
}
