// A message leaves INBOX only after its source is stored: flagged \Seen, then moved to the Processed
// folder (created on first use when a real mailbox lacks it).
import type { ImapFlow } from 'imapflow';
import type { Logger } from '../logger.js';

export async function moveProcessed(
  client: ImapFlow,
  uids: number[],
  folder: string,
  logger: Logger,
): Promise<void> {
  const range = uids.join(',');
  await client.messageFlagsAdd(range, ['\\Seen'], { uid: true });
  if (!folder) return;
  try {
    await client.messageMove(range, folder, { uid: true });
  } catch {
    // The folder may not exist yet on a real mailbox: create it once and try again.
    await client.mailboxCreate(folder).catch(() => undefined);
    await client.messageMove(range, folder, { uid: true }).catch((err: unknown) => {
      logger.warn(
        { err: String(err) },
        'could not move processed messages; they stay in INBOX, flagged \\Seen',
      );
    });
  }
}
