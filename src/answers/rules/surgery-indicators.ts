// What the PFS surgery indicators mean for reporting, in our words (PFS Relative Value File record
// layout: BILAT SURG, ASST SURG, CO SURG, TEAM SURG; Medicare Claims Processing Manual ch. 12).

export const BILATERAL: Record<string, string> = {
  '0': 'bilateral indicator 0: the 150% bilateral rule does not apply; if it was done on both sides, Medicare pays no more than one side (do not use 50)',
  '1': 'bilateral indicator 1: when done on both sides, report one line with modifier 50 and 1 unit; Medicare pays 150% of one side',
  '2': 'bilateral indicator 2: the code already describes both sides (or is priced as such); report it once without 50, RT or LT for a bilateral service',
  '3': 'bilateral indicator 3: each side is paid at 100%; report each side (RT and LT, or 2 units, as the contractor asks), not the 150% rule',
  '9': 'bilateral indicator 9: the bilateral concept does not apply to this code',
};

export const ASSISTANT: Record<string, string> = {
  '0': 'assistant-at-surgery indicator 0: an assistant is paid only when documentation shows it was medically necessary',
  '1': 'assistant-at-surgery indicator 1: Medicare does not pay an assistant at surgery for this code (80, 81, 82 or AS)',
  '2': 'assistant-at-surgery indicator 2: an assistant at surgery may be paid (80 or 82 for a physician, AS for a PA, NP or CNS)',
  '9': 'assistant-at-surgery indicator 9: the concept does not apply',
};

export const CO_SURGEON: Record<string, string> = {
  '0': 'co-surgeon indicator 0: co-surgeons are not permitted for this code (modifier 62 is not paid)',
  '1': 'co-surgeon indicator 1: co-surgeons may be paid with documentation showing two surgeons were needed (modifier 62 on each surgeon’s claim)',
  '2': 'co-surgeon indicator 2: co-surgeons are permitted (modifier 62 on each surgeon’s claim, each paid 62.5%)',
  '9': 'co-surgeon indicator 9: the concept does not apply',
};

export const TEAM: Record<string, string> = {
  '0': 'team surgery indicator 0: team surgeons are not permitted (modifier 66 is not paid)',
  '1': 'team surgery indicator 1: team surgery may be paid with documentation, priced by the contractor (modifier 66)',
  '2': 'team surgery indicator 2: team surgeons are permitted, priced by the contractor (modifier 66)',
  '9': 'team surgery indicator 9: the concept does not apply',
};
