// The job catalogue: names in pipeline order and their payloads. Payloads carry ids only — Redis keeps
// them in clear text, so no addresses, subjects or bodies (BullMQ "going to production").
export interface JobPayloads {
  /** A new UID was seen in a mailbox: fetch, store, screen, thread. */
  ingest: { mailboxId: number; uidValidity: string; uid: string };
  /** A stored inbound message that joined a consult: extract, look up, draft. */
  draft: { inboundId: string };
  /** An outbox row ready to go out by SMTP. */
  send: { outboxId: string };
}

export type JobName = keyof JobPayloads;
export const QUEUE_NAMES = { ingest: 'ingest', draft: 'draft', send: 'send' } as const satisfies Record<
  JobName,
  string
>;

/** Business-key job ids (no ':' — BullMQ reserves it), so a re-enqueue of the same work is a no-op. */
export const jobIds = {
  ingest: (p: JobPayloads['ingest']) => `ingest-${p.mailboxId}-${p.uidValidity}-${p.uid}`,
  draft: (p: JobPayloads['draft']) => `draft-${p.inboundId}`,
  send: (p: JobPayloads['send']) => `send-${p.outboxId}`,
} satisfies { [K in JobName]: (p: JobPayloads[K]) => string };

/** What a handler did; "nothing to do" is a status, not an exception (immich's JobStatus). */
export type JobStatus = 'done' | 'skipped';
