import { beforeEach, describe, expect, it } from 'vitest';
import { seedConsult } from '../../fixtures/desk/seed.js';
import { apiSuite } from './helpers.js';
import { consultState } from '../../helpers/consult-state.js';

describe('deciding on a consult through the JSON API', () => {
  const h = apiSuite();
  beforeEach(() => {
    h.jobs.length = 0;
  });

  it('approves the latest draft: 202, one outbox row with exactly the draft bytes, one send job', async () => {
    const s = await seedConsult(h.scratch.db);
    const res = await h.app.inject({
      method: 'POST',
      url: `/api/consults/${s.consultId}/approve`,
      headers: h.auth,
    });
    expect(res.statusCode).toBe(202);
    const outbox = await h.scratch.db
      .selectFrom('outbox')
      .selectAll()
      .where('consult_id', '=', s.consultId)
      .execute();
    const draft = await h.scratch.db
      .selectFrom('drafts')
      .selectAll()
      .where('id', '=', s.draftId!)
      .executeTakeFirstOrThrow();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      kind: 'reply',
      draft_id: s.draftId,
      text: draft.text,
      html: draft.html,
      subject: draft.subject,
      in_reply_to: s.messageId,
    });
    expect(h.jobs).toEqual([{ name: 'send', payload: { outboxId: outbox[0]!.id } }]);
    expect(await consultState(h.scratch.db, s.consultId)).toBe('approved');
  });

  it('when the same consult is approved twice at once, one wins, the other gets 409 and one mail is queued', async () => {
    const s = await seedConsult(h.scratch.db);
    const [a, b] = await Promise.all(
      [0, 1].map(() =>
        h.app.inject({ method: 'POST', url: `/api/consults/${s.consultId}/approve`, headers: h.auth }),
      ),
    );
    expect([a!.statusCode, b!.statusCode].sort()).toEqual([202, 409]);
    const loser = a!.statusCode === 409 ? a! : b!;
    expect(loser.json()).toMatchObject({
      error: 'CONSULT.NOT_AWAITING_REVIEW',
      message: expect.stringContaining('already approved'),
    });
    const rows = await h.scratch.db
      .selectFrom('outbox')
      .select('id')
      .where('consult_id', '=', s.consultId)
      .execute();
    expect(rows).toHaveLength(1);
    expect(h.jobs.filter((j) => j.name === 'send')).toHaveLength(1);
  });

  it("saves the reviewer's edits as a new version before approving, and sends exactly those bytes", async () => {
    const s = await seedConsult(h.scratch.db);
    const edit = { text: 'Edited answer.\n', html: '<p>Edited answer.</p>' };
    const res = await h.app.inject({
      method: 'POST',
      url: `/api/consults/${s.consultId}/approve`,
      headers: h.auth,
      payload: edit,
    });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toMatchObject({ draftVersion: 2 });
    const versions = await h.scratch.db
      .selectFrom('drafts')
      .select(['version', 'source', 'text'])
      .where('consult_id', '=', s.consultId)
      .orderBy('version')
      .execute();
    expect(versions).toEqual([
      expect.objectContaining({ version: 1, source: 'machine' }),
      { version: 2, source: 'reviewer', text: edit.text },
    ]);
    const out = await h.scratch.db
      .selectFrom('outbox')
      .select(['text', 'html'])
      .where('consult_id', '=', s.consultId)
      .executeTakeFirstOrThrow();
    expect(out).toEqual(edit);
  });

  it('rebuilds the HTML part from the text when the reviewer corrected only the text', async () => {
    const s = await seedConsult(h.scratch.db);
    const machine = await h.scratch.db
      .selectFrom('drafts')
      .select(['html'])
      .where('consult_id', '=', s.consultId)
      .executeTakeFirstOrThrow();
    const res = await h.app.inject({
      method: 'POST',
      url: `/api/consults/${s.consultId}/approve`,
      headers: h.auth,
      payload: { text: 'Corrected: 76942 is bundled.\n', html: machine.html },
    });
    expect(res.statusCode).toBe(202);
    const out = await h.scratch.db
      .selectFrom('outbox')
      .select(['text', 'html'])
      .where('consult_id', '=', s.consultId)
      .executeTakeFirstOrThrow();
    expect(out.text).toBe('Corrected: 76942 is bundled.\n');
    expect(out.html).toContain('Corrected: 76942 is bundled.');
    expect(out.html).not.toBe(machine.html);
  });

  it('refuses to approve a version that is no longer the latest', async () => {
    const s = await seedConsult(h.scratch.db);
    const res = await h.app.inject({
      method: 'POST',
      url: `/api/consults/${s.consultId}/approve`,
      headers: h.auth,
      payload: { version: 7 },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toBe('DRAFT.STALE');
    expect(await consultState(h.scratch.db, s.consultId)).toBe('awaiting_review');
  });

  it('rejects with a reason: 202, state rejected, nothing sent unless asked', async () => {
    const s = await seedConsult(h.scratch.db);
    const res = await h.app.inject({
      method: 'POST',
      url: `/api/consults/${s.consultId}/reject`,
      headers: h.auth,
      payload: { reason: 'Not a coding question' },
    });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toMatchObject({ state: 'rejected', outboxId: null });
    expect(h.jobs).toEqual([]);
    const audit = await h.scratch.db
      .selectFrom('audit_events')
      .selectAll()
      .where('consult_id', '=', s.consultId)
      .execute();
    expect(audit).toEqual([
      expect.objectContaining({ action: 'reject', actor: 'token:config', draft_version: 1 }),
    ]);
  });

  it('rejects with the polite templated reply when asked, queued as a rejection', async () => {
    const s = await seedConsult(h.scratch.db);
    const res = await h.app.inject({
      method: 'POST',
      url: `/api/consults/${s.consultId}/reject`,
      headers: h.auth,
      payload: { reason: 'Outside our scope', sendReply: true },
    });
    expect(res.statusCode).toBe(202);
    const out = await h.scratch.db
      .selectFrom('outbox')
      .selectAll()
      .where('consult_id', '=', s.consultId)
      .executeTakeFirstOrThrow();
    expect(out).toMatchObject({
      kind: 'rejection',
      draft_id: null,
      subject: expect.stringContaining(s.token),
    });
    expect(h.jobs).toEqual([{ name: 'send', payload: { outboxId: out.id } }]);
  });

  it('requires a reason to reject', async () => {
    const s = await seedConsult(h.scratch.db);
    const res = await h.app.inject({
      method: 'POST',
      url: `/api/consults/${s.consultId}/reject`,
      headers: h.auth,
      payload: {},
    });
    expect(res.statusCode).toBe(400);
  });

  it('asks for more information: the consult waits in awaiting_info and the request is queued', async () => {
    const s = await seedConsult(h.scratch.db);
    const res = await h.app.inject({
      method: 'POST',
      url: `/api/consults/${s.consultId}/request-info`,
      headers: h.auth,
      payload: { note: 'Which date of service?' },
    });
    expect(res.statusCode).toBe(202);
    expect(await consultState(h.scratch.db, s.consultId)).toBe('awaiting_info');
    const out = await h.scratch.db
      .selectFrom('outbox')
      .selectAll()
      .where('consult_id', '=', s.consultId)
      .executeTakeFirstOrThrow();
    expect(out.kind).toBe('request_info');
  });
});
