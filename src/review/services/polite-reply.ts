// The templated mail for a rejection or a request for more information, rendered by the drafting
// step's templates so every outgoing message has one voice.
import type { Transaction } from 'kysely';
import type { Findings } from '../../coding/types.js';
import type { Database } from '../../db/database.js';
import type { ConsultRow, DraftRow } from '../../db/schema/core.js';
import { draftReply } from '../../drafting/draft-reply.js';
import { latestPhiFlags } from '../../repositories/inbound.repository.js';

export async function politeReply(
  trx: Transaction<Database>,
  kind: 'rejection' | 'request_info',
  consult: ConsultRow,
  draft: DraftRow,
  input: { reason: string },
): Promise<{ kind: 'rejection' | 'request_info'; subject: string; text: string; html: string }> {
  const phiFlags = await latestPhiFlags(trx, consult.id);
  const rendered = draftReply({
    kind,
    consult: { token: consult.token, subject: consult.subject, askerName: consult.asker_name },
    findings: draft.findings as Findings,
    phiFlags: phiFlags.map((f) => ({ kind: f.kind })),
    ...(kind === 'request_info'
      ? { reviewerNote: input.reason, reason: input.reason }
      : { reason: input.reason }),
  });
  return { kind, subject: rendered.subject, text: rendered.text, html: rendered.html };
}
