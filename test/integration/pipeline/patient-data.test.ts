// What the pipeline keeps about patients: possible identifiers are flagged wherever the message holds
// them, and the audit log, which outlives a deleted consult, holds codes instead of text from mail.
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { describe, expect, it } from 'vitest';
import type { PhiFlag } from '../../../src/db/schema/core.js';
import { quarantineAfterFailure } from '../../../src/pipeline/give-up.js';
import { ingestSuite } from '../../helpers/ingest-harness.js';

describe('patient data in the pipeline', () => {
  const h = ingestSuite();
  let sent = 0;

  async function arrive(mail: ConstructorParameters<typeof MailComposer>[0]) {
    const messageId = `<p${++sent}.${Date.now()}@clinic.example>`;
    const raw = await new MailComposer({
      from: 'Dana <dana@clinic.example>',
      to: 'consult@example.test',
      messageId,
      ...mail,
    })
      .compile()
      .build();
    return (await h.arriveRaw(raw, messageId)).row;
  }

  const auditOf = (consultId: string) =>
    h.scratch.db
      .selectFrom('audit_events')
      .select(['action', 'detail'])
      .where('consult_id', '=', consultId)
      .orderBy('id')
      .execute();

  it("flags identifiers in quoted history, the HTML part and attachments' names, not only the question", async () => {
    const row = await arrive({
      subject: '32555 with 76942?',
      text: 'Can 32555 be billed with 76942?\n\nThanks, Dana\n\nOn Mon, Bob wrote:\n> Patient: Mary Jones, MRN 99812345',
      html: '<p>Can 32555 be billed with 76942?</p><p>SSN 123-45-6789</p>',
      attachments: [{ filename: 'Smith_John_DOB_04-12-1956.pdf', content: 'op note' }],
    });
    const flags = row.phi_flags as PhiFlag[];
    expect(row.question_text).not.toContain('Mary Jones');
    expect(flags.map((f) => `${f.part}:${f.kind}`)).toEqual(
      expect.arrayContaining(['body:patient_name', 'body:mrn', 'html:ssn', 'attachment:birth_date']),
    );
  });

  it('records a quarantine reason in the audit log as its code, not the header it quotes', async () => {
    const row = await arrive({
      subject: '99213 with 25?',
      text: 'Is 25 needed?',
      headers: { 'Auto-Submitted': 'auto-generated for Mary Jones, DOB 04/12/1956' },
    });
    expect(row.state).toBe('quarantined');
    const audit = await auditOf(row.consult_id!);
    expect(audit).toEqual([
      { action: 'consult.quarantined', detail: { inboundId: row.id, reason: 'auto-reply' } },
    ]);
  });

  it('records a failed message in the audit log by the failing step, not the error text', async () => {
    const raw = Buffer.from('Subject: Pt Mary Jones\r\n\r\n32555?\r\n');
    const payload = await h.store(raw, '<failed@x>');
    await quarantineAfterFailure(
      h.scratch.db,
      h.deps().logger,
      payload,
      'processing failed: cannot read "Pt Mary Jones"',
    );
    const row = await h.scratch.db
      .selectFrom('inbound_messages')
      .select(['id', 'consult_id'])
      .where('message_id', '=', '<failed@x>')
      .executeTakeFirstOrThrow();
    expect(await auditOf(row.consult_id!)).toEqual([
      { action: 'consult.quarantined', detail: { inboundId: row.id, reason: 'processing-failed' } },
    ]);
  });
});
