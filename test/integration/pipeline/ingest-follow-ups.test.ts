import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftJob } from '../../../src/pipeline/draft.job.js';
import { ingestJob } from '../../../src/pipeline/ingest.job.js';
import { decodeFindings } from '../../../src/review/repositories/draft.repository.js';
import { consultState } from '../../helpers/consult-state.js';
import type { ScratchDb } from '../../helpers/scratch-db.js';
import { storedMessages, type StoredDeps } from './stored-messages.js';

type Stored = Awaited<ReturnType<typeof storedMessages>>;

describe('ingesting follow-ups, bounces and patient identifiers', () => {
  let scratch: ScratchDb;
  let deps: StoredDeps;
  let store: Stored['store'];
  let arrive: Stored['arrive'];
  let draftsOf: Stored['draftsOf'];

  beforeAll(async () => {
    ({ scratch, deps, store, arrive, draftsOf } = await storedMessages());
  });
  afterAll(() => scratch.drop());

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
      const subject = `Re: add-on 64484 [${question.consult.token}]`;
      const headers = { From: 'dana@clinic.example', Subject: subject, 'Message-ID': id };
      payloads.push((await store(headers, 'And with 64483?')).payload);
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
