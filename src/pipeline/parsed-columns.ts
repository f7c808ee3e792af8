// What parsing found, as the message row's columns: the question is the text without quoted history
// and signature; possible patient identifiers are flagged by position, never copied.
import { stripQuotedHistory } from '../mail/question-text.js';
import { detectPhiInMessage } from '../mail/phi.js';
import type { ParsedMessage } from '../mail/parse.js';
import type { SenderAuth } from '../mail/sender-auth.js';
import type { ThreadedColumns } from '../repositories/threading.repository.js';

export function parsedColumns(
  parsed: ParsedMessage,
  auth: SenderAuth,
  triedToJoin: string | null = null,
): ThreadedColumns {
  const { question } = stripQuotedHistory(parsed.text);
  return {
    from_address: parsed.fromAddress,
    from_name: parsed.fromName,
    subject: parsed.subject,
    in_reply_to: parsed.inReplyTo,
    references: parsed.references,
    text_body: parsed.text,
    question_text: question,
    html_body: parsed.html,
    attachments: JSON.stringify(parsed.attachments),
    phi_flags: JSON.stringify(
      detectPhiInMessage({
        subject: parsed.subject,
        text: parsed.text,
        html: parsed.html,
        attachmentNames: parsed.attachments.map((a) => a.filename),
      }),
    ),
    sent_at: parsed.date,
    sender_auth: JSON.stringify(auth),
    tried_to_join_consult_id: triedToJoin,
    intake_notes: parsed.notes,
  };
}
