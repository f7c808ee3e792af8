// Code validity and definition: is the code valid for the date of service, what does it describe (our
// summary for CPT, CMS's or CDC's own title for HCPCS and ICD-10), what replaced a deleted code, and
// what its Medicare PFS status means for billing it.
import type { CodeFinding } from '../../coding/types.js';
import { statusMeaning } from '../../coding/pfs-indicators.js';
import { dateLabel, listing, sentence } from '../text.js';
import type { Answer, AnswerFacts, AnswerQuestion, AnswerRule } from '../types.js';
import { replacementFor } from './replacements.js';

// PFS statuses that change whether Medicare pays the code at all: worth saying whatever was asked.
// E (paid outside the PFS, as drugs and DME are) is not one of them.
const NOT_PAYABLE = new Set(['B', 'I', 'N', 'P']);

// Codes Medicare does not recognise and the code it pays for the same service instead.
const MEDICARE_CODE: Record<string, string> = {
  '99417': 'G2212 (prolonged office visit)',
  '97014': 'G0283 (unattended electrical stimulation)',
  '99418': 'G0316 (prolonged hospital care)',
  '99241': 'the office visit codes 99202-99215',
  '99242': 'the office visit codes 99202-99215',
  '99243': 'the office visit codes 99202-99215',
  '99244': 'the office visit codes 99202-99215',
  '99245': 'the office visit codes 99202-99215',
  '99251': 'the hospital care codes 99221-99233',
  '99252': 'the hospital care codes 99221-99233',
  '99253': 'the hospital care codes 99221-99233',
  '99254': 'the hospital care codes 99221-99233',
  '99255': 'the hospital care codes 99221-99233',
};

const OWNER: Record<CodeFinding['system'], string> = {
  cpt: 'CMS',
  hcpcs: 'CMS',
  icd10cm: 'CDC',
  icd10pcs: 'CMS',
  unknown: 'CMS',
};

const codeSetSource = (c: CodeFinding): string =>
  c.edition ? `${OWNER[c.system]} ${c.edition}` : 'CMS and CDC code sets';

function deleted(c: CodeFinding, when: string): Answer {
  const r = replacementFor(c.code);
  const by = r?.replacedBy.length
    ? ` It was replaced by ${listing(r.replacedBy, 'or')}: ${r.note}.`
    : r
      ? ` It was not replaced: ${r.note}.`
      : ' We hold no record of what replaced it: please send the procedure note (or the code your software suggests) so the current code can be chosen.';
  return {
    kind: 'definition',
    codes: [c.code],
    conclusion: `${c.code} was deleted${c.deletedOn ? ` on ${c.deletedOn}` : ''} and cannot be reported for ${when}.${by}`,
    rule: 'Only codes valid on the date of service can be reported; a deleted code is replaced by the codes the code set names for it.',
    source: codeSetSource(c),
    settled: r !== null,
    needs: r ? undefined : 'the procedure note, to choose the current code',
    warning: true,
  };
}

function unknown(c: CodeFinding, when: string): Answer {
  return {
    kind: 'definition',
    codes: [c.code],
    conclusion: `${c.code} is not a code in the CMS or CDC code sets we hold for ${when}: please check the number.`,
    rule: 'A claim line needs a code valid in its code set on the date of service.',
    source: 'CMS HCPCS and PFS files, CDC ICD-10-CM and CMS ICD-10-PCS code files',
    settled: false,
    needs: 'the correct code, or the procedure note',
    warning: true,
  };
}

function described(c: CodeFinding): string {
  if (c.descriptor) return ` ${c.code}: ${sentence(c.descriptor)}`;
  return c.system === 'cpt'
    ? ` Its descriptor is AMA CPT text, which we do not reproduce: check it in the CPT codebook.`
    : '';
}

function valid(c: CodeFinding, when: string): Answer {
  const status = c.rvu?.statusCode ?? null;
  const meaning = status ? statusMeaning(status) : null;
  // Status A (paid) is the expected case: said only when it is not.
  const pfs = meaning && status !== 'A' ? ` Medicare PFS status ${status}: ${meaning}.` : '';
  return {
    kind: 'definition',
    codes: [c.code],
    conclusion: `${c.code} is valid for ${when}.${described(c)}${pfs}`,
    rule: 'A code is reportable on dates it is valid in its code set; the PFS status says whether Medicare pays it.',
    source: codeSetSource(c),
    settled: true,
  };
}

function notPayable(c: CodeFinding, q: AnswerQuestion): Answer {
  const status = c.rvu!.statusCode;
  const plan = q.cues.payer && q.cues.payer.kind !== 'medicare' ? q.cues.payer.name : null;
  return {
    kind: 'definition',
    codes: [c.code],
    conclusion: `Medicare does not pay ${c.code} under the PFS: its status is ${status} (${statusMeaning(status)}).${MEDICARE_CODE[c.code] ? ` For Medicare report ${MEDICARE_CODE[c.code]} instead.` : ''}${plan ? ` ${plan} may apply its own policy and accept it; that does not carry over to Medicare.` : ''}`,
    rule: 'The PFS status indicator says whether and how Medicare pays a code.',
    source: `CMS ${c.rvu!.edition} (status indicator)`,
    settled: true,
    warning: true,
  };
}

/** Status T: paid only when it is the practitioner's only PFS service that day (PFS status indicator). */
function onlyServiceOfDay(c: CodeFinding, q: AnswerQuestion): Answer {
  const others = q.codes.filter((o) => o.code !== c.code).map((o) => o.code);
  const withVisit =
    others.length > 0 || /\b(?:visit|E\/?M|E&M|office\s+visit|same\s+day|with)\b/i.test(q.text);
  return {
    kind: 'definition',
    codes: [c.code, ...others],
    conclusion: `${c.code} has PFS status T: Medicare pays it only when no other PFS service is paid to the same practitioner for the patient on that date.${withVisit ? ` Billed with ${others.length ? others.join(' and ') : 'the visit'}, it is bundled into ${others.length > 1 ? 'them' : 'it'} and not paid separately; no modifier changes this.` : ' Billed alone that day, it is paid.'}`,
    rule: 'A PFS status T service is paid only when it is the only PFS service billed by the practitioner that day.',
    source: `CMS ${c.rvu!.edition} (status indicator T)`,
    settled: true,
    warning: withVisit,
  };
}

const DEFINITION_ASKED =
  /\b(?:what\s+(?:is|does|'?s)|mean(?:s|ing)?|difference|differ|describe|descriptor|definition|defin\w+|valid|active|still|deleted|replac\w*|exist|new\s+code|vs\.?|versus)\b/i;

export const validityRule: AnswerRule = {
  kind: 'definition',
  name: 'code validity and definition',
  answer(q: AnswerQuestion, f: AnswerFacts): Answer[] {
    const when = dateLabel(q.dateOfService, f.effectiveDate);
    // What a code is or whether it is still valid; "is that right?" about a claim is other rules' to answer.
    const asked = q.kinds.includes('definition') && DEFINITION_ASKED.test(q.text);
    return f.codes.flatMap((c): Answer[] => {
      if (c.status === 'deleted') return [deleted(c, when)];
      if (c.status === 'unknown') return [unknown(c, when)];
      if (c.status !== 'valid') return [];
      if (asked) return [valid(c, when)];
      // Medicare's payment status says nothing to the claim of a commercial plan or Medicaid, unless
      // the asker brings Medicare in too ("we bill it to BCBS: ok for Medicare?").
      const otherPayer =
        q.cues.payer !== null && q.cues.payer.kind !== 'medicare' && !/\bmedicare\b/i.test(q.text);
      if (c.rvu?.statusCode === 'T' && !otherPayer) return [onlyServiceOfDay(c, q)];
      return c.rvu && NOT_PAYABLE.has(c.rvu.statusCode) && !otherPayer ? [notPayable(c, q)] : [];
    });
  },
};
