// Screening (pure): decide whether a parsed message is a question to answer, or goes to quarantine
// with a reason a person can read. Automated mail is never answered (RFC 3834 §2, §5).
import { domainOf, normalizeAddress } from './address.js';
import { bounceEvidence } from './bounce.js';
import type { ParsedMessage } from './parse.js';
import type { SenderAuth } from './sender-auth.js';

export interface ScreenPolicy {
  consultAddress: string;
  /** Whole addresses or '@domain' entries (lower-cased, ASCII domains); empty means every sender is
   * accepted. A domain entry covers that domain only, not its subdomains (list each one). */
  allowedSenders: string[];
  maxMessageBytes: number;
  /** Refuse a sender the receiving server did not authenticate; off, only a DMARC fail is refused. */
  requireAuthenticatedSenders: boolean;
}

export type ScreenVerdict = { accepted: true } | { accepted: false; reason: string };

const AUTO_SUBJECT =
  /^(auto(matic)?[ -]?(reply|response)|out of (the )?office|abwesenheitsnotiz|réponse automatique)\b/i;
// RFC 6522 reports and the bare report parts some servers send on their own (RFC 3464, 8098, 5965).
const REPORT_TYPES = [
  'multipart/report',
  'message/delivery-status',
  'message/disposition-notification',
  'message/feedback-report',
];
const NO_REPLY = /^(no-?reply|do-?not-?reply)@/i;

function reject(reason: string): ScreenVerdict {
  return { accepted: false, reason };
}

/** Whole-address or whole-domain match; anything that is not one valid address is not allowed. */
export function senderAllowed(address: string, allowed: string[]): boolean {
  if (allowed.length === 0) return true;
  const sender = normalizeAddress(address);
  return sender !== null && (allowed.includes(sender) || allowed.includes(`@${domainOf(sender)}`));
}

export function screenMessage(msg: ParsedMessage, auth: SenderAuth, policy: ScreenPolicy): ScreenVerdict {
  const h = msg.headers;
  if (msg.size > policy.maxMessageBytes)
    return reject(`oversize: ${msg.size} bytes is over the ${policy.maxMessageBytes}-byte limit`);
  if (/^\s*<\s*>\s*$/.test(h['return-path'] ?? ''))
    return reject('null return path (<>): a bounce or other automated notification');
  const type = msg.contentType.split(';')[0]!.trim();
  if (REPORT_TYPES.includes(type)) return reject(`delivery or feedback report (${type})`);
  const autoSubmitted = (h['auto-submitted'] ?? '').trim().toLowerCase();
  if (autoSubmitted && !autoSubmitted.startsWith('no'))
    return reject(`auto-reply (Auto-Submitted: ${autoSubmitted.split(';')[0]})`);
  if (h['x-autoreply'] || h['x-autorespond']) return reject('auto-reply (X-Autoreply header)');
  const precedence = (h['precedence'] ?? '').trim().toLowerCase();
  if (['bulk', 'junk', 'list', 'auto_reply'].includes(precedence))
    return reject(`bulk or list mail (Precedence: ${precedence})`);
  if (h['list-id'] || h['list-unsubscribe'])
    return reject('mailing-list message (List-Id / List-Unsubscribe)');
  const bounce = bounceEvidence(msg);
  if (bounce) return reject(`bounce: ${bounce}`);
  if (msg.fromProblem || !msg.fromAddress) return reject(msg.fromProblem ?? 'no sender address in From');
  if (NO_REPLY.test(msg.fromAddress)) return reject('sent by a no-reply address');
  if (msg.fromAddress === policy.consultAddress)
    return reject('sent from the consult address itself (mail loop)');
  if (AUTO_SUBJECT.test(msg.subject)) return reject('auto-reply or delivery notice (subject)');
  if (auth.verdict === 'fail' || (policy.requireAuthenticatedSenders && auth.verdict !== 'pass'))
    return reject(`unverified sender (${auth.detail})`);
  if (!senderAllowed(msg.fromAddress, policy.allowedSenders))
    return reject('unknown sender: not on the allowed list');
  if (!msg.text.trim() && !msg.subject) return reject('empty message: no subject and no text to answer');
  return { accepted: true };
}
