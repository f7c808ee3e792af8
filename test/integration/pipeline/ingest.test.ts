import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftJob } from '../../../src/pipeline/draft.job.js';
import { ingestJob } from '../../../src/pipeline/ingest.job.js';
import { consultState } from '../../helpers/consult-state.js';
import type { ScratchDb } from '../../helpers/scratch-db.js';
import { storedMessages, type StoredDeps } from './stored-messages.js';

type Stored = Awaited<ReturnType<typeof storedMessages>>;

describe('ingesting a stored message', () => {
  let scratch: ScratchDb;
  let deps: StoredDeps;
  let store: Stored['store'];
  let outcome: Stored['outcome'];
  let arrive: Stored['arrive'];
  let draftsOf: Stored['draftsOf'];

  beforeAll(async () => {
    ({ scratch, deps, store, outcome, arrive, draftsOf } = await storedMessages());
  });
  afterAll(() => scratch.drop());

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
});
