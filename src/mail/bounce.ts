// Bounces that come without a report part (RFC 3464's multipart/report, which screen.ts catches by type):
// plain-text non-delivery notices from qmail, Exchange, Gmail, Apache James and older Postfix or
// sendmail set-ups. Drafting one would answer a mail system and start a mail loop (RFC 3834 §2), so
// they are recognised as a person would: by who sent them, their subject, or the SMTP status in them.
import type { ParsedMessage } from './parse.js';

// The local parts mail systems send from (RFC 5321 §4.5.1 postmaster, the traditional MAILER-DAEMON)
// with the spellings seen in the wild (post_master, mailer_daemon, MailerDaemon), and Exchange's
// MicrosoftExchange<32 hex> system mailbox.
const MAIL_SYSTEM_SENDER =
  /^(?:mailer[-_.]?daemon|post[-_.]?master|mail[-_.]?delivery[-_.]?(?:sub)?system|microsoftexchange[0-9a-f]{32})(?:[+=._-][^@]*)?@/i;

const BOUNCE_SUBJECT =
  /^\s*(?:\[bounce\]|undeliver(?:able|ed)\b|delivery status notification|delivery (?:failure|failed|has failed|notification|report)\b|mail delivery (?:failed|failure|system|subsystem)|returned mail\b|failure notice|non-?deliver(?:y|able)\b|message (?:not delivered|delivery failure|could not be delivered)|delayed mail|warning: could not send message|mail system error)/i;

// The opening lines of the common plain-text notices, in substance.
const BOUNCE_INTRO = [
  /this is the mail system at host/i, // Postfix
  /this is the qmail-send program/i, // qmail
  /wasn'?t able to deliver your message to the following addresses/i, // qmail, Apache James
  /delivery has failed to these recipients or (?:groups|distribution lists)/i, // Exchange
  /your message (?:to \S+ )?(?:couldn'?t|could not|wasn'?t|was not) (?:be )?delivered/i, // Exchange Online, Gmail
  /could not be delivered to one or more recipients/i,
  /delivery to the following recipients? (?:failed|has been delayed)/i, // Gmail, older
  /the following addresses had permanent fatal errors/i, // sendmail
  /unable to deliver (?:your|this|the) message to the following/i,
];

// An SMTP reply as a line of its own (RFC 5321 §4.2): "550 5.1.1 ..." or "550 - Requested action not
// taken: ...", as the notices above quote the receiving server.
const SMTP_STATUS_LINE =
  /^[ \t]*[45][0-9]{2}(?:[ -]+[45]\.[0-9]{1,3}\.[0-9]{1,3}\b|[ -]+(?:requested (?:mail )?action|mailbox (?:unavailable|full|not found)|no such (?:user|mailbox)|user unknown|unknown user|recipient (?:address )?rejected|relay(?:ing)? (?:access )?denied|.{0,60}does not exist|.{0,60}over quota))/im;

/** Why this message is a bounce, in words for the quarantine reason; null when it is not one. */
export function bounceEvidence(msg: ParsedMessage): string | null {
  const local = (msg.fromAddress ?? '').split('@', 1)[0]!.toLowerCase();
  if (msg.fromAddress && MAIL_SYSTEM_SENDER.test(msg.fromAddress)) return `sent by a mail system (${local})`;
  if (BOUNCE_SUBJECT.test(msg.subject)) return 'delivery failure subject';
  // The notice comes first; a long body is the original message quoted after it.
  const head = msg.text.slice(0, 8000);
  if (BOUNCE_INTRO.some((re) => re.test(head))) return 'delivery failure notice in the text';
  const status = SMTP_STATUS_LINE.exec(head);
  if (status) return `SMTP ${status[0].trim().slice(0, 3)} status in the text`;
  return null;
}
