// Endoscopies in one session (PFS multiple procedure indicator 3; the PFS Relative Value File indicator
// definitions and Medicare Claims Processing Manual ch. 12 §40.6.2), in our words: endoscopies sharing an
// endoscopic base code (the file's ENDO BASE) are one family. The highest-valued one is paid in full and
// each other one only for what it adds to the base, its value minus the base's; the base itself is not
// paid beside a member of its family. A family is priced first and then ranked, as one procedure, with
// the session's other families and surgeries by the standard rule (highest 100%, the others 50%).
import type { CodeFinding } from '../../coding/types.js';
import type { RvuFact } from '../../coding/lookup.types.js';
import { listing } from '../text.js';

const GENERIC = (codes: string[]) =>
  `${listing(codes)} follow the endoscopy family rule (indicator 3): the highest-valued endoscopy of a family is paid in full, and each other one only for what it adds to the family's base endoscopy (its value minus the base code's), not at 50%; endoscopies of different families are then ranked as separate surgeries. The PFS file we hold names no base code for them, so the amounts cannot be worked out here.`;

const fixed = (n: number) => n.toFixed(2);

/** The indicator 3 sentence for the session's endoscopies, with each family's base and amounts. */
export function endoscopyFamilies(
  endoscopies: readonly CodeFinding[],
  bases: readonly RvuFact[],
  facility: boolean,
  othersRanked: number,
): string {
  const total = (r: RvuFact | null | undefined) =>
    (facility ? r?.facilityTotal : r?.nonFacilityTotal) ?? r?.facilityTotal ?? 0;
  // A base code asked beside its family (31622 with 31628) has no base of its own: it heads its family.
  const baseOf = (c: CodeFinding) =>
    c.rvu?.endoBase ?? (endoscopies.some((e) => e.rvu?.endoBase === c.code) ? c.code : null);
  if (endoscopies.some((c) => !baseOf(c))) return GENERIC(endoscopies.map((c) => c.code));
  const rate = facility ? 'facility' : 'non-facility';
  const families = new Map<string, CodeFinding[]>();
  for (const c of endoscopies) families.set(baseOf(c)!, [...(families.get(baseOf(c)!) ?? []), c]);
  const baseRow = (base: string, members: CodeFinding[]) =>
    bases.find((b) => b.code === base && !b.modifier) ?? members.find((c) => c.code === base)?.rvu ?? null;
  const sentences = [...families].map(([base, members]) => {
    const ranked = [...members].sort((a, b) => total(b.rvu) - total(a.rvu));
    if (ranked.length === 1)
      return `${ranked[0]!.code} is the only endoscopy of its family (base ${base}): it is paid as one procedure.`;
    const [first, ...rest] = ranked;
    const baseValue = total(baseRow(base, members));
    const parts = rest.map((c) =>
      c.code === base
        ? `${base}, the family's base, is not paid beside ${first!.code} (its value is inside ${first!.code}'s)`
        : `${c.code} only for its value minus ${base}'s (${fixed(total(c.rvu))} - ${fixed(baseValue)} = ${fixed(Math.max(total(c.rvu) - baseValue, 0))} ${rate} RVUs), not at 50%`,
    );
    return `${listing(members.map((c) => c.code))} are one endoscopy family, endoscopic base ${base} (multiple procedure indicator 3): ${first!.code} has the highest ${rate} value (${fixed(total(first!.rvu))} RVUs) and is paid in full; ${listing(parts)}.`;
  });
  const apart =
    families.size > 1
      ? ` Endoscopies of different families (bases ${listing([...families.keys()])}) are not reduced by each other's base: each family is priced on its own, then the families${othersRanked ? ' and the other surgeries' : ''} are ranked as separate procedures, the highest-valued in full and each other at 50%.`
      : othersRanked
        ? ' The family is priced first and then ranked with the other surgeries as one procedure: the highest-valued in full and each other at 50%.'
        : '';
  return `${sentences.join(' ')}${apart}`;
}
