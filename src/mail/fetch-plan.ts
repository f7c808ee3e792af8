// Which messages to fetch together (pure). The poller first asks the server for each new message's
// size (RFC822.SIZE), then fetches sources in batches bounded by count and by bytes, so a pass holds
// at most one batch in memory; a message over the size limit is its own step, streamed to storage.

export interface FetchLimits {
  /** Messages in one batch. */
  maxCount: number;
  /** Bytes in one batch; a single message above it (and within the size limit) comes alone. */
  maxBytes: number;
  /** The size limit: a larger message is stored in parts, never parsed. */
  oversizeAbove: number;
}

export type FetchStep =
  { kind: 'batch'; uids: number[]; bytes: number } | { kind: 'oversize'; uid: number; size: number };

/** Steps in UID order, so the cursor can move past each one as it is done. */
export function planFetches(messages: { uid: number; size: number }[], limits: FetchLimits): FetchStep[] {
  const steps: FetchStep[] = [];
  let batch: { kind: 'batch'; uids: number[]; bytes: number } | null = null;
  for (const m of [...messages].sort((a, b) => a.uid - b.uid)) {
    if (m.size > limits.oversizeAbove) {
      batch = null;
      steps.push({ kind: 'oversize', uid: m.uid, size: m.size });
      continue;
    }
    if (!batch || batch.uids.length >= limits.maxCount || batch.bytes + m.size > limits.maxBytes) {
      batch = { kind: 'batch', uids: [], bytes: 0 };
      steps.push(batch);
    }
    batch.uids.push(m.uid);
    batch.bytes += m.size;
  }
  return steps;
}

/** The UID a step ends at. */
export const lastUidOf = (step: FetchStep): number =>
  step.kind === 'oversize' ? step.uid : step.uids[step.uids.length - 1]!;
