// The one place the answer evaluation calls the desk: a question's subject and body in, the text draft,
// its bottom line and the findings out, through the same chain the draft job runs. The drafting API is
// changing: keep every call to it in this file.
import type { Kysely } from 'kysely';
import { stripQuotedHistory } from '../../../src/mail/question-text.js';
import type { Findings } from '../../../src/coding/types.js';
import type { Database } from '../../../src/db/database.js';
import { chooseReplyKind, draftReply } from '../../../src/drafting/draft-reply.js';
import { detectPhi } from '../../../src/mail/phi.js';
import { findingsFor } from '../../../src/pipeline/draft.job.js';
import { bottomLineOf } from './bottom-line.js';

export interface DeskDraft {
  text: string;
  bottomLine: string;
  findings: Findings;
}

export interface AskedQuestion {
  id: string;
  subject: string;
  body: string;
}

/** What `findingsFor` is given for a question: its subject and its own words, as for a new consult. */
const findingsInput = (subject: string, question: string): Parameters<typeof findingsFor>[1] => ({
  subject,
  question,
});

/** The desk's draft for one question, `date` standing in for today (edition choice without a DOS). */
export async function draftFor(db: Kysely<Database>, q: AskedQuestion, date: string): Promise<DeskDraft> {
  const { question } = stripQuotedHistory(q.body);
  const findings = await findingsFor(db, findingsInput(q.subject, question), date);
  const draft = draftReply({
    kind: chooseReplyKind(findings),
    consult: { token: `CD-${q.id.toUpperCase()}`, subject: q.subject, askerName: null },
    findings,
    phiFlags: detectPhi(`${q.subject}\n${question}`).map((f) => ({ kind: f.kind })),
  });
  return { text: draft.text, bottomLine: bottomLineOf(draft.text), findings };
}

/** The kinds of `findings.answers`, or null for a desk that produces no answers list. */
export function answerKindsOf(findings: Findings): string[] | null {
  const answers = (findings as Partial<Findings>).answers;
  return Array.isArray(answers) ? answers.map((a) => a.kind) : null;
}
