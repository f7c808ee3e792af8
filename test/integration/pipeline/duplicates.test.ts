// A message whose Message-ID is already stored (issue 15, item 6): recorded as a duplicate of the first,
// moved to Processed, never ingested, drafted or answered again, and shown on the first one's consult.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/logger.js';
import { createImapClient } from '../../../src/mail/imap-client.js';
import { syncMailbox, type PollerDeps } from '../../../src/mail/mailbox-sync.js';
import { ingestJob } from '../../../src/pipeline/ingest.job.js';
import type { JobPayloads } from '../../../src/queue/jobs.js';
import { seedReviewer } from '../../fixtures/desk/seed.js';
import { consultEnv, deliver, messageCount, newMailbox, openImap } from '../../helpers/mailstack.js';
import { recordingQueues } from '../../helpers/recording-queues.js';
import { testConfig } from '../../helpers/stack-env.js';
import { apiHarness, type ApiHarness } from '../api/helpers.js';
import { signInAs } from '../api/session.js';

describe('a message whose Message-ID is already stored', () => {
  let h: ApiHarness;
  const address = newMailbox('dups');
  const queues = recordingQueues();
  const config = testConfig(consultEnv(address));
  const messageId = `<dup.${Date.now()}@clinic.example>`;
  const question = (body: string) =>
    `From: Dana <dana@clinic.example>\r\nTo: ${address}\r\nSubject: 32555 with 76942?\r\nMessage-ID: ${messageId}\r\n\r\n${body}\r\n`;

  beforeAll(async () => {
    h = await apiHarness();
  });
  afterAll(async () => h.close());

  const pollerDeps = (): PollerDeps => ({
    db: h.scratch.db,
    queues,
    imap: config.imap,
    limits: {
      maxMessageBytes: config.screening.maxMessageBytes,
      fetchBatchBytes: config.intake.fetchBatchBytes,
    },
    logger: createLogger('silent'),
  });

  async function sync() {
    const client = createImapClient(config.imap);
    await client.connect();
    try {
      return await syncMailbox(client, pollerDeps());
    } finally {
      await client.logout();
    }
  }

  async function ingestQueued() {
    const jobs = queues.added.splice(0).filter((j) => j.name === 'ingest');
    const deps = { db: h.scratch.db, queues: recordingQueues(), config, logger: createLogger('silent') };
    for (const j of jobs) await ingestJob(deps, j.payload as JobPayloads['ingest']);
    return jobs.length;
  }

  it('is recorded against the first copy, moved to Processed, and never drafted again', async () => {
    // By IMAP APPEND, so a later copy can be the same byte for byte (LMTP adds its own headers).
    const imap = await openImap(address);
    const exact = Buffer.from(question('Can 32555 be billed with 76942?'));
    await imap.append('INBOX', exact);
    expect(await sync()).toEqual({ seen: 1, stored: 1 });
    expect(await ingestQueued()).toBe(1);

    await imap.append('INBOX', exact);
    await deliver(address, question('Can 32555 be billed with 76942? Resending in case.'));
    expect(await sync()).toEqual({ seen: 2, stored: 0 });
    expect(queues.added).toEqual([]); // nothing to ingest
    expect(await messageCount(imap, 'INBOX')).toBe(0);
    expect(await messageCount(imap, 'Processed')).toBe(3);
    await imap.logout();

    const first = await h.scratch.db
      .selectFrom('inbound_messages')
      .select(['id', 'consult_id'])
      .where('message_id', '=', messageId)
      .executeTakeFirstOrThrow();
    const duplicates = await h.scratch.db
      .selectFrom('inbound_duplicates')
      .select(['original_id', 'identical', 'raw'])
      .orderBy('id')
      .execute();
    expect(duplicates.map((d) => [d.original_id, d.identical])).toEqual([
      [first.id, true],
      [first.id, false],
    ]);
    expect(duplicates[1]!.raw!.toString()).toContain('Resending in case.');
    const drafts = await h.scratch.db
      .selectFrom('drafts')
      .select('id')
      .where('consult_id', '=', first.consult_id!)
      .execute();
    expect(drafts).toHaveLength(1);
  });

  it('is listed with the first message, in the API and on its consult page', async () => {
    const { consult_id: consultId } = await h.scratch.db
      .selectFrom('inbound_messages')
      .select('consult_id')
      .where('message_id', '=', messageId)
      .executeTakeFirstOrThrow();
    const res = await h.app.inject({ method: 'GET', url: `/api/consults/${consultId}`, headers: h.auth });
    expect(res.statusCode).toBe(200);
    const [message] = res.json().messages as { messageId: string; duplicates: unknown[]; notes: string[] }[];
    expect(message!.messageId).toBe(messageId);
    expect(message!.notes).toEqual([]);
    expect(message!.duplicates).toEqual([
      { receivedAt: expect.any(String), size: expect.any(Number), identical: true },
      { receivedAt: expect.any(String), size: expect.any(Number), identical: false },
    ]);

    const ann = await seedReviewer(h.scratch.db, 'Ann Dups');
    const session = await signInAs(h.app, ann.email, ann.password);
    const page = await h.app.inject({
      method: 'GET',
      url: `/consults/${consultId}`,
      headers: { cookie: session.cookie },
    });
    expect(page.statusCode).toBe(200);
    expect(page.body.match(/Also received as a duplicate at/g)).toHaveLength(2);
    expect(page.body).toContain('(the same bytes)');
  });
});
