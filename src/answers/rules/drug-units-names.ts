// Drugs coders name in words, and their HCPCS Level II codes: our own table of names and code numbers,
// with the CMS long descriptor of each code (HCPCS Level II file, July 2024 quarterly) so the billing
// unit is read the same way as for a code the look-up returned. A name offers a code only when it matches
// one entry (or one strength of it); otherwise the answer asks for the code.

export interface NamedDrug {
  code: string;
  /** The generic name as the CMS descriptor spells it (checks a named drug against an asked code). */
  generic: string;
  descriptor: string;
  names: RegExp;
  /** Strengths (mg) that pick this code when one name covers several codes (leuprolide depots). */
  strengths?: number[];
}

// prettier-ignore
export const NAMED_DRUGS: readonly NamedDrug[] = [
  { code: 'J3301', generic: 'triamcinolone acetonide', descriptor: 'Injection, triamcinolone acetonide, not otherwise specified, 10 mg', names: /\b(kenalog|triamcinolone(?![^.;]{0,25}\b(extended|ER|microsphere)))\b/i },
  { code: 'J3304', generic: 'triamcinolone acetonide', descriptor: 'Injection, triamcinolone acetonide, preservative-free, extended-release, microsphere formulation, 1 mg', names: /\b(zilretta|triamcinolone[^.;]{0,25}\b(extended|ER|microsphere))\b/i },
  { code: 'J1010', generic: 'methylprednisolone acetate', descriptor: 'Injection, methylprednisolone acetate, 1 mg', names: /\b(depo-?medrol|methylprednisolone(?!\s+sodium))\b/i },
  { code: 'J2919', generic: 'methylprednisolone sodium succinate', descriptor: 'Injection, methylprednisolone sodium succinate, 5 mg', names: /\b(solu-?medrol|methylprednisolone(?!\s+acetate))\b/i },
  { code: 'J1100', generic: 'dexamethasone sodium phosphate', descriptor: 'Injection, dexamethasone sodium phosphate, 1 mg', names: /\b(decadron|dexamethasone(?![^.;]{0,20}\b(implant|insert|intraocular|ophthalmic)))\b/i },
  { code: 'J0702', generic: 'betamethasone', descriptor: 'Injection, betamethasone acetate 3 mg and betamethasone sodium phosphate 3 mg', names: /\b(celestone|betamethasone)\b/i },
  { code: 'J1885', generic: 'ketorolac', descriptor: 'Injection, ketorolac tromethamine, per 15 mg', names: /\b(toradol|ketorolac)\b/i },
  { code: 'J0696', generic: 'ceftriaxone', descriptor: 'Injection, ceftriaxone sodium, per 250 mg', names: /\b(rocephin|ceftriaxone)\b/i },
  { code: 'J2405', generic: 'ondansetron', descriptor: 'Injection, ondansetron hydrochloride, per 1 mg', names: /\b(zofran|ondansetron)\b/i },
  { code: 'J2550', generic: 'promethazine', descriptor: 'Injection, promethazine hcl, up to 50 mg', names: /\b(phenergan|promethazine)\b/i },
  { code: 'J1200', generic: 'diphenhydramine', descriptor: 'Injection, diphenhydramine hcl, up to 50 mg', names: /\b(benadryl|diphenhydramine)\b/i },
  { code: 'J3420', generic: 'cyanocobalamin', descriptor: 'Injection, vitamin b-12 cyanocobalamin, up to 1000 mcg', names: /\b(cyanocobalamin|(?:vitamin\s*)?b-?12)\b/i },
  { code: 'J0585', generic: 'onabotulinumtoxina', descriptor: 'Injection, onabotulinumtoxina, 1 unit', names: /\b(botox|onabotulinum\w*)\b/i },
  { code: 'J0586', generic: 'abobotulinumtoxina', descriptor: 'Injection, abobotulinumtoxina, 5 units', names: /\b(dysport|abobotulinum\w*)\b/i },
  { code: 'J0588', generic: 'incobotulinumtoxin a', descriptor: 'Injection, incobotulinumtoxin a, 1 unit', names: /\b(xeomin|incobotulinum\w*)\b/i },
  { code: 'J0897', generic: 'denosumab', descriptor: 'Injection, denosumab, 1 mg', names: /\b(prolia|xgeva|denosumab)\b/i },
  { code: 'J0178', generic: 'aflibercept', descriptor: 'Injection, aflibercept, 1 mg', names: /\b(eylea(?!\s*HD)|aflibercept(?!\s*HD))\b/i },
  { code: 'J0177', generic: 'aflibercept hd', descriptor: 'Injection, aflibercept hd, 1 mg', names: /\b(eylea|aflibercept)\s*HD\b/i },
  { code: 'J2778', generic: 'ranibizumab', descriptor: 'Injection, ranibizumab, 0.1 mg', names: /\b(lucentis|ranibizumab)\b/i },
  { code: 'J9035', generic: 'bevacizumab', descriptor: 'Injection, bevacizumab, 10 mg', names: /\b(avastin|bevacizumab)\b/i },
  { code: 'J7325', generic: 'synvisc', descriptor: 'Hyaluronan or derivative, synvisc or synvisc-one, for intra-articular injection, 1 mg', names: /\bsynvisc\b/i },
  { code: 'J7323', generic: 'euflexxa', descriptor: 'Hyaluronan or derivative, euflexxa, for intra-articular injection, per dose', names: /\beuflexxa\b/i },
  { code: 'J7324', generic: 'orthovisc', descriptor: 'Hyaluronan or derivative, orthovisc, for intra-articular injection, per dose', names: /\borthovisc\b/i },
  { code: 'J7327', generic: 'monovisc', descriptor: 'Hyaluronan or derivative, monovisc, for intra-articular injection, per dose', names: /\bmonovisc\b/i },
  { code: 'J2315', generic: 'naltrexone', descriptor: 'Injection, naltrexone, depot form, 1 mg', names: /\b(vivitrol|naltrexone)\b/i },
  { code: 'J1071', generic: 'testosterone cypionate', descriptor: 'Injection, testosterone cypionate, 1 mg', names: /\b(depo-?testosterone|testosterone\s+cyp\w*)\b/i },
  { code: 'J3121', generic: 'testosterone enanthate', descriptor: 'Injection, testosterone enanthate, 1 mg', names: /\btestosterone\s+enan\w*\b/i },
  { code: 'J2506', generic: 'pegfilgrastim', descriptor: 'Injection, pegfilgrastim, excludes biosimilar, 0.5 mg', names: /\b(neulasta|pegfilgrastim(?!-))\b/i },
  { code: 'J9271', generic: 'pembrolizumab', descriptor: 'Injection, pembrolizumab, 1 mg', names: /\b(keytruda|pembrolizumab)\b/i },
  { code: 'J9299', generic: 'nivolumab', descriptor: 'Injection, nivolumab, 1 mg', names: /\b(opdivo|nivolumab)\b/i },
  { code: 'J1745', generic: 'infliximab', descriptor: 'Injection, infliximab, excludes biosimilar, 10 mg', names: /\b(remicade|infliximab(?!-))\b/i },
  { code: 'J9312', generic: 'rituximab', descriptor: 'Injection, rituximab, 10 mg', names: /\b(rituxan|rituximab(?!-))\b/i },
  { code: 'J1644', generic: 'heparin sodium', descriptor: 'Injection, heparin sodium, per 1000 units', names: /\bheparin\b/i },
  { code: 'J1650', generic: 'enoxaparin', descriptor: 'Injection, enoxaparin sodium, 10 mg', names: /\b(lovenox|enoxaparin)\b/i },
  { code: 'J1050', generic: 'medroxyprogesterone', descriptor: 'Injection, medroxyprogesterone acetate, 1 mg', names: /\b(depo-?provera|medroxyprogesterone)\b/i },
  { code: 'J9217', generic: 'leuprolide acetate', descriptor: 'Leuprolide acetate (for depot suspension), 7.5 mg', names: /\b(lupron|eligard|leuprolide)\b/i, strengths: [7.5, 22.5, 30, 45] },
  { code: 'J1950', generic: 'leuprolide acetate', descriptor: 'Injection, leuprolide acetate (for depot suspension), per 3.75 mg', names: /\b(lupron|leuprolide)\b/i, strengths: [3.75, 11.25] },
  { code: 'J0561', generic: 'penicillin g benzathine', descriptor: 'Injection, penicillin g benzathine, 100,000 units', names: /\b(bicillin(?:\s+L-?A)?|penicillin\s+g\s+benzathine)\b/i },
  { code: 'J0171', generic: 'epinephrine', descriptor: 'Injection, adrenalin, epinephrine, 0.1 mg', names: /\b(adrenalin|epinephrine)\b/i },
  { code: 'J3010', generic: 'fentanyl', descriptor: 'Injection, fentanyl citrate, 0.1 mg', names: /\bfentanyl\b/i },
  { code: 'J2270', generic: 'morphine', descriptor: 'Injection, morphine sulfate, up to 10 mg', names: /\bmorphine\b/i },
  { code: 'J1170', generic: 'hydromorphone', descriptor: 'Injection, hydromorphone, up to 4 mg', names: /\b(dilaudid|hydromorphone)\b/i },
  { code: 'J2250', generic: 'midazolam', descriptor: 'Injection, midazolam hydrochloride, per 1 mg', names: /\b(versed|midazolam)\b/i },
  { code: 'J1720', generic: 'hydrocortisone sodium succinate', descriptor: 'Injection, hydrocortisone sodium succinate, up to 100 mg', names: /\b(solu-?cortef|hydrocortisone)\b/i },
  { code: 'J2765', generic: 'metoclopramide', descriptor: 'Injection, metoclopramide hcl, up to 10 mg', names: /\b(reglan|metoclopramide)\b/i },
  { code: 'J2060', generic: 'lorazepam', descriptor: 'Injection, lorazepam, 2 mg', names: /\b(ativan|lorazepam)\b/i },
  { code: 'J1756', generic: 'iron sucrose', descriptor: 'Injection, iron sucrose, 1 mg', names: /\b(venofer|iron\s+sucrose)\b/i },
  { code: 'J1439', generic: 'ferric carboxymaltose', descriptor: 'Injection, ferric carboxymaltose, 1 mg', names: /\b(injectafer|ferric\s+carboxymaltose)\b/i },
  { code: 'J3489', generic: 'zoledronic acid', descriptor: 'Injection, zoledronic acid, 1 mg', names: /\b(reclast|zometa|zoledronic\s+acid)\b/i },
  { code: 'J2426', generic: 'paliperidone palmitate', descriptor: 'Injection, paliperidone palmitate extended release (invega sustenna), 1 mg', names: /\binvega\s+sustenna\b/i },
  { code: 'J0401', generic: 'aripiprazole', descriptor: 'Injection, aripiprazole (abilify maintena), 1 mg', names: /\babilify\s+maintena\b/i },
  { code: 'J1631', generic: 'haloperidol decanoate', descriptor: 'Injection, haloperidol decanoate, per 50 mg', names: /\b(haldol|haloperidol)\s+dec\w*\b/i },
];

const byCode = new Map(NAMED_DRUGS.map((d) => [d.code, d]));

/** Our entry for a code, when it has one (the descriptor of a replacement code, for instance). */
export const namedDrug = (code: string): NamedDrug | null => byCode.get(code) ?? null;

/** Drugs the text names in words; a strength stated narrows a name that covers several codes. */
export function drugsNamed(text: string, strengthsMg: readonly number[] = []): NamedDrug[] {
  const named = NAMED_DRUGS.filter((d) => d.names.test(text));
  const byStrength = named.filter((d) => d.strengths?.some((s) => strengthsMg.includes(s)));
  return byStrength.length ? byStrength : named;
}
