// Ingest within its bounds (issue 15, item 3): bytes PostgreSQL refuses are cleaned, a question over
// the length limit is cut with a note, deep HTML is read without html-to-text, parsing has a deadline,
// and a message whose attempts keep crashing or timing out their worker ends in quarantine, after which
// the sweeper leaves it alone.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../../src/app/context.js';
import { sweepOnce } from '../../../src/app/sweeper.js';
import { createLogger } from '../../../src/logger.js';
import { ParseTimeout } from '../../../src/mail/bounded-parse.js';
import { ingestJob, type IngestDeps } from '../../../src/pipeline/ingest.job.js';
import { storeSources } from '../../../src/repositories/inbound.repository.js';
import { openCursor } from '../../../src/repositories/mailbox.repository.js';
import { Shutdown } from '../../../src/shutdown.js';
import { recordingQueues } from '../../helpers/recording-queues.js';
import { createScratchDb, type ScratchDb } from '../../helpers/scratch-db.js';
import { testConfig } from '../../helpers/stack-env.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const utf16Word = `=?utf-16le?B?${Buffer.from([0x00, 0xd8, 0x41, 0x00]).toString('base64')}?=`;

describe('ingest within its bounds', () => {
  let scratch: ScratchDb;
  let deps: IngestDeps & { queues: ReturnType<typeof recordingQueues> };
  let mailboxId: number;
  let uid = 0;

  beforeAll(async () => {
    scratch = await createScratchDb();
    const config = testConfig();
    deps = { db: scratch.db, queues: recordingQueues(), config, logger: createLogger('silent') };
    mailboxId = (await openCursor(scratch.db, config.consult.address, 'INBOX', '5')).id;
  });
  afterAll(async () => {
    await scratch.drop();
  });

  async function store(raw: Buffer) {
    uid++;
    const messageId = `<bounds${uid}.${Date.now()}@clinic.example>`;
    const withId = Buffer.concat([Buffer.from(`Message-ID: ${messageId}\r\n`), raw]);
    await storeSources(scratch.db, [
      { mailboxId, uidValidity: '5', uid: String(uid), messageId, raw: withId },
    ]);
    return { mailboxId, uidValidity: '5', uid: String(uid) };
  }

  const rowOf = (payload: { uid: string }) =>
    scratch.db
      .selectFrom('inbound_messages as m')
      .leftJoin('consults as c', 'c.id', 'm.consult_id')
      .select([
        'm.state',
        'm.subject',
        'm.text_body',
        'm.question_text',
        'm.html_body',
        'm.attachments',
        'm.intake_notes',
        'm.ingest_failures',
        'c.state as consultState',
        'c.quarantine_reason',
      ])
      .where('m.uid', '=', payload.uid)
      .executeTakeFirstOrThrow();

  const plain = (subject: string, body: string, type = 'text/plain; charset=utf-8') =>
    Buffer.from(
      `From: Dana <dana@clinic.example>\r\nSubject: ${subject}\r\nContent-Type: ${type}\r\n\r\n${body}\r\n`,
    );

  it('drafts a question holding NUL bytes, invalid UTF-8 and unpaired surrogates, with them replaced', async () => {
    const raw = Buffer.concat([
      Buffer.from(
        `From: Dana <dana@clinic.example>\r\nSubject: =?utf-8?Q?32555=00?= ${utf16Word} bad\xff\r\n` +
          'Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n' +
          'Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n' +
          'Can 32555=00 be billed',
        'latin1',
      ),
      Buffer.from([0x00, 0xc3, 0x28, 0xff]),
      Buffer.from(
        ' with 76942?\r\n--b\r\nContent-Type: application/pdf\r\n' +
          `Content-Disposition: attachment; filename="${utf16Word}.pdf"\r\n` +
          'Content-Transfer-Encoding: base64\r\n\r\nJVBERi0=\r\n--b--\r\n',
        'latin1',
      ),
    ]);
    const payload = await store(raw);
    expect(await ingestJob(deps, payload)).toBe('done');
    const row = await rowOf(payload);
    expect(row).toMatchObject({ state: 'drafted', consultState: 'awaiting_review' });
    expect(row.question_text).toMatch(/^Can 32555\uFFFD be billed\uFFFD.* with 76942\?/);
    expect(row.subject).toContain('32555\uFFFD');
    expect(row.attachments).toEqual([{ filename: '\uFFFDA.pdf', contentType: 'application/pdf', size: 5 }]);
  });

  it('cuts a question over the length limit, drafts the rest, and keeps a note for the reviewer', async () => {
    const payload = await store(plain('long', 'Can 32555 be billed with 76942? '.repeat(2000)));
    expect(await ingestJob(deps, payload)).toBe('done');
    const row = await rowOf(payload);
    expect(row.state).toBe('drafted');
    expect(row.text_body).toHaveLength(50_000);
    expect(row.intake_notes).toEqual([
      'question truncated: only the first 50000 of 64001 characters were read',
    ]);
  });

  it('drafts a question in HTML nested 20,000 deep, read as plain text, with a note', async () => {
    const deep =
      '<blockquote>'.repeat(20_000) + 'Is 20610 bundled into 99214?' + '</blockquote>'.repeat(20_000);
    const payload = await store(plain('deep', deep, 'text/html; charset=utf-8'));
    expect(await ingestJob(deps, payload)).toBe('done');
    const row = await rowOf(payload);
    expect(row).toMatchObject({
      state: 'drafted',
      question_text: 'Is 20610 bundled into 99214?',
      html_body: null,
    });
    expect(row.intake_notes).toHaveLength(2);
  });

  it('quarantines a message whose parsing times out on every attempt, after the configured number', async () => {
    const slow = { ...deps, config: testConfig({ PARSE_TIMEOUT_MS: '1', MAX_INGEST_FAILURES: '3' }) };
    const payload = await store(plain('big', 'Is 32555 billable with 76942?\r\n'.repeat(60_000)));
    await expect(ingestJob(slow, payload)).rejects.toBeInstanceOf(ParseTimeout);
    await expect(ingestJob(slow, payload)).rejects.toBeInstanceOf(ParseTimeout);
    expect((await rowOf(payload)).state).toBe('stored'); // BullMQ retries it meanwhile
    expect(await ingestJob(slow, payload)).toBe('done');
    expect(await rowOf(payload)).toMatchObject({
      state: 'quarantined',
      consultState: 'quarantined',
      quarantine_reason: 'processing crashed or timed out 3 times (last: parsing took longer than 1 ms)',
    });
  });

  it('quarantines a message that crashed its worker three times, and the sweeper then leaves it alone', async () => {
    const payload = await store(plain('crash', 'Can 32555 be billed with 76942?'));
    for (let crash = 1; crash <= 3; crash++) expect(await ingestInChild(payload)).toBe('SIGKILL');
    expect((await rowOf(payload)).state).toBe('stored');

    const ctx = sweeperContext();
    await scratch.db
      .updateTable('inbound_messages')
      .set({ received_at: new Date(Date.now() - 120_000) })
      .where('uid', '=', payload.uid)
      .execute();
    await sweepOnce(ctx, { pipeline: true, sender: false });
    expect(ctx.queues.added).toEqual([{ name: 'ingest', payload }]);
    expect(await ingestJob(deps, payload)).toBe('done'); // what the re-enqueued job does
    expect(await rowOf(payload)).toMatchObject({
      state: 'quarantined',
      consultState: 'quarantined',
      quarantine_reason: 'processing crashed or timed out 3 times',
    });

    ctx.queues.added.length = 0;
    await sweepOnce(ctx, { pipeline: true, sender: false });
    expect(ctx.queues.added).toEqual([]);
  });

  /** Runs the ingest job in a child process that is killed as it writes the outcome; its signal. */
  function ingestInChild(payload: object): Promise<NodeJS.Signals | number | null> {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'test/helpers/ingest-child.ts', scratch.url, JSON.stringify(payload)],
      { cwd: ROOT, stdio: 'ignore' },
    );
    return new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
  }

  function sweeperContext() {
    const logger = createLogger('silent');
    const queues = recordingQueues();
    const ctx: AppContext = {
      config: deps.config as AppContext['config'],
      logger,
      pool: null as never,
      db: scratch.db,
      queues,
      shutdown: new Shutdown(logger),
    };
    return { ...ctx, queues };
  }
});
