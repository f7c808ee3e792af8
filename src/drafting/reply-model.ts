// Pure: DraftInput -> ReplyModel. Facts come from the findings only; the templates lay them out.
import type { Findings } from '../coding/types.js';
import { answerBottomLine } from './bottom-line.js';
import { codeSections, descriptorNote, systemLabel } from './code-sections.js';
import { documentationChecklist } from './documentation-checklist.js';
import type { DraftInput } from './draft.types.js';
import { openQuestions } from './open-questions.js';
import { settingMatters } from './setting-matters.js';
import { pairSection } from './pair-findings.js';
import type { DiagnosisNote, ReplyModel, SuggestionLine } from './reply-model.types.js';
import { staleSentence } from './edition-note.js';
import { describedServiceLine, shorten } from './described-service-line.js';
import { clearlyBest } from '../refdata/search-gate.js';
import { DISCLAIMER, sourcesLine } from './sources-line.js';
import { unitLine } from './unit-findings.js';

const MAX_SUGGESTIONS = 5;
function context(f: Findings): string {
  const claim = `${f.setting === 'practitioner' ? 'practitioner' : 'outpatient hospital'} claim${f.settingStated ? '' : ' (assumed)'}`;
  const setting = settingMatters(f) ? `, ${claim}` : '';
  const when = f.dateOfService
    ? `Answered for date of service ${f.dateOfService}${setting}.`
    : `No date of service given: answered with the newest data we hold${setting}.`;
  const stale = staleSentence(f);
  return stale ? `${when} ${stale}` : when;
}

function diagnosisNotes(f: Findings): DiagnosisNote[] {
  return f.codes
    .filter((c) => c.system === 'icd10cm' && c.status === 'not_billable')
    .map((c) => ({
      text: `${c.code}${c.descriptor ? ` (${c.descriptor})` : ''} is a category and cannot be reported itself. Billable codes under it:`,
      children: c.billableChildren.map((k) => `${k.code} ${k.description}`),
    }));
}

function suggestions(f: Findings): SuggestionLine[] {
  return [...f.suggestions]
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_SUGGESTIONS)
    .map((s, i) => {
      const note = descriptorNote(s.descriptorSource);
      return {
        rank: i + 1,
        code: `${systemLabel(s.system)} ${s.code}`,
        description: `${shorten(s.description)}${note ? ` ${note}` : ''}`,
        score: s.score,
        reason: s.reason ?? null,
      };
    });
}

function kindBottomLine(input: DraftInput, ranked: SuggestionLine[]): string[] {
  const f = input.findings;
  switch (input.kind) {
    case 'answer':
      return [...describedServiceLine(f, ranked), ...answerBottomLine(f)];
    case 'no_code_found': {
      const [best] = ranked;
      if (!best) {
        return [
          'We found no billing code in your message, and no code in our data matches the description closely enough to suggest one.',
          'Please send the code you are considering, or the procedure note, and we will check it; what would help is listed below.',
        ];
      }
      // Name one code only when it clearly outranks the next; a near tie is for the asker's record to settle.
      const clear = clearlyBest(ranked) !== null;
      const next = ranked[1];
      return [
        clear
          ? `We found no billing code in your message. From your description the closest match is ${best.code}: ${best.description}.`
          : 'We found no billing code in your message, and no single code stands out from your description.',
        !next
          ? 'Please check it against the procedure note; the details that would settle it are listed below.'
          : `Please check the ${clear ? 'other ' : ''}candidates below against the procedure note; the details that would settle it are listed after them.`,
      ];
    }
    case 'request_info':
      return ['Before we can answer, we need a few details from you; they are listed below.'];
    case 'rejection':
      return ['We are not able to answer this question through the coding desk.'];
  }
}

export function buildReplyModel(input: DraftInput): ReplyModel {
  const f = input.findings;
  const dateLabel = f.dateOfService
    ? `the date of service ${f.dateOfService}`
    : `${f.effectiveDate} (no date of service given)`;
  const ranked = suggestions(f);
  const anyUnknown = f.codes.some((c) => c.status === 'unknown');
  const rejecting = input.kind === 'rejection';
  const note = input.reviewerNote?.trim() || null;
  const reason = input.reason?.trim() || null;
  return {
    kind: input.kind,
    greeting: input.consult.askerName ? `Hello ${input.consult.askerName},` : 'Hello,',
    bottomLine: kindBottomLine(input, ranked),
    context: input.kind === 'answer' || input.kind === 'no_code_found' ? context(f) : null,
    // The desk may pass one text as both note and reason (request_info); say it once.
    reviewerNote: note !== null && note !== reason ? note : null,
    reason,
    codes: codeSections(f, dateLabel),
    pairs: [...f.pairs].sort((a, b) => Number(b.active) - Number(a.active)).map((p) => pairSection(p, f)),
    units: f.units.map(unitLine),
    diagnosisNotes: diagnosisNotes(f),
    suggestions:
      input.kind === 'no_code_found' || anyUnknown || f.mentions.some((m) => m.matchedFrom === 'words')
        ? ranked
        : [],
    checklist: documentationChecklist(f),
    undetermined: openQuestions(f),
    sources: rejecting ? null : sourcesLine(f),
    disclaimer: rejecting ? null : DISCLAIMER,
  };
}
