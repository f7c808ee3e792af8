// The audit log holds ids and codes: a reviewer's words stay with the consult (deleted with it), and
// entries written before this rule are cleaned by the migration that introduced it.
import { beforeAll, describe, expect, it } from 'vitest';
import * as auditMigration from '../../../migrations/20261203120300_audit_ids_only.js';
import { seedConsult } from '../../fixtures/desk/seed.js';
import { createScratchDb } from '../../helpers/scratch-db.js';
import { apiSuite } from './helpers.js';
import { seedSignedIn } from './session.js';

describe('what the audit log keeps', () => {
  const h = apiSuite();
  let ann: { cookie: string; csrf: string };
  beforeAll(async () => {
    ann = await seedSignedIn(h, 'Ann Coder');
  });

  it("keeps a rejection's reason and an information request's note with the consult, not in the audit log", async () => {
    const rejected = await seedConsult(h.scratch.db);
    const reason = 'Duplicate of the question about Mary Jones (MRN 99812345)';
    const res = await h.app.inject({
      method: 'POST',
      url: `/api/consults/${rejected.consultId}/reject`,
      headers: h.auth,
      payload: { reason },
    });
    expect(res.statusCode).toBe(202);
    const asked = await seedConsult(h.scratch.db);
    await h.app.inject({
      method: 'POST',
      url: `/api/consults/${asked.consultId}/request-info`,
      headers: h.auth,
      payload: { note: 'Which knee, and the DOB of Mary Jones?' },
    });

    const audit = await h.scratch.db
      .selectFrom('audit_events')
      .select(['action', 'detail'])
      .where('consult_id', 'in', [rejected.consultId, asked.consultId])
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['reject', 'request_info']);
    expect(JSON.stringify(audit)).not.toContain('Mary');
    const notes = await h.scratch.db
      .selectFrom('consults')
      .select('decision_note')
      .where('id', 'in', [rejected.consultId, asked.consultId])
      .orderBy('id')
      .execute();
    expect(notes.map((n) => n.decision_note)).toEqual([reason, 'Which knee, and the DOB of Mary Jones?']);
    const page = await h.app.inject({
      method: 'GET',
      url: `/consults/${rejected.consultId}`,
      headers: { cookie: ann.cookie },
    });
    expect(page.body).toContain("Reviewer's note: Duplicate of the question about Mary Jones");
  });

  it('cleans entries written before the rule: reasons become codes, other text is removed', async () => {
    const old = await createScratchDb();
    try {
      await auditMigration.down(old.db);
      const consult = await old.db
        .insertInto('consults')
        .values({ token: 'CD-OLD001', asker_address: 'dana@clinic.example', subject: 's', state: 'rejected' })
        .returning('id')
        .executeTakeFirstOrThrow();
      const legacy = [
        {
          action: 'consult.quarantined',
          detail: { inboundId: '7', reason: 'auto-reply (Auto-Submitted: auto-generated for mary jones)' },
        },
        {
          action: 'send.failed',
          detail: { outboxId: '9', error: '550 5.1.1 <dana@clinic.example>: unknown user' },
        },
        { action: 'reject', detail: { reason: 'Mary Jones again', replySent: false, outboxId: null } },
      ];
      for (const e of legacy)
        await old.db
          .insertInto('audit_events')
          .values({ actor: 'x', action: e.action, consult_id: consult.id, detail: JSON.stringify(e.detail) })
          .execute();

      await auditMigration.up(old.db);
      const rows = await old.db
        .selectFrom('audit_events')
        .select(['action', 'detail'])
        .orderBy('id')
        .execute();
      expect(rows).toEqual([
        { action: 'consult.quarantined', detail: { inboundId: '7', reason: 'auto-reply' } },
        { action: 'send.failed', detail: { outboxId: '9', error: '[removed: not an id or code]' } },
        { action: 'reject', detail: { replySent: false, outboxId: null } },
      ]);
      const c = await old.db
        .selectFrom('consults')
        .select('decision_note')
        .where('id', '=', consult.id)
        .executeTakeFirstOrThrow();
      expect(c.decision_note).toBe('Mary Jones again');
      // Still append-only afterwards.
      await expect(old.db.deleteFrom('audit_events').execute()).rejects.toThrow(/append-only/);
    } finally {
      await old.drop();
    }
  });
});
