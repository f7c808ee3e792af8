// Deleted codes coders still ask about, and what replaced them: our own table of code numbers and
// years (from the CMS PFS and HCPCS files' additions and deletions), never descriptor text.

export interface Replacement {
  /** Year the code stopped being valid (deleted as of January 1 unless said otherwise). */
  deleted: number;
  replacedBy: string[];
  note: string;
}

// prettier-ignore
export const REPLACEMENTS: Readonly<Record<string, Replacement>> = {
  '32420': { deleted: 2013, replacedBy: ['32408'], note: 'percutaneous lung needle procedures moved to the core needle biopsy code (32405 from 2013, 32408 from 2019)' },
  '32602': { deleted: 2012, replacedBy: ['32607', '32608', '32609'], note: 'diagnostic thoracoscopy with biopsy is coded by what was biopsied: lung infiltrate, lung nodule or mass, or pleura' },
  '32405': { deleted: 2019, replacedBy: ['32408'], note: 'the percutaneous lung or mediastinal biopsy code now includes imaging guidance' },
  '32421': { deleted: 2013, replacedBy: ['32554', '32555'], note: 'thoracentesis is reported without or with imaging guidance' },
  '32422': { deleted: 2013, replacedBy: ['32556', '32557'], note: 'pleural drainage with an indwelling catheter is reported without or with imaging guidance' },
  '49080': { deleted: 2013, replacedBy: ['49082', '49083'], note: 'paracentesis is reported without or with imaging guidance' },
  '49081': { deleted: 2013, replacedBy: ['49082', '49083'], note: 'paracentesis is reported without or with imaging guidance' },
  '62310': { deleted: 2017, replacedBy: ['62320', '62321'], note: 'cervical or thoracic interlaminar epidural injections are reported without or with imaging guidance' },
  '62311': { deleted: 2017, replacedBy: ['62322', '62323'], note: 'lumbar or sacral interlaminar epidural injections are reported without or with imaging guidance' },
  '62318': { deleted: 2017, replacedBy: ['62324', '62325'], note: 'cervical or thoracic epidural catheter infusions are reported without or with imaging guidance' },
  '62319': { deleted: 2017, replacedBy: ['62326', '62327'], note: 'lumbar or sacral epidural catheter infusions are reported without or with imaging guidance' },
  '99201': { deleted: 2021, replacedBy: ['99202'], note: 'the lowest new patient office visit level was removed; office visits are chosen by medical decision making or total time' },
  '99217': { deleted: 2023, replacedBy: ['99238', '99239'], note: 'observation discharge merged into the hospital discharge codes' },
  '99218': { deleted: 2023, replacedBy: ['99221', '99222', '99223'], note: 'observation care merged into the hospital inpatient or observation care codes' },
  '99219': { deleted: 2023, replacedBy: ['99221', '99222', '99223'], note: 'observation care merged into the hospital inpatient or observation care codes' },
  '99220': { deleted: 2023, replacedBy: ['99221', '99222', '99223'], note: 'observation care merged into the hospital inpatient or observation care codes' },
  '99224': { deleted: 2023, replacedBy: ['99231', '99232', '99233'], note: 'subsequent observation care merged into the subsequent hospital care codes' },
  '99225': { deleted: 2023, replacedBy: ['99231', '99232', '99233'], note: 'subsequent observation care merged into the subsequent hospital care codes' },
  '99226': { deleted: 2023, replacedBy: ['99231', '99232', '99233'], note: 'subsequent observation care merged into the subsequent hospital care codes' },
  '99241': { deleted: 2023, replacedBy: ['99242'], note: 'the lowest office consultation level was removed (Medicare does not pay consultation codes: report the office visit code)' },
  '99251': { deleted: 2023, replacedBy: ['99252'], note: 'the lowest inpatient consultation level was removed (Medicare does not pay consultation codes: report the hospital care code)' },
  '99343': { deleted: 2023, replacedBy: ['99341', '99342', '99344', '99345'], note: 'home visit levels were revised' },
  '99354': { deleted: 2024, replacedBy: ['99417', 'G2212'], note: 'prolonged service with direct contact was removed; Medicare pays G2212 for prolonged office visits' },
  '99355': { deleted: 2024, replacedBy: ['99417', 'G2212'], note: 'prolonged service with direct contact was removed; Medicare pays G2212 for prolonged office visits' },
  '99356': { deleted: 2024, replacedBy: ['99418', 'G0316'], note: 'inpatient prolonged service was replaced; Medicare pays G0316' },
  '99357': { deleted: 2024, replacedBy: ['99418', 'G0316'], note: 'inpatient prolonged service was replaced; Medicare pays G0316' },
  '99441': { deleted: 2025, replacedBy: ['98008', '98009', '98010', '98011', '98012', '98013', '98014', '98015', '98016'], note: 'telephone E/M moved to the telemedicine visit codes 98000-98016 (audio-only visits 98008-98015, brief virtual check-in 98016); Medicare pays only some of them, so check the PFS status of the code chosen' },
  '99442': { deleted: 2025, replacedBy: ['98008', '98009', '98010', '98011', '98012', '98013', '98014', '98015', '98016'], note: 'telephone E/M moved to the telemedicine visit codes 98000-98016 (audio-only visits 98008-98015, brief virtual check-in 98016); Medicare pays only some of them, so check the PFS status of the code chosen' },
  '99443': { deleted: 2025, replacedBy: ['98008', '98009', '98010', '98011', '98012', '98013', '98014', '98015', '98016'], note: 'telephone E/M moved to the telemedicine visit codes 98000-98016 (audio-only visits 98008-98015, brief virtual check-in 98016); Medicare pays only some of them, so check the PFS status of the code chosen' },
  A7043: { deleted: 2015, replacedBy: ['A7048'], note: 'the vacuum drainage bottle and tubing for an implanted pleural or peritoneal catheter is now a kit billed per unit' },
  A7042: { deleted: 2015, replacedBy: [], note: 'no HCPCS code replaced it: the implanted catheter is part of the procedure that places it (such as 32550)' },
  J1020: { deleted: 2024, replacedBy: ['J1010'], note: 'methylprednisolone acetate is billed per 1 mg with J1010 since April 1, 2024' },
  J1030: { deleted: 2024, replacedBy: ['J1010'], note: 'methylprednisolone acetate is billed per 1 mg with J1010 since April 1, 2024' },
  J1040: { deleted: 2024, replacedBy: ['J1010'], note: 'methylprednisolone acetate is billed per 1 mg with J1010 since April 1, 2024' },
  J2920: { deleted: 2024, replacedBy: ['J2919'], note: 'methylprednisolone sodium succinate is billed per 5 mg with J2919 since April 1, 2024' },
  J2930: { deleted: 2024, replacedBy: ['J2919'], note: 'methylprednisolone sodium succinate is billed per 5 mg with J2919 since April 1, 2024' },
  J2505: { deleted: 2022, replacedBy: ['J2506'], note: 'pegfilgrastim is billed per 0.5 mg with J2506' },
  J1070: { deleted: 2015, replacedBy: ['J1071'], note: 'testosterone cypionate is billed per 1 mg with J1071' },
  J1080: { deleted: 2015, replacedBy: ['J1071'], note: 'testosterone cypionate is billed per 1 mg with J1071' },
  G2012: { deleted: 2025, replacedBy: ['98016'], note: 'the brief virtual check-in became a CPT code' },
};

/** What our table says became of a deleted code, or null when it has no entry (the answer says so). */
export function replacementFor(code: string): Replacement | null {
  return REPLACEMENTS[code] ?? null;
}
