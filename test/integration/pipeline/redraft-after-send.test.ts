// A follow-up to a consult whose reviewed reply already went out gets a fresh draft: the sent words
// answered the earlier mail, and offering them again as the current version would send them twice.
import { describe, expect, it } from 'vitest';
import { ingestSuite } from '../../helpers/ingest-harness.js';

describe('drafting a follow-up', () => {
  const h = ingestSuite();
  const arrive = async (subject: string, body: string) =>
    (await h.arrive({ From: 'Dana <dana@clinic.example>', Subject: subject }, body)).row;

  const draftsOf = (consultId: string) =>
    h.scratch.db
      .selectFrom('drafts')
      .selectAll()
      .where('consult_id', '=', consultId)
      .orderBy('version')
      .execute();

  const tokenOf = async (consultId: string) =>
    (
      await h.scratch.db
        .selectFrom('consults')
        .select('token')
        .where('id', '=', consultId)
        .executeTakeFirstOrThrow()
    ).token;

  /** A reviewer's edit stored as version 2, above the machine draft. */
  const reviewerEdit = (consultId: string, text: string) =>
    h.scratch.db
      .insertInto('drafts')
      .values({
        consult_id: consultId,
        version: 2,
        kind: 'answer',
        source: 'reviewer',
        subject: 's',
        text,
        html: `<p>${text}</p>`,
        findings: '{}',
      })
      .returning('id')
      .executeTakeFirstOrThrow();

  it("a reviewer's edit that was already sent is not offered again as the current draft", async () => {
    const question = await arrive('MUE for 62329', 'How many units of 62329 on one day?');
    const consultId = question.consult_id!;
    const edited = await reviewerEdit(consultId, 'My sent answer.');
    await h.scratch.db
      .insertInto('outbox')
      .values({
        consult_id: consultId,
        draft_id: edited.id,
        kind: 'reply',
        state: 'sent',
        to_address: 'dana@clinic.example',
        subject: 's',
        text: 'My sent answer.',
        html: '<p>My sent answer.</p>',
        message_id: `<sent.${Date.now()}@example.test>`,
      })
      .execute();
    await h.scratch.db.updateTable('consults').set({ state: 'sent' }).where('id', '=', consultId).execute();

    const token = await tokenOf(consultId);
    await arrive(`Re: MUE for 62329 [${token}]`, 'And for 62328?');

    const drafts = await draftsOf(consultId);
    const current = drafts.at(-1)!;
    expect(current.source).toBe('machine');
    expect(current.text).toContain('62328');
    expect(drafts.filter((d) => d.text === 'My sent answer.')).toHaveLength(1);
  });

  it("an unsent reviewer's edit still stays the current version (the existing promise)", async () => {
    const question = await arrive('MUE for 64483', 'How many units of 64483?');
    const consultId = question.consult_id!;
    await reviewerEdit(consultId, 'Unsent edit.');
    const token = await tokenOf(consultId);
    await arrive(`Re: MUE for 64483 [${token}]`, 'And for 64484?');
    const current = (await draftsOf(consultId)).at(-1)!;
    expect([current.source, current.text]).toEqual(['reviewer', 'Unsent edit.']);
  });
});
