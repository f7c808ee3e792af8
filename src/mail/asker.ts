// The asker (pure): where a consult's reply goes, and who may add to a consult. A reply goes to one
// address only, and a consult is a conversation with one asker: knowing its token or quoting one of
// its Message-IDs is not enough to join it (both travel in every reply and in every forward of one).
import { domainOf } from './address.js';
import type { ParsedMessage } from './parse.js';
import type { SenderAuth } from './sender-auth.js';

/**
 * The From, unless Reply-To names one other mailbox in the same domain as a From the receiving server
 * authenticated: a forged From must not steer the reply elsewhere, and an authenticated domain answers
 * only for its own addresses. Never the consult address itself (a loop).
 */
export function replyAddress(
  msg: Pick<ParsedMessage, 'fromAddress' | 'replyTo'>,
  auth: Pick<SenderAuth, 'verdict'>,
  consultAddress: string,
): string | null {
  const from = msg.fromAddress;
  if (!from) return null;
  const replyTo = msg.replyTo;
  const honoured =
    replyTo !== null &&
    auth.verdict === 'pass' &&
    domainOf(replyTo) === domainOf(from) &&
    replyTo !== consultAddress;
  return honoured ? replyTo : from;
}

/**
 * Joins by address alone: the consult's asker, or a colleague at the asker's domain when the allow-list
 * names that whole domain ('@clinic.example'; a subdomain is not the domain). Whoever already wrote in
 * the consult is checked by the caller (the From behind an honoured Reply-To, a colleague let in).
 */
export function mayJoinByAddress(from: string, askerAddress: string, allowedSenders: string[]): boolean {
  if (from === askerAddress) return true;
  const domain = domainOf(from);
  return domain === domainOf(askerAddress) && allowedSenders.includes(`@${domain}`);
}
