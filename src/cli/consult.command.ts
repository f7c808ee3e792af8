// `npm run codedesk -- consult delete --id N --confirm CD-XXXXXX`: deletes a consult with its messages,
// drafts, replies and raw source for good (the audit log keeps a tombstone); the token confirms.
import { deleteConsultConfirmed } from '../review/services/consult-deletion.service.js';
import { CLI, dbCommand } from './db-command.js';

export const { runWith, run } = dbCommand(
  'usage: consult delete --id N --confirm TOKEN',
  { id: { type: 'string' }, confirm: { type: 'string' } },
  {
    async delete(db, v) {
      if (!v.id || !/^\d{1,18}$/.test(v.id)) throw new Error('delete needs --id and the consult id');
      if (!v.confirm) throw new Error("delete needs --confirm and the consult's token (CD-...)");
      const d = await deleteConsultConfirmed(db, CLI, v.id, v.confirm);
      console.log(
        `deleted consult ${d.consultId}: ${d.messages} message(s), ${d.drafts} draft(s), ${d.outbox} outbox row(s)`,
      );
    },
  },
);
