// What parsing found in a message (pipeline/parsed-columns.ts), and the same as the columns of its
// inbound_messages row: written as the message is threaded (threading.repository.ts) or quarantined.
import type { AttachmentInfo, PhiFlag, SenderAuth } from '../db/schema/core.js';

export interface ParsedColumns {
  fromAddress: string | null;
  fromName: string | null;
  subject: string;
  inReplyTo: string | null;
  references: string[];
  textBody: string;
  questionText: string;
  htmlBody: string | null;
  attachments: AttachmentInfo[];
  phiFlags: PhiFlag[];
  sentAt: Date | null;
  senderAuth: SenderAuth;
  triedToJoinConsultId: string | null;
  /** What a limit cut from the message (parse.ts `notes`). */
  intakeNotes: string[];
}

/** The row's columns; the jsonb ones as JSON text. */
export const parsedRow = (p: ParsedColumns) => ({
  from_address: p.fromAddress,
  from_name: p.fromName,
  subject: p.subject,
  in_reply_to: p.inReplyTo,
  references: p.references,
  text_body: p.textBody,
  question_text: p.questionText,
  html_body: p.htmlBody,
  attachments: JSON.stringify(p.attachments),
  phi_flags: JSON.stringify(p.phiFlags),
  sent_at: p.sentAt,
  sender_auth: JSON.stringify(p.senderAuth),
  tried_to_join_consult_id: p.triedToJoinConsultId,
  intake_notes: p.intakeNotes,
});
