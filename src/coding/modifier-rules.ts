// Modifier rules from the NCCI Policy Manual (ch. I, "Modifiers and Modifier Indicators") and the MUE
// adjudication indicators, in plain words of our own.

/** NCCI-associated modifiers: the only ones that can bypass a PTP edit whose indicator is 1. */
// prettier-ignore
export const NCCI_ASSOCIATED_MODIFIERS: ReadonlySet<string> = new Set([
  'E1', 'E2', 'E3', 'E4', 'F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8', 'F9', 'FA',
  'LC', 'LD', 'LM', 'LT', 'RC', 'RI', 'RT',
  'TA', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9',
  '24', '25', '27', '57', '58', '59', '78', '79', '91', 'XE', 'XS', 'XP', 'XU',
]);

export type ModifierIndicator = '0' | '1' | '9';

const MI_MEANING: Record<ModifierIndicator, string> = {
  '0': 'Modifier indicator 0: no modifier bypasses this edit; the column 2 code is not paid with the column 1 code.',
  '1': 'Modifier indicator 1: an NCCI-associated modifier (such as 59, XE, XS, XP, XU, anatomic modifiers, 25, 57, 78, 79, 91) may bypass the edit when the documentation supports a distinct service.',
  '9': 'Modifier indicator 9: the edit does not apply (it was deleted back to its effective date).',
};

export function modifierIndicatorMeaning(mi: ModifierIndicator): string {
  return MI_MEANING[mi];
}

/** The asker's modifiers that can bypass an edit with this indicator (none for 0 and 9). */
export function bypassingModifiers(mi: ModifierIndicator, asked: readonly string[]): string[] {
  if (mi !== '1') return [];
  return asked.filter((m) => NCCI_ASSOCIATED_MODIFIERS.has(m));
}

const MAI_MEANING: Record<1 | 2 | 3, string> = {
  1: 'MAI 1 (claim line edit): units above the MUE on one line are denied; medically necessary extra units may go on separate lines with an appropriate modifier (such as 76, 77, 91, 59 or anatomic modifiers).',
  2: 'MAI 2 (date of service edit, policy): the limit is absolute for the date of service; units above it are not paid and an appeal will not change that.',
  3: 'MAI 3 (date of service edit, clinical): units above the limit on the date of service are denied, but can be paid on appeal when the records support the medical necessity.',
};

export function maiMeaning(mai: 1 | 2 | 3): string {
  return MAI_MEANING[mai];
}

/** Modifiers that speak to the global package. */
export const GLOBAL_MODIFIERS: ReadonlySet<string> = new Set(['24', '25', '57', '58', '78', '79']);
