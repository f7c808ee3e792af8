// What each of an ICD-10-PCS code's seven characters stands for, by section, and the Medical and
// Surgical root operations and approaches in our own words (CMS ICD-10-PCS definitions; Official
// Guidelines B3.1a root operation, B4 body part, B5 approach, B6 device).

// prettier-ignore
export const SECTIONS: Record<string, string> = {
  '0': 'Medical and Surgical', '1': 'Obstetrics', '2': 'Placement', '3': 'Administration', '4': 'Measurement and Monitoring',
  '5': 'Extracorporeal or Systemic Assistance and Performance', '6': 'Extracorporeal or Systemic Therapies', '7': 'Osteopathic',
  '8': 'Other Procedures', '9': 'Chiropractic', B: 'Imaging', C: 'Nuclear Medicine', D: 'Radiation Therapy',
  F: 'Physical Rehabilitation and Diagnostic Audiology', G: 'Mental Health', H: 'Substance Abuse Treatment', X: 'New Technology',
};

const SURGICAL = ['section', 'body system', 'root operation', 'body part', 'approach', 'device', 'qualifier'];
// prettier-ignore
export const AXES: Record<string, string[]> = {
  '0': SURGICAL, '1': SURGICAL, X: ['section', 'body system', 'root operation', 'body part', 'approach', 'device, substance or technology', 'qualifier'],
  '2': ['section', 'body system', 'root operation', 'body region', 'approach', 'device', 'qualifier'],
  '3': ['section', 'body system', 'root operation', 'body system or region', 'approach', 'substance', 'qualifier'],
  '4': ['section', 'body system', 'root operation', 'body system', 'approach', 'function or device', 'qualifier'],
  '5': ['section', 'body system', 'root operation', 'body system', 'duration', 'function', 'qualifier'],
  '6': ['section', 'body system', 'root operation', 'body system', 'duration', 'qualifier', 'qualifier'],
  B: ['section', 'body system', 'root type', 'body part', 'contrast', 'qualifier', 'qualifier'],
  C: ['section', 'body system', 'root type', 'body part', 'radionuclide', 'qualifier', 'qualifier'],
  D: ['section', 'body system', 'modality', 'treatment site', 'modality qualifier', 'isotope', 'qualifier'],
};

export const axesOf = (code: string): string[] =>
  AXES[code[0]!] ?? [
    'section',
    'body system',
    'root type',
    'body region',
    'approach or type',
    'method or equipment',
    'qualifier',
  ];

// Medical and Surgical root operations: the objective of the procedure, in our own words.
// prettier-ignore
export const ROOT_OPERATIONS: Record<string, [string, string]> = {
  '0': ['Alteration', 'changing a body part for cosmetic reasons only'], '1': ['Bypass', 'rerouting the contents of a tubular body part'],
  '2': ['Change', 'exchanging a device without cutting or puncturing skin or mucosa'], '3': ['Control', 'stopping or trying to stop bleeding after a procedure, or other acute bleeding'],
  '4': ['Creation', 'making a new genital structure'], '5': ['Destruction', 'eradicating all or part of a body part by energy, force or a destructive agent'],
  '6': ['Detachment', 'cutting off all or part of an extremity'], '7': ['Dilation', 'widening the passage of a tubular body part'],
  '8': ['Division', 'cutting into a body part without draining, to separate or transect it'], '9': ['Drainage', 'taking or letting out fluids or gases'],
  B: ['Excision', 'cutting out or off a portion of a body part, without replacement'], C: ['Extirpation', 'taking out solid matter (a clot, stone, foreign body) from a body part'],
  D: ['Extraction', 'pulling or stripping out all or part of a body part by force'], F: ['Fragmentation', 'breaking solid matter in a body part into pieces'],
  G: ['Fusion', 'joining portions of an articular body part so that it cannot move'], H: ['Insertion', 'putting in a nonbiological device that does not take the place of a body part'],
  J: ['Inspection', 'visually or manually exploring a body part'], K: ['Map', 'locating the route of electrical impulses or functional areas'],
  L: ['Occlusion', 'completely closing a tubular body part or its orifice'], M: ['Reattachment', 'putting back a detached body part in its normal place'],
  N: ['Release', 'freeing a body part from an abnormal constraint'], P: ['Removal', 'taking out a device from a body part'],
  Q: ['Repair', 'restoring a body part to its normal structure and function, when no other root operation applies'], R: ['Replacement', 'putting in a device that takes the place of all or part of a body part'],
  S: ['Reposition', 'moving a body part to its normal or another suitable location'], T: ['Resection', 'cutting out or off all of a body part, without replacement'],
  U: ['Supplement', 'putting in a device that reinforces or augments a body part'], V: ['Restriction', 'partially closing a tubular body part or its orifice'],
  W: ['Revision', 'correcting a malfunctioning or displaced device'], X: ['Transfer', 'moving a body part to take over the function of another, keeping its blood and nerve supply'],
  Y: ['Transplantation', 'putting in living tissue from another person or animal to take the place of a body part'],
};

// prettier-ignore
export const APPROACHES: Record<string, string> = {
  '0': 'open', '3': 'percutaneous', '4': 'percutaneous endoscopic', '7': 'via natural or artificial opening',
  '8': 'via natural or artificial opening endoscopic', F: 'via natural or artificial opening with percutaneous endoscopic assistance', X: 'external',
};

/** Section 0 and 1 character meanings the code itself fixes (Z device, Z or X qualifier). */
export function characterMeaning(code: string, position: number): string | null {
  const c = code[position]!;
  if (position === 0) return SECTIONS[c] ?? null;
  if (!['0', '1', 'X'].includes(code[0]!)) return null;
  if (position === 2 && code[0] === '0') return ROOT_OPERATIONS[c]?.[0] ?? null;
  if (position === 4) return APPROACHES[c] ?? null;
  if (position === 5 && c === 'Z') return 'no device';
  if (position === 6) return c === 'Z' ? 'no qualifier' : c === 'X' ? 'diagnostic' : null;
  return null;
}
