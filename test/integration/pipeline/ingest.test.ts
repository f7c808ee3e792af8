import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/logger.js';
import { draftJob } from '../../../src/pipeline/draft.job.js';
import { ingestJob, type IngestDeps } from '../../../src/pipeline/ingest.job.js';
import { storeSources } from '../../../src/repositories/inbound.repository.js';
import { decodeFindings } from '../../../src/review/repositories/draft.repository.js';
import { createScratchDb, type ScratchDb } from '../../helpers/scratch-db.js';
import { testConfig } from '../../helpers/stack-env.js';
import { recordingQueues } from '../../helpers/recording-queues.js';
import { consultState } from '../../helpers/consult-state.js';
import { openCursor } from '../../../src/repositories/mailbox.repository.js';

describe('ingesting a stored message', () => {
  let scratch: ScratchDb;
  let deps: IngestDeps & { queues: ReturnType<typeof recordingQueues> };
  let mailboxId: number;
  let uid = 0;

  beforeAll(async () => {
    scratch = await createScratchDb();
    const config = testConfig();
    deps = { db: scratch.db, queues: recordingQueues(), config, logger: createLogger('silent') };
    mailboxId = (await openCursor(scratch.db, config.consult.address, 'INBOX', '7')).id; // as the poller opens it
  });
  afterAll(async () => {
    await scratch.drop();
  });

  /** Stores a message as the poller would and returns its ingest job's payload. */
  async function store(headers: Record<string, string>, body: string) {
    uid++;
    const messageId = headers['Message-ID'] ?? `<m${uid}.${Date.now()}@clinic.example>`;
    const raw = Buffer.from(
      Object.entries({
        From: 'Dana <dana@clinic.example>',
        To: 'consult@example.test',
        ...headers,
        'Message-ID': messageId,
      })
        .map(([k, v]) => `${k}: ${v}`)
        .join('\r\n') + `\r\n\r\n${body}\r\n`,
    );
    await storeSources(scratch.db, [{ mailboxId, uidValidity: '7', uid: String(uid), messageId, raw }]);
    return { payload: { mailboxId, uidValidity: '7', uid: String(uid) }, messageId };
  }

  async function outcome(payload: { uid: string }) {
    const row = await scratch.db
      .selectFrom('inbound_messages')
      .selectAll()
      .where('uid', '=', payload.uid)
      .executeTakeFirstOrThrow();
    const consult = await scratch.db
      .selectFrom('consults')
      .selectAll()
      .where('id', '=', row.consult_id!)
      .executeTakeFirstOrThrow();
    return { row, consult };
  }

  async function arrive(headers: Record<string, string>, body: string) {
    const { payload, messageId } = await store(headers, body);
    const status = await ingestJob(deps, payload);
    return { status, ...(await outcome(payload)), payload, messageId };
  }

  async function draftsOf(consultId: string) {
    return scratch.db.selectFrom('drafts').selectAll().where('consult_id', '=', consultId).execute();
  }

  it('opens a consult for a new question and drafts it at once', async () => {
    const { status, row, consult } = await arrive(
      { Subject: 'Re: Fwd: 32555 with 76942?' },
      'Can 32555 be billed with 76942?\n\nThanks,\nDana\n\nOn Mon, Bob wrote:\n> old text 99999',
    );
    expect(status).toBe('done');
    expect(consult).toMatchObject({
      state: 'awaiting_review',
      asker_address: 'dana@clinic.example',
      subject: '32555 with 76942?',
    });
    expect(row.state).toBe('drafted');
    expect(row.question_text).toContain('32555');
    expect(row.question_text).not.toContain('99999');
    const drafts = await scratch.db
      .selectFrom('drafts')
      .selectAll()
      .where('consult_id', '=', consult.id)
      .execute();
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ version: 1, source: 'machine', based_on_message_id: row.id });
    expect(drafts[0]!.subject).toBe(`Re: 32555 with 76942? [${consult.token}]`);
    expect(deps.queues.added).toEqual([]);
    const audit = await scratch.db
      .selectFrom('audit_events')
      .select(['action', 'draft_id', 'draft_version', 'detail'])
      .where('consult_id', '=', consult.id)
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      {
        action: 'consult.received',
        draft_id: null,
        draft_version: null,
        detail: { inboundId: Number(row.id) },
      },
      {
        action: 'draft.created',
        draft_id: drafts[0]!.id,
        draft_version: 1,
        detail: { inboundId: Number(row.id) },
      },
    ]);
  });

  it('still opens the consult when drafting fails, and the queued draft job drafts it later', async () => {
    const before = deps.queues.added.length;
    const brokenClock = { ...deps, today: () => 'not a date' }; // the look-up rejects it
    const { payload } = await store({ Subject: 'no date here' }, 'Can 20610 go with 99214?');
    expect(await ingestJob(brokenClock, payload)).toBe('done');
    const { row, consult } = await outcome(payload);
    expect(row.state).toBe('threaded');
    expect(row.from_address).toBe('dana@clinic.example');
    expect(consult.state).toBe('drafting');
    expect(deps.queues.added.slice(before)).toEqual([{ name: 'draft', payload: { inboundId: row.id } }]);

    expect(await draftJob(deps, { inboundId: row.id })).toBe('done');
    expect((await outcome(payload)).row.state).toBe('drafted');
    expect(await consultState(scratch.db, consult.id)).toBe('awaiting_review');
    expect(await draftsOf(consult.id)).toHaveLength(1);
  });

  it('keeps what parsing found when storing the draft fails, and queues the draft job', async () => {
    // A database that refuses this one draft (as a value it cannot store would): the statement that
    // opens the consult with its draft fails as a whole, so the question is threaded on its own.
    await sql`create function refuse_marked_draft() returns trigger language plpgsql as $$
      begin if new.subject like '%refuse me%' then raise exception 'draft refused'; end if; return new; end $$`.execute(
      scratch.db,
    );
    await sql`create trigger refuse_marked_draft before insert on drafts for each row execute function refuse_marked_draft()`.execute(
      scratch.db,
    );
    const before = deps.queues.added.length;
    try {
      const { status, row, consult } = await arrive({ Subject: 'refuse me' }, 'Is 20610 bundled into 99214?');
      expect(status).toBe('done');
      expect(row).toMatchObject({
        state: 'threaded',
        subject: 'refuse me',
        from_address: 'dana@clinic.example',
      });
      expect(consult).toMatchObject({ state: 'drafting', asker_address: 'dana@clinic.example' });
      expect(await draftsOf(consult.id)).toEqual([]);
      expect(deps.queues.added.slice(before)).toEqual([{ name: 'draft', payload: { inboundId: row.id } }]);
    } finally {
      await sql`drop trigger refuse_marked_draft on drafts`.execute(scratch.db);
    }
  });

  it('opens one consult with one draft when two attempts of the same job run at once', async () => {
    const { payload } = await store({ Subject: 'twice at once' }, 'Can 64483 go with 64484?');
    const statuses = await Promise.all([ingestJob(deps, payload), ingestJob(deps, payload)]);
    expect(statuses.sort()).toEqual(['done', 'skipped']);
    const { consult } = await outcome(payload);
    const consults = await scratch.db
      .selectFrom('consults')
      .select('id')
      .where('subject', '=', 'twice at once')
      .execute();
    expect(consults).toEqual([{ id: consult.id }]);
    expect(await draftsOf(consult.id)).toHaveLength(1);
  });

  it('does nothing the second time the same job runs', async () => {
    const first = await arrive({ Subject: 'units for 62329' }, 'How many units of 62329?');
    const before = deps.queues.added.length;
    expect(await ingestJob(deps, first.payload)).toBe('skipped');
    expect(deps.queues.added.length).toBe(before);
  });

  it('joins a follow-up to its consult by the token in the subject, or by In-Reply-To', async () => {
    const question = await arrive({ Subject: 'global period of 32420' }, 'Is 32420 still active?');
    const byToken = await arrive(
      { Subject: `Re: global period of 32420 [${question.consult.token}]` },
      'Also, what about 32405?',
    );
    expect(byToken.consult.id).toBe(question.consult.id);
    const byHeader = await arrive(
      { Subject: 'one more thing', 'In-Reply-To': question.messageId },
      'And 32408?',
    );
    expect(byHeader.consult.id).toBe(question.consult.id);
    expect(byHeader.consult.state).toBe('awaiting_review');
    const versions = await scratch.db
      .selectFrom('drafts')
      .select('version')
      .where('consult_id', '=', question.consult.id)
      .orderBy('version')
      .execute();
    expect(versions.map((v) => v.version)).toEqual([1, 2, 3]);
  });

  it("reads the codes in the subject (the README's example), and a follow-up's subject only when it names no code", async () => {
    const question = await arrive({ Subject: '32555 and 76942' }, 'Bundled on DOS 03/04/2025?');
    const codesOf = async (version: number) => {
      const draft = (await draftsOf(question.consult.id)).find((d) => d.version === version);
      return decodeFindings(draft!.findings).codes.map((c) => c.code);
    };
    expect(await codesOf(1)).toEqual(['32555', '76942']);
    const thread = { Subject: `Re: 32555 and 76942 [${question.consult.token}]` };
    await arrive(thread, 'And 20610?');
    expect(await codesOf(2)).toEqual(['20610']);
    await arrive(thread, 'With modifier XS?');
    expect(await codesOf(3)).toEqual(['32555', '76942']);
  });

  it("keeps a reviewer's edit as the current version when a follow-up is drafted, with the machine draft below it", async () => {
    const question = await arrive({ Subject: 'MUE for 62329' }, 'How many units of 62329 on one day?');
    await scratch.db
      .insertInto('drafts')
      .values({
        consult_id: question.consult.id,
        version: 2,
        kind: 'answer',
        source: 'reviewer',
        subject: 's',
        text: 'My edited answer.',
        html: '<p>My edited answer.</p>',
        findings: '{}',
      })
      .execute();
    await arrive({ Subject: `Re: MUE for 62329 [${question.consult.token}]` }, 'And for 62328?');
    const drafts = await scratch.db
      .selectFrom('drafts')
      .selectAll()
      .where('consult_id', '=', question.consult.id)
      .orderBy('version')
      .execute();
    expect(drafts.map((d) => [d.version, d.source])).toEqual([
      [1, 'machine'],
      [2, 'reviewer'],
      [3, 'machine'],
      [4, 'reviewer'],
    ]);
    expect(drafts[3]!.text).toBe('My edited answer.');
    expect(drafts[2]!.text).toContain('62328');
    expect((drafts[3]!.flags as unknown as { code: string }[]).map((f) => f.code)).toContain(
      'new_machine_draft',
    );
  });

  it('drafts two follow-ups that arrive together, one on top of the other', async () => {
    const question = await arrive({ Subject: 'add-on 64484' }, 'Can 64484 be billed alone?');
    const ids = [`<f1.${Date.now()}@clinic.example>`, `<f2.${Date.now()}@clinic.example>`];
    const payloads = [];
    for (const id of ids) {
      uid++;
      const raw = Buffer.from(
        `From: dana@clinic.example\r\nSubject: Re: add-on 64484 [${question.consult.token}]\r\nMessage-ID: ${id}\r\n\r\nAnd with 64483?\r\n`,
      );
      await storeSources(scratch.db, [{ mailboxId, uidValidity: '7', uid: String(uid), messageId: id, raw }]);
      payloads.push({ mailboxId, uidValidity: '7', uid: String(uid) });
    }
    deps.queues.added.length = 0;
    await Promise.all(payloads.map((p) => ingestJob(deps, p)));
    // A follow-up that lost the race for the next version number was queued for a retry.
    for (const job of deps.queues.added) await draftJob(deps, job.payload as { inboundId: string });
    const states = await scratch.db
      .selectFrom('inbound_messages')
      .select('state')
      .where('message_id', 'in', ids)
      .execute();
    expect(states.map((r) => r.state)).toEqual(['drafted', 'drafted']);
    expect(await consultState(scratch.db, question.consult.id)).toBe('awaiting_review');
  });

  it('quarantines a bounce in a consult of its own, with the reason, and queues nothing', async () => {
    const before = deps.queues.added.length;
    const bounce = await arrive(
      {
        From: 'MAILER-DAEMON@mx.example',
        Subject: 'Undelivered Mail Returned to Sender',
        'Auto-Submitted': 'auto-replied',
      },
      'This is the mail system.',
    );
    expect(bounce.row.state).toBe('quarantined');
    expect(bounce.consult.state).toBe('quarantined');
    expect(bounce.consult.quarantine_reason).toMatch(/auto-repl/);
    expect(deps.queues.added.length).toBe(before);
  });

  it('quarantines a plain-text bounce with no report part or auto-reply header as a bounce, not a question', async () => {
    const before = deps.queues.added.length;
    const bounce = await arrive(
      { From: 'post_master@hospital.example', Subject: 'Re: 64483 with 77003' },
      'Error message below:\n550 - Requested action not taken: no such user here\n',
    );
    expect(bounce.row.state).toBe('quarantined');
    expect(bounce.consult.quarantine_reason).toBe('bounce: sent by a mail system (post_master)');
    expect(await draftsOf(bounce.consult.id)).toEqual([]);
    expect(deps.queues.added.length).toBe(before);
  });

  it('flags possible patient identifiers in the question', async () => {
    const { row } = await arrive(
      { Subject: '99214 + 20610' },
      'Pt name: John Smith, MRN: 00451234. Can we bill 99214-25 with 20610?',
    );
    expect((row.phi_flags as unknown as { kind: string }[]).map((f) => f.kind)).toEqual(
      expect.arrayContaining(['patient_name', 'mrn']),
    );
  });
});
