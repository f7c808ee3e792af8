// Per send: the outbox row written with the decision, then claimed, handed over and settled; and the
// sweeper's settling of claims a dead sender left.
import type { OutboxRow } from '../../../src/db/schema/core.js';
import { followUpsWaiting } from '../../../src/sending/follow-ups.js';
import {
  findOutbox,
  outboxMessageOf,
  queueOutbound,
} from '../../../src/sending/repositories/outbox.repository.js';
import {
  listAbandonedSends,
  releaseForSettling,
  requeueNeverHandedOver,
} from '../../../src/sending/repositories/send-settle.repository.js';
import {
  claimForSending,
  markAttemptFailed,
  markHandedOver,
  markSent,
} from '../../../src/sending/repositories/send-state.repository.js';
import type { QueryCase } from '../../helpers/recording-db.js';

const stored: OutboxRow = {
  id: '42',
  consult_id: '7',
  draft_id: '9',
  kind: 'reply',
  state: 'sending',
  to_address: 'dana@clinic.example',
  subject: 'Re: Modifier 25 [CD-ABCDEF]',
  text: 't',
  html: 'h',
  message_id: '<codedesk.cd-abcdef.1@desk.example>',
  in_reply_to: '<q@clinic.example>',
  references: ['<q@clinic.example>'],
  attempts: 1,
  last_error: null,
  created_by: 3,
  created_at: new Date(0),
  claimed_at: new Date(0),
  claimed_by: 5,
  handed_over_at: null,
  sent_at: null,
  next_attempt_at: null,
  failed_at: null,
  acknowledged_at: null,
  acknowledged_by: null,
};
const row = outboxMessageOf(stored);
// What queueOutbound reads of the consult and of the asker's last message, in one canned row.
const consultAndParent = {
  asker_address: 'dana@clinic.example',
  token: 'CD-ABCDEF',
  address: 'consult@desk.example',
  message_id: '<q@clinic.example>',
  references: [],
};
const reply = { consultId: '7', draftId: '9', kind: 'reply' as const, subject: 's', text: 't', html: 'h' };

export const sendingCases: QueryCase[] = [
  {
    name: "queueOutbound(trx, { consultId: '7', draftId: '9', kind: 'reply', ... }), in the decision's transaction",
    rows: [{ id: '42', ...consultAndParent }],
    run: (db) => db.transaction().execute((trx) => queueOutbound(trx, { ...reply, createdBy: 3 })),
  },
  { name: "findOutbox(db, '42')", run: (db) => findOutbox(db, '42') },
  { name: "claimForSending(db, '42', 5)", rows: [stored], run: (db) => claimForSending(db, '42', 5) },
  { name: 'markHandedOver(db, row)', run: (db) => markHandedOver(db, row) },
  {
    name: "markSent(trx, row) and followUpsWaiting(trx, '7'): sendJob's delivery transaction",
    rows: [{ id: '43' }],
    run: (db) =>
      db.transaction().execute(async (trx) => {
        await markSent(trx, row);
        return followUpsWaiting(trx, row.consultId);
      }),
  },
  {
    name: "markAttemptFailed(db, row, { outcome: 'retry' }, smtp)",
    run: (db) =>
      markAttemptFailed(
        db,
        row,
        { outcome: 'retry', nextAttemptAt: new Date(0) },
        { message: '451 try later', responseCode: 451 },
      ),
  },
  { name: 'listAbandonedSends(db, 600): each sweep', run: (db) => listAbandonedSends(db, 600) },
  { name: 'requeueNeverHandedOver(db, row)', run: (db) => requeueNeverHandedOver(db, row) },
  {
    name: "releaseForSettling(db, row, 'connection lost')",
    run: (db) => releaseForSettling(db, row, 'connection lost'),
  },
];
