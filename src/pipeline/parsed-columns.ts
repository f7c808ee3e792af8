// What parsing found, as the message row's columns: the question is the text without quoted history
// and signature; possible patient identifiers are flagged by position, never copied.
import { stripQuotedHistory } from '../mail/question-text.js';
import { detectPhiInMessage } from '../mail/phi.js';
import type { ParsedMessage } from '../mail/parse.js';
import type { SenderAuth } from '../mail/sender-auth.js';
import type { ParsedColumns } from '../repositories/parsed-row.js';

export function parsedColumns(
  parsed: ParsedMessage,
  auth: SenderAuth,
  triedToJoin: string | null = null,
): ParsedColumns {
  const { question } = stripQuotedHistory(parsed.text);
  return {
    fromAddress: parsed.fromAddress,
    fromName: parsed.fromName,
    subject: parsed.subject,
    inReplyTo: parsed.inReplyTo,
    references: parsed.references,
    textBody: parsed.text,
    questionText: question,
    htmlBody: parsed.html,
    attachments: parsed.attachments,
    phiFlags: detectPhiInMessage({
      subject: parsed.subject,
      text: parsed.text,
      html: parsed.html,
      attachmentNames: parsed.attachments.map((a) => a.filename),
    }),
    sentAt: parsed.date,
    senderAuth: auth,
    triedToJoinConsultId: triedToJoin,
    intakeNotes: parsed.notes,
  };
}
