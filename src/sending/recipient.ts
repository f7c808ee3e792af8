// The one recipient of a reply, checked again just before sending (defence in depth): the asker's
// address was read strictly when the question arrived, but a row written before that check, or by
// hand, must never become a message to several people. nodemailer splits a string recipient at
// commas, so what it is given is the checked address, and as an {address} object.
import type { OutboxMessage } from './repositories/outbox.repository.js';
import { normalizeAddress } from '../mail/address.js';

export const RECIPIENT_REFUSED =
  'not sent: the recipient is not exactly one valid address, so the reply could reach people who did not ask';

/** The row's recipient as one checked address, or null when it is not exactly one valid mailbox. */
export const singleRecipient = (row: Pick<OutboxMessage, 'toAddress'>): string | null =>
  normalizeAddress(row.toAddress);
