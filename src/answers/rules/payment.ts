// Medicare payment amount: the PFS national amount from the RVUs and the conversion factor, the
// locality's with its GPCIs, non-facility and facility by the place of service, after the payment rules
// the modifiers and the other lines bring. Codes Medicare prices elsewhere (drugs, labs) say where.
import type { AskedCode } from '../../coding/analyze-codes.js';
import { isDrugCode } from '../question/code-families.js';
import { MCPM } from '../sources.js';
import { listing } from '../text.js';
import type { Answer, AnswerFacts, AnswerQuestion, AnswerRule } from '../types.js';
import { money, type Rates } from './payment-amounts.js';
import { amountsAt, paidLines, PRICED, rowFor, settingRates, type PaidLine } from './payment-lines.js';
import { localityLabel, localityOf, titleCase, type Locality } from './payment-locality.js';
import { facilityFee, nonParticipating } from './payment-notes.js';
import { editionNote, elsewhere, PAYMENT_RULE } from './payment-text.js';
import { asksSequestration } from './benefits-claims.js';

// Payment asked in words the kinds may miss ("the Medicare rate", "2026 payment?", "pro fee").
const ASKS_PAYMENT =
  /\b(how\s+much|reimburs\w*|allowable|allowed\s+amount|medicare\s+(?:\d{4}\s+)?allowed|fee\s+(?:schedule|for)|pro(?:fessional)?\s+fee|(?:medicare|the)\s+(?:fee|rate|payment)|pay(?:ment)?\s+rate|what\s+(?:does|will|would|do)\s+[\w\s]{1,40}?\s+pay|pay\s+us|most\s+we\s+can\s+charge|limiting\s+charge|RVUs?|conversion\s+factor|GPCIs?|non-?facility|national\s+(?:rate|amount|allowable))\b|\bpayment\s*\?/i;

const OFFICE_WORDS = /\b(office|non-?facility|in[\s-]office|POS\s*11)\b/i;
const FACILITY_WORDS =
  /\b(hospital|HOPD|ASC|inpatient|SNF|(?<!non-)facility\s+(?:rate|setting)|in\s+(?:a|the)\s+facility|(?<!non-)facility\s+(?:vs\.?|versus|or|and)|(?:vs\.?|versus)\s+(?:a\s+|the\s+)?facility)\b/i;

// The RVUs themselves asked ("work, PE and MP RVUs", "RVU breakdown"): each component is stated.
const ASKS_COMPONENTS =
  /\b(?:work|PE|practice\s+expense|MP|malpractice)\b[^.?]{0,40}\bRVUs?\b|\bRVUs?\b[^.?]{0,30}\b(?:breakdown|components?|work|PE|MP)\b/i;

const rvuNumber = (n: number | null): string => (n === null ? 'n/a' : n.toFixed(2));

/** "99213 RVUs (PFS RVU 2026 C): work 1.30, practice expense 1.46 non-facility and 0.33 facility, ..." */
function components(l: PaidLine): string {
  const r = l.rvu;
  return ` ${billed(l)} RVUs (${r.edition}): work ${rvuNumber(r.workRvu)}, practice expense ${rvuNumber(r.nonFacilityPeRvu)} non-facility and ${rvuNumber(r.facilityPeRvu)} facility, malpractice ${rvuNumber(r.mpRvu)}; totals ${rvuNumber(r.nonFacilityTotal)} non-facility and ${rvuNumber(r.facilityTotal)} facility.`;
}

type Place = AnswerQuestion['cues']['place'];

function rates(r: Rates, place: Place, rvus?: Rates): string {
  const s = settingRates(r, place);
  const nf = rvus?.nonFacility ? ` (${rvus.nonFacility} RVUs)` : '';
  const fa = rvus?.facility ? ` (${rvus.facility} RVUs)` : '';
  if (s.nonFacility !== null && s.facility !== null)
    return `${money(s.nonFacility)} non-facility${nf} and ${money(s.facility)} facility${fa}`;
  if (s.nonFacility !== null) return `${money(s.nonFacility)} at the non-facility rate${nf}`;
  return s.facility !== null
    ? `${money(s.facility)} at the facility rate${fa}`
    : 'no amount for that setting';
}

/** The setting to price: both when the question names both rates, the facility rate for major surgery. */
function placeOf(q: AnswerQuestion, l: PaidLine): Place {
  const both =
    (/\bnon-?facility\b/i.test(q.text) &&
      /(^|[^-\w])facility\b/i.test(q.text.replace(/non-?facility/gi, ''))) ||
    (OFFICE_WORDS.test(q.text) && FACILITY_WORDS.test(q.text));
  if (both) return null;
  return q.cues.place ?? (l.rvu.globalDays === '090' ? 'facility' : null);
}

const billed = (l: PaidLine) => `${l.code}${l.modifiers.map((m) => `-${m}`).join('')}`;

function lineText(l: PaidLine, loc: Locality | null, q: AnswerQuestion): { text: string; settled: boolean } {
  if (l.bundledInto) return bundledText(l, q);
  const place = placeOf(q, l);
  const why = l.adjustments.length ? `: ${l.adjustments.map((a) => a.reason).join('; ')}` : '';
  const totals = l.adjustments.length
    ? undefined
    : { nonFacility: l.rvu.nonFacilityTotal, facility: l.rvu.facilityTotal };
  const national = `${rates(amountsAt(l, null), place, totals)} nationally`;
  const who = q.cues.payer?.kind === 'medicare-advantage' ? 'Original Medicare' : 'Medicare';
  if (loc?.kind === 'one')
    // The national figure in a sentence of its own: it must never read as the locality's.
    return {
      text: `${who} pays ${billed(l)} ${rates(amountsAt(l, loc.gpci), place)} in ${localityLabel(loc.gpci)}${why}. The national amount is ${rates(amountsAt(l, null), place, totals)}.`,
      settled: true,
    };
  if (loc?.kind === 'several') {
    const by = place === 'facility' ? 'facility' : 'nonFacility';
    const all = loc.rows.map((g) => ({ g, at: amountsAt(l, g)[by] ?? 0 })).sort((a, b) => a.at - b.at);
    const span = `${money(all[0]!.at)} (${localityLabel(all[0]!.g)}) to ${money(all[all.length - 1]!.at)} (${localityLabel(all[all.length - 1]!.g)})`;
    return {
      text: `${who} pays ${billed(l)} ${national}${why}. In ${loc.named} the ${by === 'facility' ? 'facility' : 'non-facility'} amount runs from ${span} across ${loc.rows.length} localities (${listing(loc.rows.map((g) => titleCase(g.name)))}): tell us the city or county for the exact figure.`,
      settled: false,
    };
  }
  const unknown = loc?.kind === 'unknown';
  return {
    text: `${who} pays ${billed(l)} ${national}${why}${unknown ? `; the ${loc.named} amount needs that locality's GPCIs, which we do not hold: multiply the work, PE and MP RVUs by its work, PE and MP GPCIs, add them and multiply by the conversion factor` : ''}.`,
    settled: !unknown,
  };
}

/** A line an NCCI PTP edit bundles into another asked code: not paid, unless a modifier bypasses it. */
function bundledText(l: PaidLine, q: AnswerQuestion): { text: string; settled: boolean } {
  const why = l.adjustments.length ? ` (${l.adjustments.map((a) => a.reason).join('; ')})` : '';
  return {
    text: `Medicare pays nothing for ${billed(l)} beside ${l.bundledInto}: an NCCI PTP edit bundles it; only if the record supports an NCCI-associated modifier that bypasses the edit would it be paid, ${rates(amountsAt(l, null), placeOf(q, l))} nationally${why}.`,
    settled: true,
  };
}

/** "Together: $196.83 at the non-facility rate nationally." for two or more lines. */
function total(all: PaidLine[], loc: Locality | null, q: AnswerQuestion): string {
  const lines = all.filter((l) => !l.separate && !l.bundledInto);
  if (lines.length < 2) return '';
  const g = loc?.kind === 'one' ? loc.gpci : null;
  const sum = (k: keyof Rates) =>
    lines.every((l) => amountsAt(l, g)[k] !== null)
      ? lines.reduce((a, l) => a + amountsAt(l, g)[k]!, 0)
      : null;
  const place = placeOf(q, lines[0]!);
  return `Together: ${rates({ nonFacility: sum('nonFacility'), facility: sum('facility') }, place)}${g ? ` in ${localityLabel(g)}` : ' nationally'}.`;
}

function askCode(): Answer {
  return {
    kind: 'payment',
    codes: [],
    conclusion:
      'Tell us the CPT or HCPCS code (with any modifier) and the place of service: the Medicare amount is its RVUs times the conversion factor, adjusted by the locality.',
    rule: PAYMENT_RULE,
    source: 'CMS PFS Relative Value File',
    settled: false,
    needs: 'the CPT or HCPCS code and the place of service',
  };
}

export const paymentRule: AnswerRule = {
  kind: 'payment',
  name: 'Medicare payment amount',
  answer(q: AnswerQuestion, f: AnswerFacts): Answer[] {
    if (!q.kinds.includes('payment') && !ASKS_PAYMENT.test(q.text)) return [];
    const procs = q.codes.filter((c) => c.system === 'cpt' || c.system === 'hcpcs');
    if (!procs.length) return asksSequestration(q.text) ? [] : [askCode()];
    const isPriced = (a: AskedCode) => PRICED.has(rowFor(a, f.rvu)?.statusCode ?? '') && !isDrugCode(a.code);
    const other = procs.filter((a) => !isPriced(a)).map((a) => elsewhere(a, q, f));
    const lines = paidLines(q, f, procs.filter(isPriced));
    if (!lines.length) return other;
    const loc = localityOf(q.text, f.gpci ?? []);
    const texts = lines.map((l) => {
      const t = lineText(l, loc, q);
      return ASKS_COMPONENTS.test(q.text) && !l.bundledInto ? { ...t, text: `${t.text}${components(l)}` } : t;
    });
    const rvu = lines[0]!.rvu;
    const gpci = loc?.kind === 'one' ? loc.gpci : loc?.kind === 'several' ? loc.rows[0]! : null;
    const g = loc?.kind === 'one' ? loc.gpci : null;
    const first = settingRates(amountsAt(lines[0]!, g), placeOf(q, lines[0]!));
    const close = [
      total(lines, loc, q),
      nonParticipating(q, first.nonFacility ?? first.facility),
      facilityFee(q),
      editionNote(q, f, rvu, gpci),
    ]
      .filter(Boolean)
      .join(' ');
    const sections = [...new Set(lines.flatMap((l) => l.adjustments.flatMap((a) => a.section ?? [])))].sort();
    return [
      ...texts.map((t, i): Answer => ({
        kind: 'payment',
        codes: [lines[i]!.code],
        conclusion: i === texts.length - 1 ? `${t.text} ${close}` : t.text,
        rule: PAYMENT_RULE,
        source: [
          `CMS PFS RVU file ${rvu.edition} (RVUs, conversion factor, indicators)`,
          gpci ? `CMS ${gpci.edition}` : null,
          sections.length ? `${MCPM} ch. 12 ${listing(sections)}` : null,
        ]
          .filter(Boolean)
          .join('; '),
        settled: t.settled,
        ...(t.settled ? {} : { needs: 'the locality (city or county) of the place of service' }),
      })),
      ...other,
    ];
  },
};
