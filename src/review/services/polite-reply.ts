// The templated mail for a rejection or a request for more information, rendered by the drafting
// step's templates so every outgoing message has one voice.
import type { Transaction } from 'kysely';
import type { Database } from '../../db/database.js';
import type { Consult } from '../../repositories/consult.repository.js';
import { draftReply } from '../../drafting/draft-reply.js';
import { latestPhiFlags } from '../../repositories/inbound.repository.js';
import type { Draft } from '../repositories/draft.repository.js';

export async function politeReply(
  trx: Transaction<Database>,
  kind: 'rejection' | 'request_info',
  consult: Consult,
  draft: Pick<Draft, 'findings'>,
  input: { reason: string },
): Promise<{ kind: 'rejection' | 'request_info'; subject: string; text: string; html: string }> {
  const phiFlags = await latestPhiFlags(trx, consult.id);
  const rendered = draftReply({
    kind,
    consult: { token: consult.token, subject: consult.subject, askerName: consult.askerName },
    findings: draft.findings,
    phiFlags: phiFlags.map((f) => ({ kind: f.kind })),
    ...(kind === 'request_info'
      ? { reviewerNote: input.reason, reason: input.reason }
      : { reason: input.reason }),
  });
  return { kind, subject: rendered.subject, text: rendered.text, html: rendered.html };
}
